import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATALOG } from "./catalog";
import { runCommand, USAGE } from "./command";

const root = fileURLToPath(new URL("../..", import.meta.url));
const example = fileURLToPath(new URL("./examples/beginner-4-runs.json", import.meta.url));
const noFiles = {
  read: (): string => {
    throw new Error("no such file");
  },
};
const stdin = (text: string) => ({ read: (source: string) => (source === "-" ? text : readFileSync(source, "utf8")) });

describe("the plan command", () => {
  it("prints the plan of a valid input as JSON", () => {
    const result = runCommand([example], stdin(""));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toMatchObject({ startDate: expect.any(String), weeks: expect.any(Array) });
  });

  it("reads stdin for -", () => {
    const result = runCommand(["-"], stdin(readFileSync(example, "utf8")));
    expect(result.stdout).toBe(runCommand([example], stdin("")).stdout);
  });

  it("prints the catalogue with --catalog", () => {
    const result = runCommand(["--catalog"], noFiles);
    expect(JSON.parse(result.stdout)).toEqual(CATALOG);
  });

  it.each([
    [
      "bad fields",
      '{"raceDate":"2026-02-30","sessionsPerWeek":2,"level":"beginner","equipment":[],"runs":[]}',
      ["raceDate: Use a real date written as YYYY-MM-DD."],
    ],
    ["missing fields", "{}", ["sessionsPerWeek: required", "level: required", "equipment: required", "runs: required"]],
    ["not JSON", "{oops", [expect.stringMatching(/^input: not valid JSON/)]],
  ])("exits 2 on %s, prints nothing on stdout and names each bad field on stderr", (_label, text, lines) => {
    const result = runCommand(["-"], stdin(text));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toEqual(lines);
  });

  it("exits 2 on a missing file or a bad usage", () => {
    expect(runCommand(["nope.json"], noFiles)).toMatchObject({
      status: 2,
      stdout: "",
      stderr: expect.stringMatching(/^nope\.json: cannot read/),
    });
    expect(runCommand([], noFiles)).toEqual({ status: 2, stdout: "", stderr: `${USAGE}\n` });
    expect(runCommand(["--verbose"], noFiles).status).toBe(2);
  });

  it("runs as npm run --silent plan, with the exit status and streams of the real process", () => {
    const ok = spawnSync("npx", ["tsx", "server/planner/cli.ts", "-"], {
      cwd: root,
      input: readFileSync(example),
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).weeks).toHaveLength(16);
    const bad = spawnSync("npx", ["tsx", "server/planner/cli.ts", "-"], {
      cwd: root,
      input: '{"raceDate":"soon"}',
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("raceDate: Use a real date written as YYYY-MM-DD.\n");
  });
});
