import { Heading, Paragraph, Spinner, Tabs } from '@digdir/designsystemet-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApp } from '../app/context'
import { Landsoversikt } from './Landsoversikt'
import { OwnContribution } from './OwnContribution'
import { useContribution } from './useContribution'

export function BidragPage() {
  const { t } = useTranslation('bidrag')
  const { profile } = useApp()
  const state = useContribution(profile)
  const [tab, setTab] = useState('own')
  return (
    <section className="page" aria-labelledby="bidrag-heading">
      <Heading level={1} data-size="lg" id="bidrag-heading">
        {t('heading')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      {state.loading ? (
        <Spinner aria-label={t('heading')} />
      ) : (
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="own">{t('tabOwn')}</Tabs.Tab>
            <Tabs.Tab value="country">{t('tabCountry')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="own">
            <OwnContribution state={state} />
          </Tabs.Panel>
          <Tabs.Panel value="country">
            <Landsoversikt round={state.round} />
          </Tabs.Panel>
        </Tabs>
      )}
    </section>
  )
}
