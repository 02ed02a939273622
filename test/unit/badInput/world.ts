import i18next, { type i18n, type TFunction } from 'i18next'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Dexie from 'dexie'
import { BackupStore } from '../../../renderer/src/backup/backupStore'
import { ContributionStore } from '../../../renderer/src/bidrag/contributionStore'
import { SpleiselagDatabase } from '../../../renderer/src/db/database'
import { ParticipationStore, type RoundStart } from '../../../renderer/src/deltaking/participationStore'
import { AdoptionStore } from '../../../renderer/src/fellesloysingar/adoptionStore'
import { SolutionStore } from '../../../renderer/src/fellesloysingar/solutionStore'
import { DICTIONARIES, type Namespace } from '../../../renderer/src/i18n'
import { ProfileStore } from '../../../renderer/src/profile/profileStore'
import { TemplateStore } from '../../../renderer/src/template/templateStore'
import type { Maalform, Tekst } from '../../../shared/maalform'
import { STARTER_CATALOGUE } from '../../../shared/tracking/starterCatalogue'
import { userRound } from '../../fixtures/saksframlegg/cases'

/** The app's stores over one database holding a kommune's data, and the dictionaries in both målformer. */
export interface World {
  database: SpleiselagDatabase
  backup: BackupStore
  contribution: ContributionStore
  profile: ProfileStore
  participation: ParticipationStore
  solutions: SolutionStore
  adoptions: AdoptionStore
  templates: TemplateStore
  /** Tysnes' participation in the user's round, at «melding sendt til KS». */
  start: RoundStart
  /** A message of the app's dictionaries, as the user reads it in each målform. */
  say(ns: Namespace, key: string, params?: Record<string, unknown>): Tekst
  /** The dictionaries' t() of one namespace in one målform, for the code that words a message itself. */
  fixedT<N extends Namespace>(m: Maalform, ns: N): TFunction<N>
  /** A message the code words for one målform at a time, asked for in both. */
  both(word: (m: Maalform) => string | Promise<string>): Promise<Tekst>
}

export const websak = new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/templates/websak.docx')))
export const solution = STARTER_CATALOGUE[0]!

const translators = new Map<Maalform, i18n>()

async function translator(m: Maalform): Promise<i18n> {
  const known = translators.get(m)
  if (known) return known
  const resources = Object.fromEntries(Object.entries(DICTIONARIES).map(([ns, d]) => [ns, d[m]]))
  const instance = i18next.createInstance()
  await instance.init({ lng: m, fallbackLng: false, resources: { [m]: resources }, interpolation: { escapeValue: false }, returnNull: false })
  translators.set(m, instance)
  return instance
}

/** The app's typed t() takes only known keys; the table names them as strings. */
const plain = (instance: i18n) => instance.t.bind(instance) as unknown as (key: string, params: Record<string, unknown>) => string

let counter = 0

/** A fresh database with a profile, a round and a figure, a participation, an own catalogue entry, an adoption and a template. */
export async function makeWorld(): Promise<World> {
  const nn = await translator('nn')
  const nb = await translator('nb')
  const database = new SpleiselagDatabase(`spleiselag-bad-input-${++counter}`)
  let clock = Date.parse('2025-03-02T08:00:00Z')
  const now = () => new Date((clock += 60_000))
  const world: World = {
    database,
    backup: new BackupStore(database, '0.1.0'),
    contribution: new ContributionStore(database, now),
    profile: new ProfileStore(database, now),
    participation: new ParticipationStore(database, now),
    solutions: new SolutionStore(database, now),
    adoptions: new AdoptionStore(database, now, () => 'a1'),
    templates: new TemplateStore(database, now),
    start: { roundId: userRound.id, invitationDate: userRound.invitationDate, by: 'Anders Teigen' },
    say: (ns, key, params = {}) => ({ nn: plain(nn)(`${ns}:${key}`, params), nb: plain(nb)(`${ns}:${key}`, params) }),
    fixedT: (m, ns) => (m === 'nn' ? nn : nb).getFixedT(m, ns) as never,
    both: async (word) => ({ nn: await word('nn'), nb: await word('nb') })
  }
  const must = <T extends { ok: boolean }>(result: T, what: string): T => {
    if (!result.ok) throw new Error(`${what} not stored: ${JSON.stringify(result)}`)
    return result
  }
  must(
    await world.profile.save({ kind: 'kommune', number: '4616', name: 'Tysnes', sakshandsamar: 'Anders Teigen', chiefTitle: { kind: 'kommunedirektoer' }, maalform: 'nn' }),
    'profile'
  )
  must(await world.contribution.addRound(userRound), 'round')
  must(await world.contribution.addFigure({ contributorKind: 'kommune', number: '4616', count: 2853, date: '2025-01-01', source: 'SSB tabell 07459', origin: 'manual' }), 'figure')
  for (const step of [
    { status: 'tilPolitiskHandsaming', date: '2025-03-20', by: 'Anders Teigen', note: '' },
    { status: 'vedteke', decision: 'ja', utval: 'Kommunestyret', saksnummer: '25/12', date: '2025-04-10', by: 'Anders Teigen', note: '' },
    { status: 'meldingSendt', date: '2025-04-20', by: 'Anders Teigen', note: '' }
  ] as const) {
    must(await world.participation.advance(world.start, step), 'participation')
  }
  must(await world.solutions.save({ ...solution, name: `${solution.name} (vår)` }), 'solution')
  must(await world.adoptions.start(solution, { date: '2025-03-10', by: 'Anders Teigen' }), 'adoption')
  must(await world.templates.save({ documentType: 'saksframlegg', fileName: 'websak.docx', bytes: websak, loadedBy: 'Anders Teigen' }), 'template')
  return world
}

export async function endWorld(world: World): Promise<void> {
  world.database.close()
  await Dexie.delete(world.database.name)
}

/** Fails the case when a store took what the form would have refused: the form is not the only guard. */
export function refused(result: { ok: boolean }, what: string): void {
  if (result.ok) throw new Error(`The store accepted ${what}`)
}

/** One bad input: where it goes in, what it is, and what the user reads in each målform. */
export interface BadInput {
  entry: string
  input: string
  nn: string
  nb: string
  /** Gives the input to the app as the user would, and returns the message the user sees. */
  attempt(world: World): Promise<Tekst>
}
