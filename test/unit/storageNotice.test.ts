import { describe, expect, it } from 'vitest'
import { storageNotice } from '../../renderer/src/app/storage'

describe('the storage warning in the frame', () => {
  const unsafe = { persisted: false, usage: 1_000_000, quota: 100_000_000 }

  it('says the data may be deleted until the user has closed the warning once', () => {
    expect(storageNotice(unsafe, false)).toBe('notPersistent')
    expect(storageNotice(unsafe, true)).toBeNull()
  })

  it('says nothing when the browser has promised to keep the data', () => {
    expect(storageNotice({ ...unsafe, persisted: true }, false)).toBeNull()
  })

  it('says a nearly full quota every start, closed before or not', () => {
    const full = { persisted: true, usage: 95_000_000, quota: 100_000_000 }
    expect(storageNotice(full, true)).toBe('nearlyFull')
    expect(storageNotice({ ...full, persisted: false }, true)).toBe('nearlyFull')
  })
})
