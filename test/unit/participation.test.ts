import { describe, expect, it } from 'vitest'
import type { Maalform } from '../../shared/maalform'
import { foreignWords } from '../../shared/purity'
import {
  advance,
  currentDecision,
  decidedAmount,
  goBack,
  invited,
  invoiceReference,
  nextStatuses,
  parseAmount,
  participationEventSchema,
  participationSchema,
  paidAmount,
  paymentDifference,
  type Participation,
  type Step,
  type Transition
} from '../../shared/tracking/participation'
import { paymentDifferenceMessage, refusalMessage } from '../../shared/tracking/participationText'

const by = 'Anders Teigen'
const start = (): Participation => invited('2017', '2017-09-08', by)

const STEPS = {
  handsaming: { status: 'tilPolitiskHandsaming', caseId: 'case-1', date: '2017-11-20', by, note: '' },
  ja: { status: 'vedteke', decision: 'ja', utval: 'Kommunestyret', saksnummer: '65/17', date: '2017-12-13', by, note: 'Samrøystes' },
  nei: { status: 'vedteke', decision: 'nei', utval: 'Kommunestyret', saksnummer: '65/17', date: '2017-12-13', by, note: '' },
  melding: { status: 'meldingSendt', date: '2017-12-14', by, note: '' },
  fakturert: { status: 'fakturert', amount: '57 060', invoiceReference: '4410-ks', date: '2018-01-15', by, note: '' },
  betalt: { status: 'betalt', amount: '57060', computedAmount: '57060', date: '2018-02-01', by, note: '' }
} satisfies Record<string, Step>

function ok(result: Transition): Participation {
  if (!result.ok) throw new Error(`Refused: ${refusalMessage(result, 'nn')}`)
  return result.record
}

function run(...steps: Step[]): Participation {
  return steps.reduce((record, step) => ok(advance(record, step)), start())
}

/** Dates and sums are written with no-break spaces; the expected texts here with plain ones. */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ')

function messages(result: Transition): Record<Maalform, string> {
  if (result.ok) throw new Error('Expected a refusal')
  const both = { nn: plain(refusalMessage(result, 'nn')), nb: plain(refusalMessage(result, 'nb')) }
  expect(foreignWords(both.nn, 'nn')).toEqual([])
  expect(foreignWords(both.nb, 'nb')).toEqual([])
  return both
}

describe('the participation flow', () => {
  it('walks invitert → til politisk handsaming → vedteke → melding sendt → fakturert → betalt', () => {
    const paid = run(STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert, STEPS.betalt)
    expect(paid.status).toBe('betalt')
    expect(paid.steps.map((s) => s.status)).toEqual(['invitert', 'tilPolitiskHandsaming', 'vedteke', 'meldingSendt', 'fakturert', 'betalt'])
    expect(paid.steps[4]).toMatchObject({ amount: '57060', invoiceReference: '4410-ks' })
    expect(participationSchema.safeParse(paid).success).toBe(true)
    expect(nextStatuses(paid)).toEqual([])
  })

  it('gives each step forward as an event with before → after, the step and its note', () => {
    const result = advance(run(STEPS.handsaming), STEPS.ja)
    expect(result.ok && result.event).toEqual({ kind: 'forward', before: 'tilPolitiskHandsaming', after: 'vedteke', step: STEPS.ja, note: 'Samrøystes' })
  })

  it('refuses betalt before vedteke, in each målform', () => {
    expect(messages(advance(run(STEPS.handsaming), STEPS.betalt))).toEqual({
      nn: 'Deltakinga står på «til politisk handsaming», så «betalt» kan ikkje registrerast no. Neste steg er «vedteke».',
      nb: 'Deltakelsen står på «til politisk behandling», så «betalt» kan ikke registreres nå. Neste steg er «vedtatt».'
    })
  })

  it.each([
    ['invitert to vedteke', [], STEPS.ja, 'tilPolitiskHandsaming'],
    ['invitert to melding sendt', [], STEPS.melding, 'tilPolitiskHandsaming'],
    ['til politisk handsaming to melding sendt', [STEPS.handsaming], STEPS.melding, 'vedteke'],
    ['vedteke to fakturert', [STEPS.handsaming, STEPS.ja], STEPS.fakturert, 'meldingSendt'],
    ['melding sendt to betalt', [STEPS.handsaming, STEPS.ja, STEPS.melding], STEPS.betalt, 'fakturert'],
    ['fakturert back to melding sendt', [STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert], STEPS.melding, 'betalt']
  ] as const)('refuses a jump from %s and names the next step', (_, before, step, next) => {
    const result = advance(run(...before), step)
    expect(result).toMatchObject({ ok: false, reason: 'skip', next })
    messages(result)
  })

  it('ends the flow with a "nei": fakturert is refused with the way on, in each målform', () => {
    const declined = run(STEPS.handsaming, STEPS.nei)
    expect(messages(advance(declined, STEPS.fakturert))).toEqual({
      nn: 'Kommunen har takka nei, så «fakturert» kan ikkje registrerast. Vil kommunen vere med likevel, må det gjerast eit nytt vedtak først.',
      nb: 'Kommunen har takket nei, så «fakturert» kan ikke registreres. Vil kommunen likevel være med, må det gjøres et nytt vedtak først.'
    })
    expect(advance(declined, STEPS.melding)).toMatchObject({ ok: false, reason: 'declined' })
    expect(advance(declined, { ...STEPS.nei, date: '2018-03-01' })).toMatchObject({ ok: false, reason: 'secondNo' })
    messages(advance(declined, { ...STEPS.nei, date: '2018-03-01' }))
  })

  it('joins later on KS’s path: a new decision, a melding with the invoice reference, invoice, payment', () => {
    const declined = run(STEPS.handsaming, STEPS.nei)
    const decided = ok(advance(declined, { ...STEPS.ja, date: '2018-06-14', saksnummer: '30/18' }))
    expect(decided.joinedLater).toBe(true)
    const withoutReference = advance(decided, { ...STEPS.melding, date: '2018-06-15' })
    expect(messages(withoutReference)).toEqual({ nn: 'Skriv fakturareferansen.', nb: 'Skriv fakturareferansen.' })
    const sent = ok(advance(decided, { ...STEPS.melding, date: '2018-06-15', invoiceReference: '4410-ks' }))
    const paid = [
      { ...STEPS.fakturert, date: '2018-07-01' },
      { ...STEPS.betalt, date: '2018-07-20' }
    ].reduce((record, step) => ok(advance(record, step)), sent)
    expect(paid.status).toBe('betalt')
    expect(paid.steps.filter((s) => s.status === 'vedteke').map((s) => s.status === 'vedteke' && s.decision)).toEqual(['nei', 'ja'])
  })

  it('may go through a new political handling after a "nei"', () => {
    const again = ok(advance(run(STEPS.handsaming, STEPS.nei), { ...STEPS.handsaming, date: '2018-05-01' }))
    expect(again).toMatchObject({ status: 'tilPolitiskHandsaming', joinedLater: true })
  })

  it('refuses a paid participation any further step', () => {
    const paid = run(STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert, STEPS.betalt)
    expect(messages(advance(paid, STEPS.betalt))).toEqual({
      nn: 'Deltakinga er betalt, og det er ingen fleire steg.',
      nb: 'Deltakelsen er betalt, og det er ingen flere steg.'
    })
  })

  it.each([
    ['a date before the step it follows', { ...STEPS.handsaming, date: '2017-09-01' }, 'beforePrevious'],
    ['no date', { ...STEPS.handsaming, date: '' }, 'invalidDate'],
    ['nobody', { ...STEPS.handsaming, by: ' ' }, 'missing']
  ] as const)('refuses %s', (_, step, reason) => {
    const result = advance(start(), step)
    expect(result).toMatchObject({ ok: false, reason })
    messages(result)
  })

  it('names the step a date is before', () => {
    expect(messages(advance(start(), { ...STEPS.handsaming, date: '2017-09-01' })).nn).toBe(
      'Datoen 1. september 2017 er før steget «invitert» (8. september 2017). Skriv 08.09.2017 eller ein seinare dato.'
    )
  })

  it.each([
    ['no utval', { ...STEPS.ja, utval: '' }, 'Skriv utvalet som gjorde vedtaket.', 'Skriv utvalget som gjorde vedtaket.'],
    ['no saksnummer', { ...STEPS.ja, saksnummer: ' ' }, 'Skriv saksnummeret.', 'Skriv saksnummeret.']
  ] as const)('refuses a decision with %s', (_, step, nn, nb) => {
    expect(messages(advance(run(STEPS.handsaming), step))).toEqual({ nn, nb })
  })

  it.each([
    ['no amount', { ...STEPS.fakturert, amount: '' }, 'Skriv beløpet.'],
    ['a word for an amount', { ...STEPS.fakturert, amount: 'femti' }, '«femti» er ikkje eit beløp. Skriv kroner, til dømes 57 060 eller 57 060,50.'],
    ['no invoice reference', { ...STEPS.fakturert, invoiceReference: '' }, 'Skriv fakturareferansen.']
  ] as const)('refuses an invoice with %s', (_, step, nn) => {
    expect(messages(advance(run(STEPS.handsaming, STEPS.ja, STEPS.melding), step)).nn).toBe(nn)
  })
})

describe('what a step keeps', () => {
  it('starts with the invitation on the letter’s date, with no note', () => {
    expect(start().steps).toEqual([{ status: 'invitert', date: '2017-09-08', by, note: '' }])
  })

  it('keeps names, references and notes without the spaces around them, and no empty vedtak text', () => {
    const pad = (text: string): string => `  ${text} `
    const decided = ok(
      advance(run(STEPS.handsaming), {
        ...STEPS.ja,
        by: pad(by),
        note: pad('Samrøystes'),
        utval: pad('Kommunestyret'),
        saksnummer: pad('65/17'),
        vedtakText: '   '
      })
    )
    expect(decided.steps.at(-1)).toEqual({ ...STEPS.ja, vedtakText: undefined })
    const withText = ok(advance(run(STEPS.handsaming), { ...STEPS.ja, vedtakText: pad('Tysnes kommune deltek.') }))
    expect(withText.steps.at(-1)).toMatchObject({ vedtakText: 'Tysnes kommune deltek.' })
    const sent = ok(advance(decided, { ...STEPS.melding, invoiceReference: pad('4410-ks') }))
    expect(sent.steps.at(-1)).toEqual({ ...STEPS.melding, invoiceReference: '4410-ks' })
    expect(ok(advance(decided, { ...STEPS.melding, invoiceReference: ' ' })).steps.at(-1)).toEqual({ ...STEPS.melding, invoiceReference: undefined })
    const invoiced = ok(advance(sent, { ...STEPS.fakturert, invoiceReference: pad('4410-ks') }))
    expect(invoiced.steps.at(-1)).toEqual({ ...STEPS.fakturert, amount: '57060', invoiceReference: '4410-ks' })
  })

  it('takes a step on the same day as the one before', () => {
    expect(advance(run(STEPS.handsaming, STEPS.ja), { ...STEPS.melding, date: STEPS.ja.date }).ok).toBe(true)
  })

  it('names the decision on the current path: none before it, the new one after a "nei"', () => {
    expect(currentDecision(run(STEPS.handsaming))).toBeUndefined()
    expect(currentDecision(run(STEPS.handsaming, STEPS.ja, STEPS.melding))).toEqual(STEPS.ja)
    const later = ok(advance(run(STEPS.handsaming, STEPS.nei), { ...STEPS.ja, date: '2018-06-14', saksnummer: '30/18' }))
    expect(currentDecision(later)?.saksnummer).toBe('30/18')
  })

  it('offers the invoice reference the kommune gave, or KS’s from the invoice once there is one', () => {
    expect(invoiceReference(run(STEPS.handsaming, STEPS.ja, STEPS.melding))).toBeUndefined()
    const later = ok(advance(run(STEPS.handsaming, STEPS.nei), { ...STEPS.ja, date: '2018-06-14' }))
    const sent = ok(advance(later, { ...STEPS.melding, date: '2018-06-15', invoiceReference: 'Tysnes-17' }))
    expect(invoiceReference(sent)).toBe('Tysnes-17')
    expect(invoiceReference(ok(advance(sent, { ...STEPS.fakturert, date: '2018-07-01', invoiceReference: 'KS-2018-77' })))).toBe('KS-2018-77')
  })
})

describe('an amount as the user types it', () => {
  // Plain test names: StrykerJS picks the tests to run by name, and quotes or spaces at the ends of
  // a name (as %j gives) make it run none.
  it('reads kroner typed with kr, kr., ,-, spaces and a decimal comma', () => {
    const typed: [string, string][] = [
      ['57060', '57060'],
      [' kr 57 060 ', '57060'],
      ['kr. 57 060', '57060'],
      ['Kr 57\u00a0060', '57060'],
      ['57 060,-', '57060'],
      ['57 060,50', '57060.5']
    ]
    for (const [text, expected] of typed) expect(parseAmount(text), text).toBe(expected)
  })

  it('refuses letters among the digits, more than two decimals, nothing and zero', () => {
    for (const text of ['57 kr 060', '57,-060', 'abc57060', '57060abc', '57 060,505', '0', '']) expect(parseAmount(text), text).toBeUndefined()
  })

  it.each([
    ['a blank amount on an invoice', 'fakturert', { ...STEPS.fakturert, amount: '  ' }, 'Skriv beløpet.'],
    ['a blank invoice reference', 'fakturert', { ...STEPS.fakturert, invoiceReference: '  ' }, 'Skriv fakturareferansen.'],
    ['a blank amount paid', 'betalt', { ...STEPS.betalt, amount: ' ' }, 'Skriv beløpet.'],
    ['a word for the amount paid', 'betalt', { ...STEPS.betalt, amount: 'alt' }, '«alt» er ikkje eit beløp. Skriv kroner, til dømes 57 060 eller 57 060,50.']
  ] as const)('refuses %s', (_, status, step, nn) => {
    const before = status === 'fakturert' ? [STEPS.handsaming, STEPS.ja, STEPS.melding] : [STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert]
    expect(messages(advance(run(...before), step)).nn).toBe(nn)
  })

  it('refuses a decision by a blank utval, and a blank invoice reference on the join-later path', () => {
    expect(messages(advance(run(STEPS.handsaming), { ...STEPS.ja, utval: '   ' })).nn).toBe('Skriv utvalet som gjorde vedtaket.')
    const later = ok(advance(run(STEPS.handsaming, STEPS.nei), { ...STEPS.ja, date: '2018-06-14' }))
    expect(messages(advance(later, { ...STEPS.melding, date: '2018-06-15', invoiceReference: '  ' })).nn).toBe('Skriv fakturareferansen.')
  })
})

describe('going back', () => {
  it('keeps the join-later path when a step after the new decision is undone, and never starts it on a "ja" path', () => {
    const later = ok(advance(run(STEPS.handsaming, STEPS.nei), { ...STEPS.ja, date: '2018-06-14' }))
    const sent = ok(advance(later, { ...STEPS.melding, date: '2018-06-15', invoiceReference: '4410-ks' }))
    expect(ok(goBack(sent, '')).joinedLater).toBe(true)
    const invoiced = run(STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert)
    expect(ok(goBack(invoiced, '')).joinedLater).toBe(false)
  })

  it('keeps why without the spaces around it', () => {
    const result = goBack(run(STEPS.handsaming), '  Feil dato ')
    expect(result.ok && result.event.note).toBe('Feil dato')
  })

  it('undoes the last step and records what was undone and why', () => {
    const decided = run(STEPS.handsaming, STEPS.ja)
    const result = goBack(decided, 'Feil møtedato')
    expect(result.ok && result.record.status).toBe('tilPolitiskHandsaming')
    expect(result.ok && result.event).toEqual({ kind: 'back', before: 'vedteke', after: 'tilPolitiskHandsaming', step: decided.steps[2], note: 'Feil møtedato' })
  })

  it('undoing the new decision after a "nei" returns to the "nei" and the ended flow', () => {
    const later = ok(advance(run(STEPS.handsaming, STEPS.nei), { ...STEPS.ja, date: '2018-06-14' }))
    const back = ok(goBack(later, ''))
    expect(back).toMatchObject({ status: 'vedteke', joinedLater: false })
    expect(advance(back, STEPS.fakturert)).toMatchObject({ ok: false, reason: 'declined' })
  })

  it('is refused at the invitation, in each målform', () => {
    expect(messages(goBack(start(), ''))).toEqual({
      nn: 'Invitasjonen er det første steget; det er ingenting å gå tilbake til.',
      nb: 'Invitasjonen er det første steget; det er ingenting å gå tilbake til.'
    })
  })
})

describe('a paid amount that differs from the computed one', () => {
  it('is kept as paid and flagged with both figures', () => {
    const paid = run(STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert, { ...STEPS.betalt, amount: '57 000,50' })
    expect(paid.steps.at(-1)).toMatchObject({ amount: '57000.5', computedAmount: '57060' })
    const difference = paymentDifference(paid)
    expect(difference).toEqual({ paid: '57000.5', computed: '57060', difference: '-59.5' })
    expect(plain(paymentDifferenceMessage(difference!, 'nn'))).toBe(
      'Betalt kr 57 000,50, men utrekna bidrag er kr 57 060: kr 59,50 mindre enn utrekna. Det betalte beløpet er lagra som betalt, ' +
        'og Økonomi reknar med det. Avviket på kr 59,50 bør avklarast med KS, som fakturerer bidraget: sjekk fakturaen og kva folketal KS rekna med.'
    )
    expect(paidAmount(paid)).toBe('57000.5')
    expect(foreignWords(paymentDifferenceMessage(difference!, 'nb'), 'nb')).toEqual([])
  })

  it('is not flagged before anything is paid, nor for a payment recorded without a computed amount', () => {
    expect(paymentDifference(run(STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert))).toBeUndefined()
    const { computedAmount: _, ...withoutComputed } = STEPS.betalt
    expect(paymentDifference(run(STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert, { ...withoutComputed, amount: '50000' }))).toBeUndefined()
  })

  it('has no paid amount before the payment is recorded', () => {
    expect(paidAmount(run(STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert))).toBeUndefined()
  })

  it('is not flagged when it is the computed amount', () => {
    expect(paymentDifference(run(STEPS.handsaming, STEPS.ja, STEPS.melding, STEPS.fakturert, STEPS.betalt))).toBeUndefined()
  })

  it('is not flagged when it is the sum the vedtak adopted, but is when it is neither that nor the computed one', () => {
    const levanger = { ...STEPS.ja, vedtakText: 'Levanger kommune deltar i ordningen med til sammen kr 400 000.' }
    const computed = { ...STEPS.betalt, computedAmount: '397840' }
    expect(decidedAmount(run(STEPS.handsaming, levanger), '397840')).toBe('400000')
    expect(paymentDifference(run(STEPS.handsaming, levanger, STEPS.melding, STEPS.fakturert, { ...computed, amount: '400 000' }))).toBeUndefined()
    const other = paymentDifference(run(STEPS.handsaming, levanger, STEPS.melding, STEPS.fakturert, { ...computed, amount: '390 000' }))
    expect(other).toEqual({ paid: '390000', computed: '397840', difference: '-7840' })
  })
})

describe('the stored record', () => {
  it('is refused when its status is not its last step', () => {
    const record = { ...run(STEPS.handsaming), status: 'betalt' }
    expect(participationSchema.safeParse(record).success).toBe(false)
  })

  const paid = (): Participation =>
    run({ ...STEPS.handsaming }, { ...STEPS.ja, vedtakText: 'Tysnes kommune deltek i KS DigiFin.' }, { ...STEPS.melding, invoiceReference: '4410-ks' }, STEPS.fakturert, STEPS.betalt)

  it('is read back when whole, a "nei" included', () => {
    expect(participationSchema.safeParse(paid()).success).toBe(true)
    expect(participationSchema.safeParse(run(STEPS.handsaming, STEPS.nei)).success).toBe(true)
  })

  /** The paid record with step `index` changed: each is set aside when read back. */
  const damaged = (index: number, change: Record<string, unknown>): unknown => {
    const record = paid()
    return { ...record, steps: record.steps.map((step, i) => (i === index ? { ...step, ...change } : step)) }
  }

  it.each([
    ['an invitation step with no date', () => damaged(0, { date: 'snart' })],
    ['a step by nobody', () => damaged(0, { by: '' })],
    ['a step with no note', () => damaged(0, { note: undefined })],
    ['a political handling with an empty case', () => damaged(1, { caseId: '' })],
    ['a decision that is neither ja nor nei', () => damaged(2, { decision: 'kanskje' })],
    ['a decision with an empty vedtak text', () => damaged(2, { vedtakText: '' })],
    ['a decision with a vedtak text over 20 000 characters', () => damaged(2, { vedtakText: 'x'.repeat(20_001) })],
    ['a melding with an empty invoice reference', () => damaged(3, { invoiceReference: '' })],
    ['an invoice whose amount is not a plain decimal', () => damaged(4, { amount: '57 060' })],
    ['a payment of no amount', () => damaged(5, { amount: 'alt' })],
    ['a first step that is not the invitation', () => damaged(0, { status: 'tilPolitiskHandsaming' })],
    ['no steps at all', () => ({ ...paid(), steps: [] })]
  ] as const)('is set aside with %s', (_, record) => {
    // Built inside the test, not in the table, so a fault in advance() fails this test instead
    // of the file's loading (which StrykerJS does not count as a killed mutant).
    expect(participationSchema.safeParse(record()).success).toBe(false)
  })

  it('keeps history events forward and back, and sets aside a damaged one', () => {
    const paidRecord = paid()
    const forward = { kind: 'forward', before: 'fakturert', after: 'betalt', step: paidRecord.steps[5], note: '' }
    const back = { kind: 'back', before: 'betalt', after: 'fakturert', step: paidRecord.steps[5], note: 'Feil beløp' }
    expect(participationEventSchema.safeParse(forward).success).toBe(true)
    expect(participationEventSchema.safeParse(back).success).toBe(true)
    expect(participationEventSchema.safeParse({ ...back, kind: 'sideways' }).success).toBe(false)
    expect(participationEventSchema.safeParse({ ...back, after: 'glemt' }).success).toBe(false)
    expect(participationEventSchema.safeParse({ ...back, note: 'x'.repeat(2_001) }).success).toBe(false)
  })
})
