import { useCallback, useEffect, useState } from 'react'
import { useApp } from '../app/context'
import { useContribution } from '../bidrag/useContribution'
import { CaseEditor, type Flash } from './CaseEditor'
import { CaseList } from './CaseList'
import './saksframlegg.css'

const PREFIX = '#/saksframlegg'

/** The open case lives in the URL's hash (#/saksframlegg/ID), so a reload keeps it open. */
function caseIdFromHash(hash: string): string | null {
  const match = /^#\/saksframlegg\/([^/?]+)/.exec(hash)
  if (!match?.[1]) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}

export function caseHref(id: string): string {
  return `${PREFIX}/${encodeURIComponent(id)}`
}

function useOpenCase(): string | null {
  const [id, setId] = useState(() => caseIdFromHash(window.location.hash))
  useEffect(() => {
    const onChange = (): void => {
      // In-page links ("#sf-title" in an error summary) are not routes.
      if (window.location.hash.startsWith('#/')) setId(caseIdFromHash(window.location.hash))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return id
}

/** Saksframlegg: the list of the organisation's cases, and the editor for one case. */
export function SaksframleggPage() {
  const { profile } = useApp()
  const contribution = useContribution(profile)
  const openId = useOpenCase()
  const [flash, setFlash] = useState<{ caseId: string; flash: Flash } | null>(null)

  const open = useCallback((id: string, next: Flash) => {
    setFlash({ caseId: id, flash: next })
    window.location.hash = caseHref(id)
  }, [])
  const close = useCallback(() => {
    setFlash(null)
    window.location.hash = PREFIX
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
