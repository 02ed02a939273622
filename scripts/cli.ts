/**
 * npm run cli -- <command> [flags]
 *
 * A small dispatcher: the command `x` is the module scripts/cli/x.ts, which exports
 * `command: Command` (see scripts/cli/command.ts for the interface and the conventions every
 * command follows). `npm run cli -- --help` lists the commands.
 */
/// <reference types="vite/types/importMeta.d.ts" />
import { fileURLToPath } from 'node:url'
import type { Maalform } from '../shared/maalform'
import { echo, EXIT_OK, maalformFromArgs, processIo, reportError, UsageError, type CliIo, type Command } from './cli/command'

// Every module in scripts/cli/ named like a command, found when the CLI is built (vite.cli.config.ts)
// or run by vitest; each is loaded only when its command is asked for.
const MODULES = import.meta.glob<{ command?: Command }>(['./cli/*.ts', '!./cli/*.test.ts', '!./cli/command.ts'])

const moduleName = (path: string): string => path.slice('./cli/'.length, -'.ts'.length)

function commandFiles(): string[] {
  return Object.keys(MODULES)
    .map(moduleName)
    .filter((name) => /^[a-z][a-z0-9-]*$/.test(name))
    .sort()
}

async function load(name: string): Promise<Command | undefined> {
  const loader = MODULES[`./cli/${name}.ts`]
  if (!loader || !commandFiles().includes(name)) return undefined
  const module = await loader()
  return module.command?.name === name ? module.command : undefined
}

async function allCommands(): Promise<Command[]> {
  const loaded = await Promise.all(commandFiles().map(load))
  return loaded.filter((c): c is Command => c !== undefined)
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let maalform: Maalform = 'nb'
  try {
    maalform = maalformFromArgs(argv) ?? 'nb'
    const [name, ...rest] = argv
    const help = (args: string[]): boolean => args.includes('--help') || args.includes('-h')
    if (name === undefined || name.startsWith('-')) {
      const names = (await allCommands()).map((c) => c.name).join(', ')
      if (name === undefined || !help([name])) {
        throw new UsageError({
          nn: `Skriv ein kommando først (${names}), til dømes: npm run cli -- beregn --kommune 1223`,
          nb: `Skriv en kommando først (${names}), for eksempel: npm run cli -- beregn --kommune 1223`
        })
      }
      io.out(maalform === 'nn' ? 'npm run cli -- <kommando> [val]   (--help etter kommandoen viser vala)' : 'npm run cli -- <kommando> [valg]   (--help etter kommandoen viser valgene)')
      for (const c of await allCommands()) io.out(`  ${c.name.padEnd(14)} ${c.summary[maalform]}`)
      return EXIT_OK
    }
    const command = await load(name)
    if (!command) {
      const names = (await allCommands()).map((c) => c.name).join(', ')
      throw new UsageError({
        nn: `Ukjend kommando «${echo(name)}». Kommandoar: ${names}.`,
        nb: `Ukjent kommando «${echo(name)}». Kommandoer: ${names}.`
      })
    }
    if (help(rest)) {
      for (const line of command.usage[maalform].split('\n')) io.out(line)
      return EXIT_OK
    }
    return await command.run(rest, io)
  } catch (error) {
    return reportError(io, error, maalform)
  }
}

/** Runs the CLI as a process: the arguments from the command line, the exit status set when done. */
export function runProcess(): void {
  // `npm run cli -- landsoversikt | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  void main(process.argv.slice(2), processIo).then((status) => {
    process.exitCode = status
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runProcess()
