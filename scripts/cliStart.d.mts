/** Types for scripts/cliStart.mjs (plain JavaScript so that node starts it without compiling). */
export declare const CLI_ENTRY: string
export declare function cliIsFresh(): boolean
export declare function ensureCliBuilt(): Promise<string>
