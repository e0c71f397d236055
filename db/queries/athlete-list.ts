import { sql } from "drizzle-orm";
import type { AdherenceFact } from "../../server/domain/adherence";
import { NOT_RUNNING } from "../../server/domain/enums";
import type { Database } from "../client";
import { rowsOf } from "../rows";

/**
 * The coach's athlete list in two statements, however many athletes: one for who they are and
 * what changes without their training (plan, re-plan waiting, comments), one for what is counted
 * from their training (adherence over the last 30 days, next race, last activity), kept in
 * snapshots. "Today" is each athlete's own date, from the injected clock and their time zone.
 */

export interface AthleteListRow {
  athlete_id: string;
  name: string;
  today: string;
  plan_id: string | null;
  replan_waiting: boolean;
  unread_comments: number;
  unanswered_comment: boolean;
}

export async function listCoachedAthletes(db: Database, coachId: string, now: Date): Promise<AthleteListRow[]> {
  const at = now.toISOString();
  const result = await db.execute(sql`
    with l as (
      select u.id as athlete_id, u.name, ((${at}::timestamptz at time zone u.time_zone)::date) as today,
        u.run_calendar_digest
      from users u
      where u.id = any (array(select cl.athlete_id from coach_links cl
        where cl.coach_id = ${coachId} and cl.status = 'active'))
    )
    select l.athlete_id, l.name, l.today::text as today, p.id as plan_id,
      -- The run calendar's digest is kept by triggers on runs (migration 0009_run_calendar_digest), the
      -- same calendarFingerprint the plan stored when its sessions were placed: two strings to compare
      -- instead of hashing every athlete's whole calendar on each view.
      coalesce(p.calendar_fingerprint <> l.run_calendar_digest, false) as replan_waiting,
      (select count(*) from comments c
        where c.athlete_id = l.athlete_id and c.deleted_at is null and c.author_id is distinct from ${coachId}
          and c.created_at > coalesce((select cr.last_read_at from comment_reads cr
            where cr.reader_id = ${coachId} and cr.athlete_id = c.athlete_id and cr.subject = c.subject), '-infinity')
      )::int as unread_comments,
      exists (select 1 from comments c
        where c.athlete_id = l.athlete_id and c.author_id = l.athlete_id and c.deleted_at is null
          and c.created_at <= ${at}::timestamptz - interval '24 hours'
          and not exists (select 1 from comments reply where reply.athlete_id = c.athlete_id
            and reply.subject = c.subject and reply.created_at > c.created_at and reply.deleted_at is null
            and reply.author_id is distinct from c.author_id)
      ) as unanswered_comment
    from l left join plans p on p.athlete_id = l.athlete_id and p.status = 'active'
  `);
  return rowsOf<AthleteListRow>(result);
}

export interface AdherenceFactRow extends AdherenceFact {
  athlete_id: string;
  /** Which windows the facts fall in: this week (from the athlete's week start), the last 7 days. */
  in_week: boolean;
  in_7_days: boolean;
  /** Dated in the 7 days before today: a planned or skipped item there was missed. */
  before_today_7: boolean;
  max_rpe: number | null;
  very_sore: boolean;
}

interface SnapshotRow {
  athlete_id: string;
  facts: string;
  next_race: string | null;
  last_activity: string | null;
}

/** What is counted from one athlete's training, for the coach's list. */
export interface AthleteSnapshot {
  athleteId: string;
  facts: AdherenceFactRow[];
  /** The nearest race on or after today: a race-type run or the active plan's race day. */
  nextRace: string | null;
  /** The last day, up to today, a session was done (or partly) or a run was done. */
  lastActivity: string | null;
}

/**
 * For every coached athlete: the adherence facts over the last 30 days up to their today, grouped
 * by window, kind and status, with the next race and last activity. The facts count what
 * db/queries/adherence.ts counts (the active plan's sessions but optional travel ones,
 * checked-off sessions of archived plans; runs but cross-training and rest), for many athletes
 * at once; server/domain/adherence.ts turns them into figures, as for one athlete.
 *
 * Each athlete's figures are kept in adherence_snapshots: only athletes whose snapshot no longer
 * matches (something they did or were prescribed changed, or their day or week start moved on)
 * are counted again, and their new snapshot is saved by the same statement. Facts and version
 * come from one snapshot of the database, so a write that lands meanwhile bumps the version past
 * the one saved, and the next visit counts that athlete again.
 */
export async function coachedAthleteSnapshots(db: Database, coachId: string, now: Date): Promise<AthleteSnapshot[]> {
  const at = now.toISOString();
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
        where cl.coach_id = ${coachId} and cl.status = 'active'))
    ), w as (
      select athlete_id, activity_version, today,
        today - ((extract(dow from today)::int - case when week_start = 'sunday' then 0 else 1 end + 7) % 7) as week_from
      from a
    ), kept as (
      select w.athlete_id, snap.facts, snap.next_race, snap.last_activity
      from w join adherence_snapshots snap on snap.athlete_id = w.athlete_id
        and snap.activity_version = w.activity_version and snap.today = w.today and snap.week_from = w.week_from
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
    ), fresh as (
      -- One JSON array per athlete (an athlete with nothing to count gets an empty one, and a snapshot
      -- too): the driver parses one value per athlete instead of a row per fact.
      select w.athlete_id, w.activity_version, w.today, w.week_from, coalesce(f.facts, '[]') as facts,
        least(
          (select min(r.date) from runs r where r.athlete_id = w.athlete_id and r.type = 'race' and r.date >= w.today),
          (select p.race_date from plans p
            where p.athlete_id = w.athlete_id and p.status = 'active' and p.race_date >= w.today)
        ) as next_race,
        -- Newest first down the (athlete, date) indexes, stopping at the first ticked one: a max() over
        -- every check-off cost five times as much with a block's worth of them.
        greatest(
          (select s.date from plan_sessions s where s.athlete_id = w.athlete_id and s.date <= w.today
            and exists (select 1 from session_logs sl where sl.session_id = s.id and sl.status in ('done', 'partial'))
            order by s.date desc limit 1),
          (select r.date from runs r where r.athlete_id = w.athlete_id and r.date <= w.today
            and exists (select 1 from run_completions rc where rc.run_id = r.id and rc.status = 'done')
            order by r.date desc limit 1)
        ) as last_activity
      from stale w left join (select athlete_id, json_agg(facts)::text as facts from facts group by athlete_id) f
        on f.athlete_id = w.athlete_id
    ), saved as (
      -- In athlete order, so two lists saving the same athletes at once take their rows in one order.
      insert into adherence_snapshots (athlete_id, activity_version, today, week_from, facts, next_race, last_activity)
      select athlete_id, activity_version, today, week_from, facts, next_race, last_activity
      from fresh order by athlete_id
      on conflict (athlete_id) do update set activity_version = excluded.activity_version,
        today = excluded.today, week_from = excluded.week_from, facts = excluded.facts,
        next_race = excluded.next_race, last_activity = excluded.last_activity
    )
    select athlete_id, facts, next_race::text, last_activity::text from kept
    union all
    select athlete_id, facts, next_race::text, last_activity::text from fresh
  `);
  return rowsOf<SnapshotRow>(result).map((row) => ({
    athleteId: row.athlete_id,
    facts: JSON.parse(row.facts) as AdherenceFactRow[],
    nextRace: row.next_race,
    lastActivity: row.last_activity,
  }));
}
