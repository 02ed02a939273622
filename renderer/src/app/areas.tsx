import type { ParseKeys } from 'i18next'
import { lazy, type ComponentType } from 'react'
import { todayIso } from '@shared/plainFormat'
import type { Maalform } from '@shared/maalform'
import type { ProfileDraft } from '../profile/ProfileForm'
import { withAreaTexts } from './texts'

// Each area's code is loaded when the area is first opened, so the first screen starts with
// only the shell (the app shell shows a loading state meanwhile: see App); it shows once the
// areas' texts are there too (texts.ts). A returning user's area is fetched at start (preloadArea).
const LOADERS = {
  oversikt: withAreaTexts(() => import('../oversikt/Oversikt').then((m) => ({ default: m.Oversikt }))),
  bidrag: withAreaTexts(() => import('../bidrag/BidragPage').then((m) => ({ default: m.BidragPage }))),
  saksframlegg: withAreaTexts(() => import('../saksframlegg/SaksframleggPage').then((m) => ({ default: m.SaksframleggPage }))),
  deltaking: withAreaTexts(() => import('../deltaking/DeltakingPage').then((m) => ({ default: m.DeltakingPage }))),
  fellesloysingar: withAreaTexts(() => import('../fellesloysingar/FellesloysingarPage').then((m) => ({ default: m.FellesloysingarPage }))),
  okonomi: withAreaTexts(() => import('../okonomi/OkonomiPage').then((m) => ({ default: m.OkonomiPage }))),
  innstillingar: withAreaTexts(() => import('../innstillingar/Innstillingar').then((m) => ({ default: m.Innstillingar })))
}

const Oversikt = lazy(LOADERS.oversikt)
const BidragPage = lazy(LOADERS.bidrag)
const SaksframleggPage = lazy(LOADERS.saksframlegg)
const DeltakingPage = lazy(LOADERS.deltaking)
const FellesloysingarPage = lazy(LOADERS.fellesloysingar)
const OkonomiPage = lazy(LOADERS.okonomi)
const Innstillingar = lazy(LOADERS.innstillingar)

/** What only the app shell can do for a page. */
export interface Shell {
  saveProfile: (draft: ProfileDraft) => Promise<void>
  setMaalform: (maalform: Maalform) => void
}

/** What every area's page is given: the route below the area (#/saksframlegg/ID → ['ID']) and the shell. */
export interface AreaProps {
  path: readonly string[]
  shell: Shell
}

export interface Area {
  /** The first segment of the route: #/bidrag. */
  id: string
  /** Its name in the navigation. */
  label: ParseKeys<'frame'>
  Page: ComponentType<AreaProps>
}

/**
 * The app's areas, in the order the navigation shows them; the first is where an unknown route
 * lands. A new area is its feature folder and one line here.
 */
export const AREAS = [
  { id: 'oversikt', label: 'nav.oversikt', Page: () => <Oversikt today={todayIso()} /> },
  { id: 'bidrag', label: 'nav.bidrag', Page: BidragPage },
  { id: 'saksframlegg', label: 'nav.saksframlegg', Page: SaksframleggPage },
  { id: 'deltaking', label: 'nav.deltaking', Page: DeltakingPage },
  { id: 'fellesloysingar', label: 'nav.fellesloysingar', Page: FellesloysingarPage },
  { id: 'okonomi', label: 'nav.okonomi', Page: OkonomiPage },
  {
    id: 'innstillingar',
    label: 'nav.innstillingar',
    Page: ({ shell }) => <Innstillingar onSave={shell.saveProfile} onMaalform={shell.setMaalform} />
  }
] as const satisfies readonly Area[]

export type AreaId = (typeof AREAS)[number]['id']

export function areaFor(id: string): Area & { id: AreaId } {
  return AREAS.find((area) => area.id === id) ?? AREAS[0]
}

/**
 * Starts fetching an area's code and the areas' texts before the page is rendered: at start, for
 * a returning user, beside the database check. The page's own load then finds both there.
 */
export function preloadArea(id: string): void {
  const loader: () => Promise<unknown> = LOADERS[areaFor(id).id]
  loader().catch(() => {
    // The page's own load tries again and shows the failure in the page.
  })
}
