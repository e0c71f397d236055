import { sql } from "drizzle-orm";
import type { AdherenceFact } from "../../server/domain/adherence";
import { NOT_RUNNING } from "../../server/domain/enums";
import type { Database } from "../client";
import { rowsOf } from "../rows";
import { adherenceSnapshots } from "../schema";

/**
 * What the coach's list counts from each athlete's training (adherence, next race, last
 * activity), kept in adherence_snapshots. A snapshot holds while the athlete's activity_version
 * (bumped by triggers on every table it counts, migration 0010), their today and week start, and
 * the make of summary are the ones it was made with; otherwise the athlete is counted again.
 */

export interface AdherenceFactRow extends AdherenceFact {
  /** Which windows the facts fall in: this week (from the athlete's week start), the last 7 days. */
  in_week: boolean;
  in_7_days: boolean;
  /** Dated in the 7 days before today: a planned or skipped item there was missed. */
  before_today_7: boolean;
  max_rpe: number | null;
  very_sore: boolean;
}

/** What a snapshot is made for: the athlete's version of their training, their today and week. */
export interface SnapshotStamp {
  athleteId: string;
  activityVersion: number;
  today: string;
  weekFrom: string;
}

/** A snapshot that still holds: the summary as it was saved (JSON text). */
export interface KeptSnapshot {
  athleteId: string;
  summary: string;
  nextRace: string | null;
  lastActivity: string | null;
}

/** An athlete counted again: their facts, and the stamp to save the new summary under. */
export interface StaleSnapshot {
  stamp: SnapshotStamp;
  facts: AdherenceFactRow[];
  nextRace: string | null;
  lastActivity: string | null;
}

interface SnapshotReadRow {
  athlete_id: string;
  summary: string | null;
  facts: string | null;
  next_race: string | null;
  last_activity: string | null;
  activity_version: number;
  today: string;
  week_from: string;
}

/**
 * Every coached athlete's snapshot in one statement: kept summaries as they are, and for the
 * others the last 30 days' adherence facts up to their today, grouped by window, kind and
 * status, with the next race and last activity. The facts count what db/queries/adherence.ts
 * counts (the active plan's sessions but optional travel ones, checked-off sessions of archived
 * plans; runs but cross-training and rest), for many athletes at once. Facts and version come
 * from one snapshot of the database, so a write that lands meanwhile bumps the version past the
 * one they are saved under, and the next visit counts that athlete again.
 */
export async function readAthleteSnapshots(
  db: Database,
  query: { coachId: string; now: Date; format: number },
): Promise<{ kept: KeptSnapshot[]; stale: StaleSnapshot[] }> {
  const at = query.now.toISOString();
  const notRunning = sql.join(
    NOT_RUNNING.map((type) => sql`${type}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with a as (
      -- By primary key: the coach's athletes are a few hundred of many thousands of users.
      select u.id as athlete_id, u.week_start, u.activity_version,
        ((${at}::timestamptz at time zone u.time_zone)::date) as today
      from users u
      where u.id = any (array(select cl.athlete_id from coach_links cl
        where cl.coach_id = ${query.coachId} and cl.status = 'active'))
    ), w as (
      select athlete_id, activity_version, today,
        today - ((extract(dow from today)::int - case when week_start = 'sunday' then 0 else 1 end + 7) % 7) as week_from
      from a
    ), kept as (
      select w.*, snap.summary, snap.next_race, snap.last_activity
      from w join adherence_snapshots snap on snap.athlete_id = w.athlete_id
        and snap.activity_version = w.activity_version and snap.today = w.today
        and snap.week_from = w.week_from and snap.format = ${query.format}
    ), stale as (
      select w.* from w where not exists (select 1 from kept where kept.athlete_id = w.athlete_id)
    ), items as (
      select w.athlete_id, s.date, 'strength' as kind, coalesce(sl.status::text, 'planned') as status,
        (select coalesce(sum(e.sets), 0)::int from session_exercises e where e.session_id = s.id) as prescribed,
        -- Logged sets count only towards a partly done session (server/domain/adherence.ts, doneOf):
        -- the others skip the lookup.
        case when sl.status = 'partial'
          then (select count(*)::int from set_logs x where x.session_id = s.id) else 0 end as logged,
        sl.rpe, sl.soreness::text as soreness
      from stale w join plan_sessions s on s.athlete_id = w.athlete_id and s.date between w.today - 29 and w.today
      join plans p on p.id = s.plan_id
      left join session_logs sl on sl.session_id = s.id
      where not s.optional and (p.status = 'active' or coalesce(sl.status::text, 'planned') <> 'planned')
      union all
      select w.athlete_id, r.date, 'run', coalesce(rc.status::text, 'planned'), 1, 0, null, null
      from stale w join runs r on r.athlete_id = w.athlete_id and r.date between w.today - 29 and w.today
        and r.type::text not in (${notRunning})
      left join run_completions rc on rc.run_id = r.id
    ), facts as (
      select i.athlete_id, i.kind, i.status,
        i.date >= w.week_from as in_week,
        i.date >= w.today - 6 as in_7_days,
        (i.date >= w.today - 7 and i.date < w.today) as before_today_7,
        count(*)::int as items,
        sum(i.prescribed)::int as prescribed,
        sum(least(i.logged, i.prescribed))::int as logged,
        max(i.rpe)::int as max_rpe,
        coalesce(bool_or(i.soreness = 'very-sore'), false) as very_sore
      from items i join stale w on w.athlete_id = i.athlete_id
      group by i.athlete_id, i.kind, i.status, 4, 5, 6
    )
    select athlete_id, summary, null as facts, next_race::text, last_activity::text,
      activity_version, today::text, week_from::text
    from kept
    union all
    -- One JSON array of facts per athlete (empty when there is nothing to count): the driver then
    -- parses one value per athlete instead of a row per fact.
    select w.athlete_id, null, coalesce(f.facts, '[]'),
      least(
        (select min(r.date) from runs r where r.athlete_id = w.athlete_id and r.type = 'race' and r.date >= w.today),
        (select p.race_date from plans p
          where p.athlete_id = w.athlete_id and p.status = 'active' and p.race_date >= w.today)
      )::text,
      -- Newest first down the (athlete, date) indexes, stopping at the first ticked one: a max() over
      -- every check-off cost five times as much with a block's worth of them.
      greatest(
        (select s.date from plan_sessions s where s.athlete_id = w.athlete_id and s.date <= w.today
          and exists (select 1 from session_logs sl where sl.session_id = s.id and sl.status in ('done', 'partial'))
          order by s.date desc limit 1),
        (select r.date from runs r where r.athlete_id = w.athlete_id and r.date <= w.today
          and exists (select 1 from run_completions rc where rc.run_id = r.id and rc.status = 'done')
          order by r.date desc limit 1)
      )::text,
      w.activity_version, w.today::text, w.week_from::text
    from stale w left join (select athlete_id, json_agg(facts)::text as facts from facts group by athlete_id) f
      on f.athlete_id = w.athlete_id
  `);
  const kept: KeptSnapshot[] = [];
  const stale: StaleSnapshot[] = [];
  for (const row of rowsOf<SnapshotReadRow>(result)) {
    const found = { nextRace: row.next_race, lastActivity: row.last_activity };
    if (row.summary !== null) kept.push({ athleteId: row.athlete_id, summary: row.summary, ...found });
    else {
      const stamp = {
        athleteId: row.athlete_id,
        activityVersion: row.activity_version,
        today: row.today,
        weekFrom: row.week_from,
      };
      stale.push({ stamp, facts: JSON.parse(row.facts ?? "[]") as AdherenceFactRow[], ...found });
    }
  }
  return { kept, stale };
}

export interface NewSnapshot extends SnapshotStamp {
  summary: string;
  format: number;
  nextRace: string | null;
  lastActivity: string | null;
}

/**
 * Saves new summaries in one statement. In athlete order, so two lists saving the same athletes at
 * once take their rows in one order; the later save wins, and either is right for its version.
 */
export async function saveAthleteSnapshots(db: Database, snapshots: NewSnapshot[]): Promise<void> {
  if (snapshots.length === 0) return;
  const ordered = [...snapshots].sort((a, b) => (a.athleteId < b.athleteId ? -1 : 1));
  await db
    .insert(adherenceSnapshots)
    .values(ordered)
    .onConflictDoUpdate({
      target: adherenceSnapshots.athleteId,
      set: {
        activityVersion: sql`excluded.activity_version`,
        today: sql`excluded.today`,
        weekFrom: sql`excluded.week_from`,
        summary: sql`excluded.summary`,
        format: sql`excluded.format`,
        nextRace: sql`excluded.next_race`,
        lastActivity: sql`excluded.last_activity`,
      },
    });
}
