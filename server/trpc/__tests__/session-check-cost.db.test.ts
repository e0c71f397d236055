import { performance } from "node:perf_hooks";
import { expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { signIn } from "../../services/accounts";
import { verifySignedIn } from "../../services/auth-sessions";
import { callerFor, signedUpCaller } from "./caller";

const ROUNDS = 300;

async function meanMicroseconds(work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i += 1) await work(); // warm up
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i += 1) await work();
  return ((performance.now() - start) * 1000) / ROUNDS;
}

/**
 * What the per-request session check costs: health.ping alone (no database work) against the
 * check plus health.ping, as every signed-in request now pays it. Prints the numbers; asserts the
 * check is one indexed statement.
 */
describeWithDatabase("session check cost", (db, target) => {
  it("is one primary-key lookup per request, which also reads the caller's profile", async () => {
    const { user } = await signedUpCaller(db());
    const outcome = await signIn(
      db(),
      { email: user.email, password: "correct-horse-9" },
      { clientAddress: null, now: new Date() },
    );
    if (!outcome.ok) throw new Error("sign-in failed");
    const claims = { userId: user.id, sessionId: outcome.sessionId };

    const statements = await db.statementsOf(() => verifySignedIn(db(), claims));
    expect(statements).toHaveLength(1);
    // The session by its primary key, joined to its user for the profile every page needs.
    expect(statements[0]).toMatch(
      /from "auth_sessions" inner join "users" on "users"\."id" = "auth_sessions"\."user_id" where \("auth_sessions"\."id" = \$1/,
    );
    expect(await verifySignedIn(db(), claims)).toMatchObject({ profile: { id: user.id, email: user.email } });

    const caller = callerFor(db(), user.id);
    const ping = await meanMicroseconds(() => caller.health.ping());
    const checked = await meanMicroseconds(async () => {
      const signedIn = await verifySignedIn(db(), claims);
      return callerFor(db(), signedIn?.userId ?? null).health.ping();
    });
    console.log(
      `[${target}] health.ping ${ping.toFixed(0)} µs; session check + health.ping ${checked.toFixed(0)} µs; ` +
        `the check costs ${(checked - ping).toFixed(0)} µs per request (${ROUNDS} rounds)`,
    );
    expect(checked).toBeGreaterThan(ping);
  });
});
