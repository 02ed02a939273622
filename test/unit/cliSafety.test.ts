import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as FsPromises from 'node:fs/promises'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { describeFileError, fileFailure } from '../../node/fileError'
import { FILE_ERROR_CODES, FILE_ERROR_REASONS, fileFailureText } from '../../shared/fileError'
import { main } from '../../scripts/cli'

// The atomic write's file system: real, unless a test sets `failWith` to make the temporary
// file's write fail the way a full disk does (the disk cannot be filled for real in a test).
const failure = vi.hoisted(() => ({ code: undefined as string | undefined }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>()
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args)
    if (!failure.code) return handle
    const code = failure.code
    return Object.assign(Object.create(Object.getPrototypeOf(handle) as object) as typeof handle, handle, {
      writeFile: async () => {
        await handle.writeFile('half a docx')
        throw Object.assign(new Error(`${code}: no space left on device, write`), { code, syscall: 'write' })
      },
      close: () => handle.close()
    })
  }
  return { ...real, default: { ...real, open }, open }
})

// Building a saksframlegg loads the Word writer; on a busy machine that takes seconds, not milliseconds.
const dir = mkdtempSync(join(tmpdir(), 'cli-safety-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(...args: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const status = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { status, out, err }
}

describe('a failed write on the command line', () => {
  it('leaves an existing .docx whole when the disk is full, and says so in one sentence', async () => {
    const folder = join(dir, 'full')
    mkdirSync(folder)
    const target = join(folder, 'sak.docx')
    writeFileSync(target, 'the council’s signed version')
    failure.code = 'ENOSPC'
    try {
      const nn = await cli('saksframlegg', '--kommune', '1223', '--maalform', 'nn', '--ut', target)
      expect(nn).toEqual({
        status: 1,
        out: [],
        err: [`Klarte ikkje å skrive ${target}: disken er full. Ei fil som fanst frå før, er urørt.`]
      })
      const nb = await cli('saksframlegg', '--kommune', '1223', '--maalform', 'nb', '--ut', target)
      expect(nb.err).toEqual([`Klarte ikke å skrive ${target}: disken er full. En fil som fantes fra før, er urørt.`])
    } finally {
      failure.code = undefined
    }
    expect(readFileSync(target, 'utf8')).toBe('the council’s signed version')
    expect(readdirSync(folder)).toEqual(['sak.docx'])
  }, 120_000)

  it('says a name is too long instead of ENAMETOOLONG, and cuts the name it repeats', async () => {
    const target = join(dir, `${'sak'.repeat(100)}.docx`)
    const run = await cli('saksframlegg', '--kommune', '1223', '--maalform', 'nb', '--ut', target)
    expect(run.status).toBe(1)
    expect(run.err).toHaveLength(1)
    expect(run.err[0]).toMatch(/^Klarte ikke å skrive \/.*…: filnavnet er for langt\. En fil som fantes fra før, er urørt\.$/)
    expect(run.err[0]!.length).toBeLessThan(300)
    expect(existsSync(target)).toBe(false)
  }, 120_000)

  it.each([
    ['ENOSPC', 'disken er full', 'disken er full'],
    ['ENAMETOOLONG', 'filnamnet er for langt', 'filnavnet er for langt'],
    ['EACCES', 'du har ikkje løyve til å skrive der', 'du har ikke tilgang til å skrive der'],
    ['EISDIR', 'det finst ei mappe med det namnet', 'det finnes en mappe med det navnet'],
    ['ENOENT', 'mappa finst ikkje', 'mappen finnes ikke']
  ])('turns %s into words in both målformer', (code, nn, nb) => {
    const error = Object.assign(new Error(`${code}: raw English`), { code, path: '/srv/sak.docx' })
    expect(describeFileError(error)).toEqual({
      nn: `Klarte ikkje å skrive /srv/sak.docx: ${nn}. Ei fil som fanst frå før, er urørt.`,
      nb: `Klarte ikke å skrive /srv/sak.docx: ${nb}. En fil som fantes fra før, er urørt.`
    })
  })

  it('leaves anything that is not a file error to the general message', () => {
    expect(describeFileError(new Error('other'))).toBeUndefined()
  })

  it('names a code it has no words for, and never takes a name from the object prototype', () => {
    for (const code of ['EXDEV', 'toString', '__proto__']) {
      const error = Object.assign(new Error(code), { code, path: '/srv/sak.docx' })
      expect(fileFailure(error)).toEqual({ reason: 'other', code, path: '/srv/sak.docx' })
      expect(describeFileError(error)?.nn).toBe(`Klarte ikkje å skrive /srv/sak.docx: filsystemet melde feil (${code}). Ei fil som fanst frå før, er urørt.`)
    }
  })

  it('gives the desktop the same sentence as the command line, reason by reason', () => {
    for (const [code, reason] of Object.entries(FILE_ERROR_CODES)) {
      const error = Object.assign(new Error(code), { code, path: '/srv/sak.docx' })
      expect(fileFailure(error)?.reason).toBe(reason)
      expect(fileFailureText({ reason, code, path: '/srv/sak.docx' })).toEqual(describeFileError(error))
    }
    expect(new Set(Object.values(FILE_ERROR_CODES)).size).toBe(FILE_ERROR_REASONS.length - 1)
  })
})

describe('input the command line repeats', () => {
  it('is cut to 80 characters and cleaned of terminal escape codes', async () => {
    const typed = `\u001b[31m\u001b]0;owned\u0007${'tysnes'.repeat(20_000)}\u0000`
    const run = await cli('beregn', '--kommune', typed, '--maalform', 'nn')
    expect(run.status).toBe(2)
    expect(run.err).toEqual([`Fann ikkje kommunen «${'tysnes'.repeat(13)}ty…» i kommuneinndelinga 2017.`])
  })

  it('cleans an unknown command and an unknown flag the same way', async () => {
    const unknown = await cli(`\u001b[2Jx${'y'.repeat(500)}`)
    expect(unknown.err[0]).toMatch(/^Ukjent kommando «xy{79}…»\. Kommandoer: /)
    const flag = await cli('beregn', `--\u001b[1m${'z'.repeat(200)}`)
    expect(flag.err[0]).toMatch(/^Ukjent valg «--z{80}…»\. Gyldige valg: /)
  })
})

describe('a landsoversikt with no figures', () => {
  const NBSP = '\u00a0'
  it('is an error, not a total of kr 0', async () => {
    const nb = await cli('landsoversikt', '--dato', '1900-01-01')
    expect(nb).toEqual({
      status: 2,
      out: [],
      err: [`Ingen kommuner eller fylkeskommuner har folketall på eller før 1.${NBSP}januar${NBSP}1900; de innebygde tallene begynner 1.${NBSP}januar${NBSP}2015.`]
    })
    const nn = await cli('landsoversikt', '--dato', '1900-01-01', '--maalform', 'nn', '--json')
    expect(nn.status).toBe(2)
    expect(nn.err).toEqual([`Ingen kommunar eller fylkeskommunar har folketal på eller før 1.${NBSP}januar${NBSP}1900; dei innebygde tala byrjar 1.${NBSP}januar${NBSP}2015.`])
  })
})
