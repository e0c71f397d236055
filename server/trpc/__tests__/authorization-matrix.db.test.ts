import { beforeAll, expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { appRouter } from "../routers";
import { codeOf } from "./codes";
import { ACTORS, matrixFixture, type Actor, type MatrixFixture } from "./matrix/fixture";
import { ALLOWED, MATRIX } from "./matrix/rows";

/**
 * Authorization stays one rule, proved for every procedure the router has: each one is called
 * as the athlete, a linked coach, a pending coach, an ended coach, a coach of someone else,
 * another athlete and a signed-out visitor. A procedure without a row in MATRIX fails here.
 */

const PROCEDURES = Object.keys(appRouter._def.procedures).sort();
const REFUSED_SIGNED_IN = ["FORBIDDEN", "NOT_FOUND"];

type Call = (input: unknown) => Promise<unknown>;

function procedureAt(caller: unknown, path: string): Call {
  let node: unknown = caller;
  for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
  if (typeof node !== "function") throw new Error(`${path} is not callable`);
  return node as Call;
}

it("knows the router's procedures", () => {
  expect(PROCEDURES.length).toBeGreaterThan(40);
  expect(PROCEDURES).toContain("comments.add");
});

it("has no row for a procedure the router does not have", () => {
  expect(Object.keys(MATRIX).filter((path) => !PROCEDURES.includes(path))).toEqual([]);
});

describeWithDatabase("authorization matrix", (db) => {
  let fixture: MatrixFixture;
  beforeAll(async () => {
    fixture = await matrixFixture(db());
  }, 120_000);

  for (const path of PROCEDURES) {
    it(path, async () => {
      const row = MATRIX[path];
      if (!row) throw new Error(`no matrix row for ${path}`);
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      // Refused callers first, so the allowed calls' side effects cannot explain a refusal.
      const order = [...ACTORS].sort(
        (a, b) => Number(ALLOWED[row.kind].includes(a)) - Number(ALLOWED[row.kind].includes(b)),
      );
      for (const actor of order) {
        const allowed = ALLOWED[row.kind].includes(actor);
        const input = await row.input(fixture, actor);
        const caller = row.standIn ? await row.standIn(fixture, actor) : fixture.caller(actor);
        const code = await codeOf(procedureAt(caller, path)(input));
        outcomes[actor] = code;
        expected[actor] = expectedFor(allowed, actor, code);
        if (allowed && row.after) await row.after(fixture);
      }
      expect(outcomes).toEqual(expected);
    });
  }
});

/** What the actor must get: success when allowed, UNAUTHORIZED signed out, FORBIDDEN or NOT_FOUND otherwise. */
function expectedFor(allowed: boolean, actor: Actor, code: string): string {
  if (allowed) return "resolved";
  if (actor === "anonymous") return "UNAUTHORIZED";
  return REFUSED_SIGNED_IN.includes(code) ? code : "FORBIDDEN or NOT_FOUND";
}
