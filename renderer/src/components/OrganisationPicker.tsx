import { Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Maalform } from '@shared/maalform'
import { fylkeMaalform, invitedFylkeskommunar, maalformOf, OSLO_NOTE, searchFylke, searchKommunar, type PeriodId } from '@shared/register'
import { RadioGroup } from './RadioGroup'

export interface OrganisationChoice {
  kind: 'kommune' | 'fylkeskommune'
  number: string
  name: string
  maalform?: Maalform
}

interface Props {
  id: string
  value: OrganisationChoice | null
  onChange: (choice: OrganisationChoice | null) => void
  error?: string
  /** The målform the screen is in, for texts that come from the register. */
  maalform: Maalform
}

/** The profile names today's kommune or fylkeskommune; older numbers (1223) still find it. */
const PROFILE_PERIOD: PeriodId = '2024'
const MAX_RESULTS = 8

function find(kind: OrganisationChoice['kind'], query: string): OrganisationChoice[] {
  if (query.trim() === '') return []
  if (kind === 'kommune') {
    return searchKommunar(PROFILE_PERIOD, query, MAX_RESULTS).map(({ kommune }) => ({
      kind,
      number: kommune.number,
      name: kommune.name,
      maalform: maalformOf(kommune)
    }))
  }
  const invited = new Set(invitedFylkeskommunar(PROFILE_PERIOD).map((f) => f.number))
  return searchFylke(PROFILE_PERIOD, query, MAX_RESULTS)
    .filter(({ fylke }) => invited.has(fylke.number))
    .map(({ fylke }) => ({ kind, number: fylke.number, name: fylke.name, maalform: fylkeMaalform(PROFILE_PERIOD, fylke.number) }))
}

/** Choose the kommune or fylkeskommune from the register by name or number. */
export function OrganisationPicker({ id, value, onChange, error, maalform }: Props) {
  const { t } = useTranslation('setup')
  const [kind, setKind] = useState<OrganisationChoice['kind']>(value?.kind ?? 'kommune')
  const [query, setQuery] = useState(value?.name ?? '')
  const results = useMemo(() => find(kind, query), [kind, query])
  const shown = value && !results.some((r) => r.number === value.number) && value.kind === kind ? [value, ...results] : results
  const choose = (choice: OrganisationChoice | null): void => onChange(choice)
  // Oslo is a fylke but is invited as a kommune: say so rather than "found nothing".
  const osloAsked =
    kind === 'fylkeskommune' && query.trim() !== '' && searchFylke(PROFILE_PERIOD, query, 3).some((r) => r.fylke.alsoKommune)

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
        id={id}
        label={t('organisation')}
        description={t('organisationDescription')}
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = results[0]
          if (e.key === 'Enter' && first) {
            e.preventDefault()
            choose(first)
          }
        }}
        error={error}
      />
      {osloAsked && <Paragraph data-size="sm">{OSLO_NOTE[maalform]}</Paragraph>}
      {query.trim() !== '' && shown.length === 0 && !osloAsked && (
        <ValidationMessage data-color="warning">{t('noMatch')}</ValidationMessage>
      )}
      {shown.length > 0 && (
        <Fieldset data-testid="organisation-results">
          <Fieldset.Legend className="visually-hidden">{t('results')}</Fieldset.Legend>
          {shown.map((choice) => (
            <Radio
              key={`${choice.kind}-${choice.number}`}
              name={`${id}-choice`}
              value={choice.number}
              label={`${choice.name} ${choice.kind} (${choice.number})`}
              checked={value?.number === choice.number && value.kind === choice.kind}
              onChange={() => choose(choice)}
            />
          ))}
        </Fieldset>
      )}
    </div>
  )
}
