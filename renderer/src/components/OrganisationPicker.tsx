import { Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TEXT_LIMITS } from '@shared/limits'
import type { Maalform } from '@shared/maalform'
import type { PeriodId } from '@shared/register'
import { RadioGroup } from './RadioGroup'
import { useRegister, type Register } from './useRegister'

export interface OrganisationChoice {
  kind: 'kommune' | 'fylkeskommune'
  number: string
  name: string
  maalform?: Maalform
  /** The kommune's number(s) in 2017 when they differ from today's («1719» for 5037 Levanger). */
  earlier?: string
}

interface Props {
  id: string
  value: OrganisationChoice | null
  onChange: (choice: OrganisationChoice | null) => void
  error?: string
  /** The målform the screen is in, for texts that come from the register. */
  maalform: Maalform
  /** The field after the picker: Enter picks the first hit and moves on to it, as the user's next stop (and the hint says so). */
  next?: { id: string; label: string }
}

/** The profile names today's kommune; older numbers (1223) still find it. */
const PROFILE_PERIOD: PeriodId = '2024'
/**
 * A fylkeskommune may be today's (46 Vestland) or one of 2017 that has since merged
 * (12 Hordaland): a 2017 round was decided by the fylkeskommune of then. The fylke numbers of the
 * two periods never name different fylke, so a number found in both is listed once.
 */
const FYLKE_PERIODS: readonly PeriodId[] = ['2024', '2017']
/** The period of the round the app is for (DigiFin 2017): a renumbered kommune is told its number then. */
const ROUND_PERIOD: PeriodId = '2017'
const MAX_RESULTS = 8

function find(register: Register, kind: OrganisationChoice['kind'], query: string): OrganisationChoice[] {
  if (query.trim() === '') return []
  if (kind === 'kommune') {
    return register.searchKommunar(PROFILE_PERIOD, query, MAX_RESULTS).map(({ kommune }) => {
      const earlier = register.earlierNumbersText(kommune.name, register.earlierKommunar(ROUND_PERIOD, kommune.number))
      return { kind, number: kommune.number, name: kommune.name, maalform: register.maalformOf(kommune), ...(earlier ? { earlier } : {}) }
    })
  }
  const found = new Map<string, OrganisationChoice>()
  for (const period of FYLKE_PERIODS) {
    const invited = new Set(register.invitedFylkeskommunar(period).map((f) => f.number))
    for (const { fylke } of register.searchFylke(period, query, MAX_RESULTS)) {
      if (!invited.has(fylke.number) || found.has(fylke.number)) continue
      found.set(fylke.number, { kind, number: fylke.number, name: fylke.name, maalform: register.fylkeMaalform(period, fylke.number) })
    }
  }
  return [...found.values()].slice(0, MAX_RESULTS)
}

/** Choose the kommune or fylkeskommune from the register by name or number. */
export function OrganisationPicker({ id, value, onChange, error, maalform, next }: Props) {
  const { t } = useTranslation('setup')
  const [kind, setKind] = useState<OrganisationChoice['kind']>(value?.kind ?? 'kommune')
  const [query, setQuery] = useState(value?.name ?? '')
  const register = useRegister()
  const results = useMemo(() => (register ? find(register, kind, query) : []), [register, kind, query])
  const shown = value && !results.some((r) => r.number === value.number) && value.kind === kind ? [value, ...results] : results
  const choose = (choice: OrganisationChoice | null): void => onChange(choice)
  // Oslo is a fylke but is invited as a kommune: say so rather than "found nothing".
  const osloAsked =
    register !== null &&
    kind === 'fylkeskommune' &&
    query.trim() !== '' &&
    register.searchFylke(PROFILE_PERIOD, query, 3).some((r) => r.fylke.alsoKommune)
  const searching = register === null && query.trim() !== ''
  const label = (choice: OrganisationChoice): string => `${choice.name} ${choice.kind} (${choice.number})`
  // Enter in the search field takes the first hit; until something is chosen, the page says so.
  const first = results[0]
  const enterHint = first && !results.some((r) => r.number === value?.number && r.kind === value.kind) ? first : undefined

  return (
    <div className="form">
      <Fieldset>
        <Fieldset.Legend>{t('kindLegend')}</Fieldset.Legend>
        <RadioGroup
          name={`${id}-kind`}
          value={kind}
          onChange={(next) => {
            setKind(next)
            choose(null)
          }}
          options={[
            { value: 'kommune', label: t('kindKommune') },
            { value: 'fylkeskommune', label: t('kindFylkeskommune') }
          ]}
        />
      </Fieldset>
      <Textfield
        maxLength={TEXT_LIMITS.name}
        id={id}
        label={t('organisation')}
        description={t(kind === 'kommune' ? 'organisationDescription' : 'organisationDescriptionFylke')}
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && first) {
            e.preventDefault()
            choose(first)
            // After the pick (which may switch the målform and redraw), on to the next field: the
            // results below are only a second way to pick, not the next thing to fill in.
            if (next) requestAnimationFrame(() => document.getElementById(next.id)?.focus())
          }
        }}
        error={error}
      />
      {osloAsked && <Paragraph data-size="sm">{register?.OSLO_NOTE[maalform]}</Paragraph>}
      {searching && <Paragraph data-size="sm" aria-live="polite">{t('searching')}</Paragraph>}
      {query.trim() !== '' && shown.length === 0 && !osloAsked && !searching && (
        <ValidationMessage data-color="warning">{t('noMatch')}</ValidationMessage>
      )}
      {enterHint && (
        <Paragraph data-size="sm" aria-live="polite" data-testid="organisation-enter-hint">
          {next
            ? t(results.length === 1 ? 'enterToChooseOnlyNext' : 'enterToChooseNext', { name: label(enterHint), next: next.label })
            : t(results.length === 1 ? 'enterToChooseOnly' : 'enterToChoose', { name: label(enterHint) })}
        </Paragraph>
      )}
      {shown.length > 0 && (
        <Fieldset data-testid="organisation-results">
          <Fieldset.Legend className="visually-hidden">{t('results')}</Fieldset.Legend>
          {shown.map((choice) => (
            <Radio
              key={`${choice.kind}-${choice.number}`}
              name={`${id}-choice`}
              value={choice.number}
              label={label(choice)}
              // Found by 1719 or by 5037, Levanger says which is which: today's number, and the one of 2017.
              description={choice.earlier ? t('numberIn2017', { numbers: choice.earlier }) : undefined}
              checked={value?.number === choice.number && value.kind === choice.kind}
              onChange={() => choose(choice)}
            />
          ))}
        </Fieldset>
      )}
    </div>
  )
}
