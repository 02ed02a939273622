import { useTranslation } from 'react-i18next'
import { showsCounter, TEXT_LIMITS, type TextLimit } from '@shared/limits'

/**
 * The props that hold a Textfield to its limit (shared/limits.ts): typing stops at the limit, and
 * from 80 % of it on a counter says how many characters are left, in the målform.
 * Use: `<Textfield {...limit('name', value)} … />`.
 */
export function useTextLimit() {
  const { t } = useTranslation('forms')
  return (kind: TextLimit, value: string) => {
    const max = TEXT_LIMITS[kind]
    return {
      maxLength: max,
      ...(showsCounter(value.length, kind) ? { counter: { limit: max, under: t('limit.under'), over: t('limit.over') } } : {})
    }
  }
}
