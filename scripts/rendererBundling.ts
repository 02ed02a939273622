/**
 * Build settings the Electron window and the web build share. The design system's React package
 * declares no "sideEffects", so without this every component it has (and their floating-ui,
 * virtual-list and combobox code) would be in the start-up JavaScript; its modules only define
 * components, so the unused ones can be left out. Its web package (custom elements that register
 * themselves) keeps its side effects.
 */
export const treeshake = {
  moduleSideEffects: (id: string): boolean => !id.includes('/@digdir/designsystemet-react/')
}
