/**
 * Build settings the Electron window and the web build share. The design system's React package
 * declares no "sideEffects", so without this every component it has (and their floating-ui,
 * virtual-list and combobox code) would be in the start-up JavaScript; its modules only define
 * components, so the unused ones can be left out. Its web package (custom elements that register
 * themselves) keeps its side effects, except the one element the app never uses: the Suggestion
 * (`ds-suggestion`, with the `u-combobox` and `u-datalist` it is built on), which the web package
 * registers at start for every page that has a text field. Leaving it out takes about 6.5 kB gzip
 * off the start-up JavaScript (BENCHMARKS.md). An area that starts to use Suggestion must take
 * these three out of UNUSED_ELEMENTS, or the element will not be there.
 */
const UNUSED_ELEMENTS = ['/@digdir/designsystemet-web/dist/esm/suggestion/', '/@u-elements/u-combobox/', '/@u-elements/u-datalist/']

export function hasSideEffects(id: string): boolean {
  if (id.includes('/@digdir/designsystemet-react/')) return false
  return !UNUSED_ELEMENTS.some((part) => id.includes(part))
}

export const treeshake = { moduleSideEffects: hasSideEffects }
