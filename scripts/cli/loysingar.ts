/**
 * npm run cli -- loysingar [--json] [--maalform nn|nb]
 *
 * The shipped catalogue of fellesløysingar (shared/tracking/starterCatalogue.ts): id and name, for
 * `kostnad --loysing ID`. Every entry is an example to check against KS.
 */
import type { Tekst } from '../../shared/maalform'
import { STARTER_CATALOGUE } from '../../shared/tracking/starterCatalogue'
import { EXIT_OK, parseArgs, runCommand, type Command } from './command'

const FLAGS = { json: 'boolean', maalform: 'string' } as const

const usage: Tekst = {
  nn: [
    'npm run cli -- loysingar [--json] [--maalform nn|nb]',
    'Fellesløysingane appen kjem med: id og namn. Alle er døme som må kontrollerast mot KS.'
  ].join('\n'),
  nb: [
    'npm run cli -- loysingar [--json] [--maalform nn|nb]',
    'Fellesløsningene appen kommer med: id og navn. Alle er eksempler som må kontrolleres mot KS.'
  ].join('\n')
}

export const command: Command = {
  name: 'loysingar',
  summary: {
    nn: 'Fellesløysingane i katalogen, med id til kostnad --loysing',
    nb: 'Fellesløsningene i katalogen, med id til kostnad --loysing'
  },
  usage,
  run: (args, io) =>
    runCommand(args, io, async (maalform) => {
      const m = maalform.value
      const { switches } = parseArgs(args, FLAGS)
      if (switches.has('json')) {
        io.out(JSON.stringify(STARTER_CATALOGUE.map((s) => ({ id: s.id, namn: s.name }))))
        return EXIT_OK
      }
      const width = Math.max(...STARTER_CATALOGUE.map((s) => s.id.length))
      const fund: Tekst = { nn: 'finansiert av DigiFin', nb: 'finansiert av DigiFin' }
      for (const s of STARTER_CATALOGUE) {
        io.out(`${s.id.padEnd(width)}  ${s.name}${s.fundFinanced === 'yes' ? ` (${fund[m]})` : ''}`)
      }
      io.out(
        m === 'nn'
          ? 'Døme frå offentlege kjelder (henta november 2026): kontroller prisane mot KS.'
          : 'Eksempler fra offentlige kilder (hentet november 2026): kontroller prisene mot KS.'
      )
      return EXIT_OK
    })
}
