import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { athleteBasePath } from "@/components/athlete/paths";
import { WeekRun } from "@/components/checkoff/week-run";
import { WeekCommentsIsland } from "@/components/comments/islands";
import { serverCaller } from "@/server/trpc/server";
import { WeekBoard } from "./week-board";
import { NoSessionsNotice, WeekNavigation } from "./week-navigation";

/**
 * The week view as a page, rendered on the server: what only displays stays here, and the board
 * (drag and drop, moves, check-offs) and the comment thread are the parts that run in the browser.
 * The athlete's /week and a coach's /athletes/[id]/week both render it.
 */
export async function WeekPage({ title, date, athleteId }: { title: string; date?: string; athleteId?: string }) {
  const week = await (await serverCaller()).plans.week({ date, athleteId }).catch(signInOnExpiry);
  const basePath = athleteId ? athleteBasePath(athleteId) : "";
  const hasPlan = week.days.some((day) => day.sessions.length > 0);
  const runs = Object.fromEntries(
    week.days.map((day) => [
      day.date,
      day.runs.map((run) => <WeekRun key={run.id} run={run} units={week.athlete.units} />),
    ]),
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      <WeekNavigation
        basePath={basePath}
        weekStart={week.weekStart}
        previous={week.previousWeek}
        next={week.nextWeek}
        today={week.today}
      />
      {hasPlan ? null : <NoSessionsNotice basePath={basePath} />}
      <WeekBoard week={week} runs={runs} />
      <WeekCommentsIsland key={week.weekStart} weekStart={week.weekStart} />
    </div>
  );
}

/**
 * The layout sends a signed-out reader to sign in, but the page renders alongside it: a session
 * that ended meanwhile goes the same way instead of surfacing as an error.
 */
function signInOnExpiry(error: unknown): never {
  if (error instanceof TRPCError && error.code === "UNAUTHORIZED") redirect("/sign-in");
  throw error;
}
