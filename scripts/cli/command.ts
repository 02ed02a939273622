/**
 * What every subcommand of `npm run cli -- <command> ...` shares: the command interface, one
 * argument parser, one way to fail. scripts/cli.ts finds the commands as the modules in this
 * folder (scripts/cli/<name>.ts) that export `command`.
 *
 * Conventions, the same for every command:
 *  - flags are `--name value` or `--name=value`; boolean flags take no value; no positional arguments
 *    unless a command asks for them;
 *  - `--maalform nn|nb` chooses the language of all output, errors included;
 *  - bad input (unknown flag, missing or bad value, unknown kommune) → exit status 2 and exactly
 *    one line on stderr; an unexpected failure → exit status 1 and one line on stderr;
 *  - `--help` prints the usage on stdout and exits 0.
 */
import { describeFileError } from '../../node/fileError'
import { isMaalform, type Maalform, type Tekst } from '../../shared/maalform'

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

/** Where a command writes; lines without their newline. Tests pass their own. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
}

export interface Command {
  /** The subcommand as typed: "beregn". */
  name: string
  /** One line for the command list. */
  summary: Tekst
  /** What `--help` prints: the synopsis and the flags, several lines. */
  usage: Tekst
  /** Runs with the arguments after the subcommand; resolves to the exit status. */
  run(args: string[], io: CliIo): Promise<number>
}

/** Bad input from the user: the message is shown as it is, in the chosen målform, with exit status 2. */
export class UsageError extends Error {
  constructor(readonly tekst: Tekst) {
    super(tekst.nb)
    this.name = 'UsageError'
  }
}

export type FlagKind = 'string' | 'boolean'

export interface ParsedArgs {
  /** String flags by name (without "--"); absent if not given. */
  values: Record<string, string | undefined>
  /** Boolean flags that were given. */
  switches: Set<string>
  positional: string[]
}

/**
 * Parses `--name value`, `--name=value` and boolean `--name`. Every flag must be in `spec`, a
 * string flag needs a value (not another flag), and no flag may be given twice.
 */
export function parseArgs(args: readonly string[], spec: Record<string, FlagKind>, allowPositional = false): ParsedArgs {
  const parsed: ParsedArgs = { values: {}, switches: new Set(), positional: [] }
  const seen = new Set<string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (!arg.startsWith('--') || arg === '--') {
      if (allowPositional && arg !== '--') {
        parsed.positional.push(arg)
        continue
      }
      throw new UsageError({
        nn: `Uventa argument «${echo(arg)}». Alle val blir skrivne som --namn verdi.`,
        nb: `Uventet argument «${echo(arg)}». Alle valg skrives som --navn verdi.`
      })
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    const kind = spec[name]
    if (!kind) {
      const known = Object.keys(spec)
        .map((f) => `--${f}`)
        .join(', ')
      throw new UsageError({
        nn: `Ukjend val «--${echo(name)}». Gyldige val: ${known}.`,
        nb: `Ukjent valg «--${echo(name)}». Gyldige valg: ${known}.`
      })
    }
    if (seen.has(name)) {
      throw new UsageError({ nn: `Valet --${name} er gitt to gonger.`, nb: `Valget --${name} er gitt to ganger.` })
    }
    seen.add(name)
    if (kind === 'boolean') {
      if (eq !== -1) {
        throw new UsageError({ nn: `Valet --${name} tek ingen verdi.`, nb: `Valget --${name} tar ingen verdi.` })
      }
      parsed.switches.add(name)
      continue
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : args[i + 1]
    if (value === undefined || value.trim() === '' || (eq === -1 && value.startsWith('--'))) {
      throw new UsageError({ nn: `Valet --${name} manglar verdi.`, nb: `Valget --${name} mangler verdi.` })
    }
    if (eq === -1) i++
    parsed.values[name] = value
  }
  return parsed
}

/**
 * The --maalform flag, read before anything else so that even an error about another flag comes
 * in the chosen form. Undefined if not given (the command decides the default).
 */
export function maalformFromArgs(args: readonly string[]): Maalform | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const value = arg === '--maalform' ? args[i + 1] : arg.startsWith('--maalform=') ? arg.slice('--maalform='.length) : undefined
    if (arg !== '--maalform' && value === undefined) continue
    if (isMaalform(value)) return value
    throw new UsageError({
      nn: `--maalform må vere nn (nynorsk) eller nb (bokmål), ikkje «${echo(value ?? '')}».`,
      nb: `--maalform må være nn (nynorsk) eller nb (bokmål), ikke «${echo(value ?? '')}».`
    })
  }
  return undefined
}

/** Collapses a message to the single line the conventions promise. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/**
 * Runs a command body and turns what it throws into the one-line error and exit status the
 * conventions promise. `maalform` is asked at the time of the error, so a command can switch to
 * the kommune's own målform once it knows the kommune.
 */
export async function runGuarded(io: CliIo, maalform: () => Maalform, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (error) {
    return reportError(io, error, maalform())
  }
}

/**
 * The målform a command answers in: --maalform if the user gave it; otherwise bokmål until the
 * command knows the kommune, and then the kommune's own.
 */
export class CommandMaalform {
  readonly chosen: Maalform | undefined
  private current: Maalform | undefined

  constructor(args: readonly string[]) {
    this.chosen = maalformFromArgs(args)
    this.current = this.chosen
  }

  /** Once the kommune is known: its målform, unless the user chose one. */
  settle(own: Maalform): Maalform {
    this.current = this.chosen ?? own
    return this.current
  }

  get value(): Maalform {
    return this.current ?? 'nb'
  }
}

/** Runs a command's body; any error becomes one line on stderr in the målform known by then. */
export function runCommand(
  args: readonly string[],
  io: CliIo,
  body: (maalform: CommandMaalform) => Promise<number>
): Promise<number> {
  let maalform: CommandMaalform | undefined
  return runGuarded(
    io,
    () => maalform?.value ?? 'nb',
    async () => {
      maalform = new CommandMaalform(args)
      return body(maalform)
    }
  )
}

export function reportError(io: CliIo, error: unknown, maalform: Maalform): number {
  if (error instanceof UsageError) {
    io.err(oneLine(error.tekst[maalform]))
    return EXIT_USAGE
  }
  const fileProblem = describeFileError(error, (path) => echo(path, ECHO_PATH_MAX))
  if (fileProblem) {
    io.err(oneLine(fileProblem[maalform]))
    return EXIT_FAILURE
  }
  const detail = error instanceof Error ? error.message : String(error)
  io.err(oneLine(maalform === 'nn' ? `Uventa feil: ${detail}` : `Uventet feil: ${detail}`))
  return EXIT_FAILURE
}

/** "Tysnes", "Tysnes eller Tynset", "Tysnes, Tynset eller Tysfjord". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`
}

/** How much of a typed value a message repeats, and of a file path. */
export const ECHO_MAX = 80
export const ECHO_PATH_MAX = 200

// Terminal escape sequences (CSI "ESC [ … m", OSC "ESC ] … BEL", two-character ones) and the C0/C1
// control characters other than tab and newline: a message must never let typed input drive the terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** A line with every control character and escape sequence taken out (tabs and newlines kept). */
export function withoutControls(line: string): string {
  return line.replace(CONTROL, '')
}

/**
 * User input as a message repeats it: control characters and escape sequences removed, and cut to
 * `max` characters with "…" (a 100 000-character argument is not written back whole).
 */
export function echo(input: string, max = ECHO_MAX): string {
  const chars = Array.from(withoutControls(input.replace(/[\r\n]+/g, ' ')))
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('')
}

/** The process's own stdout and stderr; no line reaches the terminal with a control character in it. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(withoutControls(line) + '\n'),
  err: (line) => process.stderr.write(withoutControls(line) + '\n')
}
