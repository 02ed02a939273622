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

/**
 * The libraries the first screen runs (React, i18next, the design system's custom elements and
 * what they are built on) in one chunk. Left to itself the bundler cuts the start-up code into
 * 17 files by which lazy areas share each piece; every file is a request the first screen waits
 * for (six at a time over HTTP/1.1 in the web build), so one chunk for these (BENCHMARKS.md,
 * issue 11). Only libraries the first screen itself imports belong here: one used by a lazy area
 * alone would be pulled into the start-up JavaScript. Dexie is not one: a first start shows the
 * setup before the database is opened (renderer/src/profile/storedProfile.ts).
 */
const FIRST_SCREEN_LIBRARIES =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|@digdir[\\/]designsystemet-web|@u-elements|@floating-ui)[\\/]/

/**
 * The rest of what the first screen loads (the app's own modules that index.html reaches by static
 * imports: `$initial`) in the entry's chunk too. Left to itself the bundler made a small file of
 * every piece a lazy area shares with the first screen (8 of them, 0.2–5 kB each), and the page
 * could evaluate none of its modules before the last had come (modules wait for their whole static
 * graph); over HTTP/1.1's six connections the last arrived some 200 ms after the libraries. Now
 * 3 files: the entry, the libraries, the bundler's runtime. It adds no byte to the start: these
 * modules were loaded at start anyway.
 */
const FIRST_SCREEN_APP = { name: 'start', tags: ['$initial' as const] }

export const output = { codeSplitting: { groups: [{ name: 'vendor', test: FIRST_SCREEN_LIBRARIES }, FIRST_SCREEN_APP] } }
