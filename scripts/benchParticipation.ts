/**
 * The participation history in the bench: 10 000 events written, then the newest 50 of one
 * participation listed, as the Deltaking page lists them (target ≤ 50 ms). IndexedDB is
 * fake-indexeddb here, in Node; a browser's is not slower at reading an index range.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { SpleiselagDatabase } from '../renderer/src/db/database'
import { historySubject, ParticipationStore } from '../renderer/src/deltaking/participationStore'
import type { ParticipationEvent } from '../shared/tracking/participation'

const EVENTS = 10_000
const ROUNDS = 10

export async function benchParticipationHistory(ms: (t: number) => string, median: (values: number[]) => number): Promise<void> {
  const database = new SpleiselagDatabase('spleiselag-bench-participation')
  const store = new ParticipationStore(database)
  const event: ParticipationEvent = {
    kind: 'forward',
    before: 'invitert',
    after: 'tilPolitiskHandsaming',
    step: { status: 'tilPolitiskHandsaming', date: '2017-11-20', by: 'Anders Teigen', note: '' },
    note: ''
  }
  const start = Date.parse('2017-09-08T08:00:00Z')
  const rows = Array.from({ length: EVENTS }, (_, i) => ({
    subject: historySubject(`round-${i % ROUNDS}`),
    at: new Date(start + i * 60_000).toISOString(),
    by: 'Anders Teigen',
    event
  }))
  const w = performance.now()
  await database.history.bulkAdd(rows)
  const writeTime = performance.now() - w

  // Real changes through the store, one transaction each (record + event), a step forward and back.
  const round = { roundId: 'round-0', invitationDate: '2017-09-08', by: 'Anders Teigen' }
  const changeTimes: number[] = []
  for (let i = 0; i < 100; i++) {
    const s = performance.now()
    const result =
      i % 2 === 0
        ? await store.advance(round, { status: 'tilPolitiskHandsaming', date: '2017-11-20', by: 'Anders Teigen', note: '' })
        : await store.goBack(round, 'bench', 'Anders Teigen')
    if (!result.ok) throw new Error(`The bench's change was refused: ${result.reason}`)
    changeTimes.push(performance.now() - s)
  }

  const listTimes: number[] = []
  for (let i = 0; i < 20; i++) {
    const s = performance.now()
    const listed = await store.history('round-0', 50)
    listTimes.push(performance.now() - s)
    if (!listed.ok || listed.value.length !== 50) throw new Error('The bench listed the wrong history')
  }
  database.close()
  await Dexie.delete(database.name)

  console.log(`participation history: ${EVENTS} events over ${ROUNDS} rounds written in ${ms(writeTime)} (one bulk transaction)`)
  console.log(`participation change (record + event, one transaction) median over 100: ${ms(median(changeTimes))}`)
  console.log(
    `participation history, newest 50 of one round: first ${ms(listTimes[0]!)}, median of 20 ${ms(median(listTimes))} (target ≤ 50 ms)`
  )
}
