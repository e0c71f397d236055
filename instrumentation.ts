/**
 * Next.js calls this once when a server starts, before it serves a request: open and migrate
 * the database, and seed a fresh embedded one with the demo users.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { seedEmbeddedDatabaseOnFirstStart } = await import("./server/demo/first-start");
  await seedEmbeddedDatabaseOnFirstStart();
}
