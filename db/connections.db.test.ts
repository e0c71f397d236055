import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { rowsOf } from "./rows";
import { describeWithDatabase } from "./testing";

describeWithDatabase("the app's database connections", (db, target) => {
  it("never compile a statement just in time", async () => {
    // The coach's list of 200 athletes spent 72 of its 89 ms compiling with JIT (db/client.ts).
    const [row] = rowsOf<{ jit: string; available: boolean }>(
      await db().execute(sql`select current_setting('jit') as jit, pg_jit_available() as available`),
    );
    // A server may have LLVM: the app's connections turn JIT off. PGlite is built without it.
    if (target === "postgres") expect(row?.jit).toBe("off");
    else expect(row?.available).toBe(false);
    // Transactions run on a pool of their own (db/client.ts): the same settings hold there.
    const inside = await db().transaction(async (tx) =>
      rowsOf<{ jit: string }>(await tx.execute(sql`select current_setting('jit') as jit`)),
    );
    if (target === "postgres") expect(inside[0]?.jit).toBe("off");
  });
});
