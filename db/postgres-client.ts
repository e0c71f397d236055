import type { ReservedSql, Sql } from "postgres";

/**
 * The postgres.js client as drizzle gets it, with two changes. Both are measured or reproduced
 * with postgres.js 3.4.9 and tested in scripts/postgres-client.infra.ts.
 *
 * Named statements. drizzle sends every statement unnamed; for an unnamed statement with
 * parameters postgres.js first asks the server for the parameter types and only then sends the
 * values (two round trips), and PostgreSQL parses and plans the text every time. Named, a statement
 * is described once per connection and each later use is one round trip with its plan kept (the
 * week view's statements went from about 2.4 ms to 0.6 ms each on the 10,000-athlete data set).
 * Statements with more parameters than MAX_NAMED_PARAMETERS, such as a plan's batched inserts
 * whose text changes with their row count, stay unnamed so each connection keeps few.
 *
 * Transactions on a reserved connection of their own pool. postgres.js's own `begin` can send
 * BEGIN on a connection that other queries are pipelined on; under load it then fails with
 * UNSAFE_TRANSACTION, or leaves the connection in the pool with the transaction open so unrelated
 * statements run inside it (the bug is reported upstream as porsager/postgres#823 and #1189).
 * Here a transaction first reserves an idle connection for itself (waiting for one when all are
 * busy), then sends BEGIN, its statements and COMMIT or ROLLBACK there, and gives the connection
 * back. It reserves from `transactions`, a pool no statement is pipelined on: postgres.js hands a
 * reservation only a connection with nothing pipelined, which a busy shared pool may never have.
 */
export const MAX_NAMED_PARAMETERS = 64;

type Unsafe = Sql["unsafe"];
type QueryOptions = NonNullable<Parameters<Unsafe>[2]>;
type Work = (sql: Sql) => unknown;

export function wrapPostgresClient(sql: Sql, transactions: Sql): Sql {
  return new Proxy(sql, {
    get(target, key, receiver) {
      if (key === "unsafe") return namedUnsafe(target.unsafe.bind(target));
      if (key === "begin") return (...args: unknown[]) => transaction(transactions, args);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/**
 * drizzle sets its date and json handling on the client it is given; the transaction pool must
 * handle values the same way (or json parameters are encoded twice inside a transaction). Call
 * after drizzle() and before the first query.
 */
export function shareTypeHandling(from: Sql, to: Sql): void {
  Object.assign(to.options.parsers, from.options.parsers);
  Object.assign(to.options.serializers, from.options.serializers);
}

function namedUnsafe(unsafe: Unsafe): Unsafe {
  return ((query: string, parameters?: unknown[], options?: QueryOptions) => {
    const count = parameters?.length ?? 0;
    const prepare = count > 0 && count <= MAX_NAMED_PARAMETERS;
    return unsafe(query, parameters as Parameters<Unsafe>[1], { ...options, prepare });
  }) as Unsafe;
}

/** `begin(work)` or `begin(mode, work)`, as postgres.js takes them. */
async function transaction(sql: Sql, args: unknown[]): Promise<unknown> {
  const work = args.at(-1) as Work;
  // The same characters postgres.js allows in a mode such as "isolation level serializable".
  const mode = args.length > 1 ? String(args[0]).replace(/[^a-z ]/gi, "") : "";
  const connection = await sql.reserve();
  try {
    await connection.unsafe(`begin ${mode}`);
    return await inScope(connection, work, "commit", "rollback", { savepoints: 0 });
  } finally {
    connection.release();
  }
}

/** Runs `work` on the reserved connection, then ends the transaction or savepoint either way. */
async function inScope(
  connection: ReservedSql,
  work: Work,
  end: string,
  undo: string,
  count: { savepoints: number },
): Promise<unknown> {
  const scoped: Sql = new Proxy(connection, {
    get(target, key, receiver) {
      if (key === "unsafe") return namedUnsafe(target.unsafe.bind(target));
      if (key === "savepoint")
        return async (...args: unknown[]) => {
          const name = `s${count.savepoints++}`;
          await target.unsafe(`savepoint ${name}`);
          const work = args.at(-1) as Work;
          return inScope(target, work, `release savepoint ${name}`, `rollback to savepoint ${name}`, count);
        };
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  let result: unknown;
  try {
    result = await work(scoped);
  } catch (error) {
    // A rollback that fails (the connection is gone) must not hide why the work failed.
    await connection.unsafe(undo).catch(() => undefined);
    throw error;
  }
  await connection.unsafe(end);
  return result;
}
