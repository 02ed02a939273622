import { useCallback, useState } from 'react'
import type { AreaProps } from '../app/areas'
import { useApp } from '../app/context'
import { goTo, hrefFor } from '../app/route'
import { useContribution } from '../bidrag/useContribution'
import { CaseEditor, type Flash } from './CaseEditor'
import { CaseList } from './CaseList'
import './saksframlegg.css'

/** The open case lives in the route (#/saksframlegg/ID), so a reload keeps it open. */
export function caseHref(id: string): string {
  return hrefFor('saksframlegg', id)
}

/** Saksframlegg: the list of the organisation's cases, and the editor for one case. */
export function SaksframleggPage({ path }: Pick<AreaProps, 'path'>) {
  const { profile } = useApp()
  const contribution = useContribution(profile)
  const openId = path[0] || null
  const [flash, setFlash] = useState<{ caseId: string; flash: Flash } | null>(null)

  const open = useCallback((id: string, next: Flash) => {
    setFlash({ caseId: id, flash: next })
    goTo(caseHref(id))
  }, [])
  const close = useCallback(() => {
    setFlash(null)
    goTo(hrefFor('saksframlegg'))
  }, [])

  if (openId) {
    return (
      <CaseEditor
        key={openId}
        id={openId}
        contribution={contribution}
        flash={flash?.caseId === openId ? flash.flash : null}
        onClose={close}
        onOpen={open}
      />
    )
  }
  return <CaseList contribution={contribution} hrefFor={caseHref} onOpen={open} />
}
