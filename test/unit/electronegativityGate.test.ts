import { describe, expect, it } from 'vitest'
import { allowListSchema, csvFields, gate, parseReport } from '../../scripts/security/electronegativityGate'

const header = 'issue, severity, confidence, filename, location, sample, description, url'
const report = (...rows: string[]) => [header, ...rows].join('\n')
const allow = (entries: unknown[]) => allowListSchema.parse({ entries })
const reason = 'Reviewed: the options come from mainWindowOptions(), tested exactly.'

describe('the Electronegativity gate in CI', () => {
  it('reads the CSV report, quoted fields with commas included', () => {
    expect(csvFields('CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","a, b ""c""",x')).toEqual([
      'CSP_GLOBAL_CHECK', 'LOW', 'FIRM', 'renderer/index.html', '5:0', 'a, b "c"', 'x'
    ])
    expect(parseReport(report('SANDBOX_JS_CHECK,"MEDIUM","FIRM","electron/main/index.ts","60:15","new BrowserWindow(x)","d",u'))).toEqual([
      { check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'electron/main/index.ts', location: '60:15' }
    ])
    expect(() => parseReport('not,a,report')).toThrow(/not an Electronegativity/)
  })

  it('fails on a HIGH or MEDIUM finding the allow-list does not name, and ignores LOW ones', () => {
    const findings = parseReport(
      report(
        'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","electron/main/index.ts","60:15",s,d,u',
        'NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","electron/main/other.ts","3:1",s,d,u',
        'CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0",s,d,u'
      )
    )
    const result = gate(findings, allow([{ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main/index.ts', reason }]))
    expect(result.unreviewed.map((finding) => finding.check)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
    expect(result.stale).toEqual([])
  })

  it('covers a reviewed finding only as many times as the entry says, so a new one in the same file fails', () => {
    const findings = parseReport(
      report(
        'SANDBOX_JS_CHECK,"MEDIUM","FIRM","electron/main/index.ts","60:15",s,d,u',
        'SANDBOX_JS_CHECK,"MEDIUM","FIRM","electron/main/index.ts","90:3",s,d,u'
      )
    )
    const once = gate(findings, allow([{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts', reason }]))
    expect(once.unreviewed.map((finding) => finding.location)).toEqual(['90:3'])
    const twice = gate(findings, allow([{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts', count: 2, reason }]))
    expect(twice.unreviewed).toEqual([])
  })

  it('reports allow-list entries that no longer match anything', () => {
    const entry = { check: 'AUXCLICK_JS_CHECK', file: 'electron/main/index.ts', count: 1, reason }
    expect(gate([], allow([entry])).stale).toEqual([entry])
  })

  it('refuses an allow-list entry without a real reason', () => {
    expect(() => allow([{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts', reason: 'ok' }])).toThrow()
    expect(() => allow([{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts' }])).toThrow()
  })
})
