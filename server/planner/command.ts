import { CATALOG } from "./catalog";
import { buildPlan } from "./plan";
import { parsePlanInput } from "./schema";

/**
 * The planner's command line, without the process: arguments and input text in, exit status
 * and output text out, so it can be tested without spawning anything. cli.ts wires it to the
 * real process, files and stdin.
 *
 *   plan <input.json | ->   prints the plan as JSON
 *   plan --catalog          prints the exercise catalogue as a JSON array
 * Invalid input exits with status 2, prints nothing on stdout and names each bad field on stderr.
 */

export interface CommandIo {
  /** Reads a file, or stdin for "-"; throws when it cannot. */
  read(source: string): string;
}

export interface CommandResult {
  status: 0 | 2;
  stdout: string;
  stderr: string;
}

export const USAGE = "usage: npm run --silent plan -- <input.json | -> | --catalog";

const fail = (...lines: string[]): CommandResult => ({
  status: 2,
  stdout: "",
  stderr: lines.map((l) => `${l}\n`).join(""),
});
const print = (value: unknown): CommandResult => ({
  status: 0,
  stdout: `${JSON.stringify(value, null, 2)}\n`,
  stderr: "",
});

export function runCommand(args: readonly string[], io: CommandIo): CommandResult {
  if (args.length !== 1) return fail(USAGE);
  const [arg = ""] = args;
  if (arg === "--catalog") return print(CATALOG);
  if (arg.startsWith("--")) return fail(`unknown option ${arg}`, USAGE);
  let text: string;
  try {
    text = io.read(arg);
  } catch (error) {
    return fail(`${arg}: cannot read (${error instanceof Error ? error.message : String(error)})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/\s+/g, " ") : String(error);
    return fail(`input: not valid JSON (${why})`);
  }
  const parsed = parsePlanInput(raw);
  if (!parsed.ok) return fail(...parsed.errors);
  return print(buildPlan(parsed.input));
}
