import { describe, expect, it } from 'vitest'
import { mayTakeStep } from '@shared/tracking/access'
import { costYear, startAdoption, takeStep, type Adoption, type AdoptionStatus } from '@shared/tracking/adoption'
import { PARTICIPATION_STATUSES } from '@shared/tracking/participationStatus'
import { STARTER_CATALOGUE } from '@shared/tracking/starterCatalogue'

const digiorden = STARTER_CATALOGUE.find((s) => s.id === 'digiorden')!
const svarut = STARTER_CATALOGUE.find((s) => s.id === 'svarut-svarinn')!
const decision = { utval: 'Kommunestyret', saksnummer: '65/17' }

function considered(): Adoption {
  const started = startAdoption('a1', digiorden, { date: '2018-01-10', by: 'Anders' }, '2019-01-01')
  if (!started.ok) throw new Error('start failed')
  return started.adoption
}

function walk(...steps: AdoptionStatus[]): Adoption {
  let a = considered()
  for (const to of steps) {
    const r = takeStep(a, to, { date: '2018-06-01', by: 'Anders', decision }, digiorden, 'betalt')
    if (!r.ok) throw new Error(r.message.nb)
    a = r.adoption
  }
  return a
}

describe('the access rule', () => {
  it('refuses vedteke and i bruk for a fund-financed solution until the participation is betalt, in both målformer', () => {
    for (const status of [undefined, ...PARTICIPATION_STATUSES.filter((s) => s !== 'betalt')]) {
      for (const step of ['vedteke', 'iBruk']) {
        const r = mayTakeStep(digiorden, step, status)
        expect(r.allowed, `${status} ${step}`).toBe(false)
      }
    }
    const r = mayTakeStep(digiorden, 'vedteke', 'fakturert')
    expect(r.allowed === false && r.message.nn).toBe(
      'Digiorden er finansiert av DigiFin. Berre kommunar som har betalt eingongsbeløpet, kan vedta eller ta i bruk løysinga. Deltakinga står no som «fakturert». Registrer betalinga under Deltaking først.'
    )
    expect(r.allowed === false && r.message.nb).toBe(
      'Digiorden er finansiert av DigiFin. Bare kommuner som har betalt engangsbeløpet, kan vedta eller ta i bruk løsningen. Deltakelsen står nå som «fakturert». Registrer betalingen under Deltakelse først.'
    )
    const none = mayTakeStep(digiorden, 'iBruk', undefined)
    expect(none.allowed === false && none.message.nn).toContain('Deltakinga er ikkje registrert enno.')
    expect(none.allowed === false && none.message.nb).toContain('Deltakelsen er ikke registrert ennå.')
  })

  it('allows them once betalt; never guards vurderer or avslutta, nor a solution the fund did not finance', () => {
    expect(mayTakeStep(digiorden, 'vedteke', 'betalt').allowed).toBe(true)
    expect(mayTakeStep(digiorden, 'iBruk', 'betalt').allowed).toBe(true)
    expect(mayTakeStep(digiorden, 'vurderer', undefined).allowed).toBe(true)
    expect(mayTakeStep(digiorden, 'avslutta', 'invitert').allowed).toBe(true)
    expect(mayTakeStep(svarut, 'iBruk', undefined).allowed).toBe(true)
  })
})

describe('adoption steps', () => {
  it('goes vurderer → vedteke → i bruk → avslutta, keeping each step with its date, who and the decision', () => {
    const a = walk('vedteke', 'iBruk', 'avslutta')
    expect(a.status).toBe('avslutta')
    expect(a.steps.map((s) => s.status)).toEqual(['vurderer', 'vedteke', 'iBruk', 'avslutta'])
    expect(a.steps[1]).toEqual({ status: 'vedteke', date: '2018-06-01', by: 'Anders', decision })
  })

  it('shows a solution’s costs for the year it is planned to be, or is, taken into use; this year before it is considered', () => {
    expect(costYear(undefined, 2026)).toBe(2026)
    expect(costYear(considered(), 2026)).toBe(2019)
    // Taken into use 1 June 2018, before the planned 2019: the real start counts.
    expect(costYear(walk('vedteke', 'iBruk'), 2026)).toBe(2018)
  })

  it('may end from vurderer or vedteke', () => {
    expect(walk('avslutta').status).toBe('avslutta')
    expect(walk('vedteke', 'avslutta').status).toBe('avslutta')
  })

  it.each([
    [[], 'iBruk', 'Frå «vurderer» kan tilknytinga berre gå til «vedteke» eller «avslutta», ikkje til «i bruk».', 'Fra «vurderer» kan tilknytningen bare gå til «vedtatt» eller «avsluttet», ikke til «i bruk».'],
    [['vedteke'], 'vurderer', 'Frå «vedteke» kan tilknytinga berre gå til «i bruk» eller «avslutta», ikkje til «vurderer».', 'Fra «vedtatt» kan tilknytningen bare gå til «i bruk» eller «avsluttet», ikke til «vurderer».'],
    [['vedteke', 'iBruk'], 'vedteke', 'Frå «i bruk» kan tilknytinga berre gå til «avslutta», ikkje til «vedteke».', 'Fra «i bruk» kan tilknytningen bare gå til «avsluttet», ikke til «vedtatt».'],
    [['avslutta'], 'vedteke', 'Tilknytinga er avslutta. Start ei ny vurdering om kommunen vil ta løysinga i bruk att.', 'Tilknytningen er avsluttet. Start en ny vurdering hvis kommunen vil ta løsningen i bruk igjen.']
  ] as const)('after %j refuses %s, saying why in nn and nb', (before, to, nn, nb) => {
    const a = walk(...before)
    const r = takeStep(a, to, { date: '2018-07-01', by: 'A', decision }, digiorden, 'betalt')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toEqual({ nn, nb })
  })

  it('refuses vedteke without utval and saksnummer, a date before the last step, and a fund solution before payment', () => {
    const a = considered()
    const noRef = takeStep(a, 'vedteke', { date: '2018-06-01', by: 'A' }, digiorden, 'betalt')
    expect(!noRef.ok && noRef.message.nn).toBe('Skriv kva utval som gjorde vedtaket og saksnummeret (til dømes Kommunestyret, 65/17).')
    const early = takeStep(a, 'vedteke', { date: '2017-12-31', by: 'A', decision }, digiorden, 'betalt')
    expect(!early.ok && early.message.nb).toBe('Datoen kan ikke være før forrige steg (10.01.2018).')
    const unpaid = takeStep(a, 'vedteke', { date: '2018-06-01', by: 'A', decision }, digiorden, 'meldingSendt')
    expect(!unpaid.ok && unpaid.message.nn).toContain('Berre kommunar som har betalt eingongsbeløpet')
    const bad = takeStep(a, 'avslutta', { date: '2018-02-30', by: 'A' }, digiorden, undefined)
    expect(!bad.ok && bad.message).toEqual({ nn: 'Skriv ein gyldig dato.', nb: 'Skriv en gyldig dato.' })
  })
})
