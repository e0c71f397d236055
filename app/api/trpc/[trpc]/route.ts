import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDatabase } from "@/db";
import { currentUserId } from "@/server/auth";
import { appRouter } from "@/server/trpc/routers";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({ db: await getDatabase(), userId: await currentUserId(), now: () => new Date() }),
  });
}

export { handler as GET, handler as POST };
