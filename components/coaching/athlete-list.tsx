"use client";

// A client component on purpose: the page then sends each athlete's figures once, as data, instead
// of the rendered rows twice (as HTML and again as the React tree of the server component), which
// for a coach of 200 athletes was about 470 KB of the 750 KB page and half of its server time.
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { athleteBasePath } from "@/components/athlete/paths";
import { Card } from "@/components/ui/card";
import { formatDay } from "@/components/ui/dates";
import { ADHERENCE_BAND_LABELS, type AdherenceFigure } from "@/server/domain/checkoff-words";
import type { AppRouter } from "@/server/trpc/routers";
import { ButtonLink } from "@/components/ui/button";

type CoachedAthlete = inferRouterOutputs<AppRouter>["coaching"]["athletes"][number];

function percent(figure: AdherenceFigure): string {
  return figure.percent === null ? "–" : `${figure.percent}%`;
}

function Figure({ label, figure }: { label: string; figure: AdherenceFigure }) {
  return (
    <div>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="font-semibold tabular-nums">
        {percent(figure)}
        <span className="sr-only"> ({ADHERENCE_BAND_LABELS[figure.band]})</span>
      </dd>
    </div>
  );
}

/** One word on how it goes: attention wins, then the last 7 days' band. */
function StateBadge({ athlete }: { athlete: CoachedAthlete }) {
  const [label, tone] =
    athlete.attention.length > 0
      ? ["Needs attention", "bg-warn-soft text-warn"]
      : !athlete.planId
        ? ["No plan yet", "bg-raised text-fg"]
        : athlete.last7.band === "on-track" || athlete.last7.band === "none"
          ? ["On track", "bg-brand-soft text-brand-strong"]
          : ["Slipping", "bg-raised text-fg ring-1 ring-line"];
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>{label}</span>;
}

function AthleteRow({ athlete }: { athlete: CoachedAthlete }) {
  const needsAttention = athlete.attention.length > 0;
  return (
    <li className="rounded-xl border border-line p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-base font-semibold">
          <Link
            href={`${athleteBasePath(athlete.athleteId)}/week`}
            className="text-brand-strong underline-offset-4 hover:underline"
          >
            {athlete.name}
          </Link>
        </h3>
        <StateBadge athlete={athlete} />
      </div>
      {needsAttention ? (
        <ul
          className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-warn"
          aria-label={`Why ${athlete.name} needs attention`}
        >
          {athlete.attention.map((item) => (
            <li key={item.reason}>{item.words}</li>
          ))}
        </ul>
      ) : null}
      <dl className="mt-3 grid grid-cols-3 gap-3 text-sm sm:grid-cols-6">
        <Figure label="This week" figure={athlete.thisWeek} />
        <Figure label="7 days" figure={athlete.last7} />
        <Figure label="30 days" figure={athlete.last30} />
        <div>
          <dt className="text-xs text-muted">Next race</dt>
          <dd className="font-semibold">
            {athlete.nextRace
              ? `${formatDay(athlete.nextRace.date, "d MMM")} (${athlete.nextRace.weeksToGo} wk)`
              : "None set"}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Last activity</dt>
          <dd className="font-semibold">{athlete.lastActivity ? formatDay(athlete.lastActivity) : "None yet"}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Unread comments</dt>
          <dd className="font-semibold tabular-nums">{athlete.unreadComments}</dd>
        </div>
      </dl>
    </li>
  );
}

/**
 * Rows in the page's HTML: more than any screen shows at once. The rest are drawn in the browser
 * just after it starts, from the data the page already carries: for a coach of 200 athletes the
 * server then renders an eighth of the rows, and the page is about 230 KB lighter.
 */
const ROWS_IN_HTML = 24;

/** Every row once the page runs in the browser; the first ROWS_IN_HTML while it is rendered on the server. */
function useRowsShown(count: number): number {
  // The server's answer while hydrating, the browser's right after: React's own way to render
  // something different once the page runs in the browser, without a mismatch.
  const inBrowser = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return inBrowser ? count : Math.min(count, ROWS_IN_HTML);
}

const subscribeToNothing = () => () => {};

/** The coach's home: their athletes, those needing attention first, then by the nearest race. */
export function AthleteList({ athletes }: { athletes: CoachedAthlete[] }) {
  const attention = athletes.filter((athlete) => athlete.attention.length > 0).length;
  const shown = useRowsShown(athletes.length);
  return (
    <Card>
      <section aria-labelledby="athletes-heading" className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="athletes-heading" className="text-xl font-bold tracking-tight">
              Your athletes
            </h2>
            <p className="mt-1 text-sm text-muted">
              {athletes.length} {athletes.length === 1 ? "athlete" : "athletes"}
              {attention > 0 ? `, ${attention} needing attention` : ", all on course"}. Adherence counts what was due up
              to today.
            </p>
          </div>
          <ButtonLink href="/coach/templates" variant="secondary">
            Plan templates
          </ButtonLink>
        </div>
        <ul className="space-y-3">
          {athletes.slice(0, shown).map((athlete) => (
            <AthleteRow key={athlete.athleteId} athlete={athlete} />
          ))}
        </ul>
      </section>
    </Card>
  );
}
