import { sql } from "drizzle-orm";
import type { Database } from "../client";

/**
 * The coach's athlete list in two statements, however many athletes: one for who they are and
 * the flags that need no aggregate (plan, next race, last activity, re-plan waiting, comments),
 * one for the adherence sums over the last 30 days. "Today" is each athlete's own date, from the
 * injected clock and their time zone.
 */

function rowsOf<T>(result: unknown): T[] {
  // postgres-js returns the rows array itself; PGlite returns { rows }.
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export interface AthleteListRow {
  athlete_id: string;
  name: string;
  today: string;
  plan_id: string | null;
  next_race: string | null;
  last_activity: string | null;
  replan_waiting: boolean;
  unread_comments: number;
  unanswered_comment: boolean;
}

/**
 * The run-calendar digest of server/services/plan-tree.ts (calendarFingerprint) in SQL: the
 * SHA-256 of the sorted "date|type|km|minutes" lines, base64url, first 22 characters. Lines are
 * ASCII, so byte order ("C") sorts them as JavaScript does; float8 prints shortest-exact as JS does.
 */
const runLine = sql`r.date::text || '|' || r.type::text || '|' || coalesce(r.distance_km::text, '') || '|' || coalesce(r.duration_min::text, '')`;
const calendarDigest = sql`translate(substr(encode(sha256(convert_to(coalesce(
  (select string_agg(${runLine}, E'\n' order by (${runLine}) collate "C") from runs r where r.athlete_id = l.athlete_id),
  ''), 'UTF8')), 'base64'), 1, 22), '+/', '-_')`;

export async function listCoachedAthletes(db: Database, coachId: string, now: Date): Promise<AthleteListRow[]> {
  const at = now.toISOString();
  const result = await db.execute(sql`
    with l as (
      select u.id as athlete_id, u.name, ((${at}::timestamptz at time zone u.time_zone)::date) as today
      from coach_links cl join users u on u.id = cl.athlete_id
      where cl.coach_id = ${coachId} and cl.status = 'active'
    )
    select l.athlete_id, l.name, l.today::text as today, p.id as plan_id,
      least(
        (select min(r.date) from runs r where r.athlete_id = l.athlete_id and r.type = 'race' and r.date >= l.today),
        case when p.race_date >= l.today then p.race_date end
      )::text as next_race,
      greatest(
        (select max(s.date) from session_logs sl join plan_sessions s on s.id = sl.session_id
          where sl.athlete_id = l.athlete_id and sl.status in ('done', 'partial') and s.date <= l.today),
        (select max(r.date) from run_completions rc join runs r on r.id = rc.run_id
          where rc.athlete_id = l.athlete_id and rc.status = 'done' and r.date <= l.today)
      )::text as last_activity,
      coalesce(p.calendar_fingerprint <> ${calendarDigest}, false) as replan_waiting,
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

export interface AdherenceSumsRow {
  athlete_id: string;
  kind: "strength" | "runs";
  week_done: number;
  week_planned: number;
  d7_done: number;
  d7_planned: number;
  d30_done: number;
  d30_planned: number;
  /** Sessions and runs from the last 7 days before today with nothing done. */
  missed7: number;
  max_rpe7: number | null;
  very_sore7: boolean;
}

/**
 * Adherence sums per athlete and kind over this week (from the athlete's week start), the last 7
 * and the last 30 days, counting only what was due (dated up to today). Strength counts sets:
 * a session ticked done without a set log counts as prescribed, a partial one its logged sets,
 * skipped or unticked nothing. Runs count runs (cross-training and rest days excluded).
 */
export async function sumCoachedAdherence(db: Database, coachId: string, now: Date): Promise<AdherenceSumsRow[]> {
  const at = now.toISOString();
  const result = await db.execute(sql`
    with a as (
      select u.id as athlete_id, u.week_start, ((${at}::timestamptz at time zone u.time_zone)::date) as today
      from coach_links cl join users u on u.id = cl.athlete_id
      where cl.coach_id = ${coachId} and cl.status = 'active'
    ), w as (
      select athlete_id, today, today - 6 as d7, today - 29 as d30,
        case when week_start = 'sunday' then today - extract(dow from today)::int
          else today - (extract(isodow from today)::int - 1) end as week_from
      from a
    ), items as (
      select w.athlete_id, s.date, 'strength' as kind, ex.prescribed as planned,
        case coalesce(sl.status, 'planned')
          when 'done' then case when lg.logged > 0 then least(lg.logged, ex.prescribed) else ex.prescribed end
          when 'partial' then least(lg.logged, ex.prescribed)
          else 0 end as done,
        sl.rpe, sl.soreness::text as soreness
      from w join plans p on p.athlete_id = w.athlete_id and p.status = 'active'
      join plan_sessions s on s.plan_id = p.id and s.date between w.d30 and w.today
      left join session_logs sl on sl.session_id = s.id
      cross join lateral (select coalesce(sum(e.sets), 0)::int as prescribed from session_exercises e where e.session_id = s.id) ex
      cross join lateral (select count(*)::int as logged from set_logs x where x.session_id = s.id) lg
      union all
      select w.athlete_id, r.date, 'runs', 1, case when rc.status = 'done' then 1 else 0 end, null, null
      from w join runs r on r.athlete_id = w.athlete_id and r.date between w.d30 and w.today
        and r.type not in ('cross', 'rest')
      left join run_completions rc on rc.run_id = r.id
    )
    select w.athlete_id, i.kind,
      coalesce(sum(i.done) filter (where i.date >= w.week_from), 0)::int as week_done,
      coalesce(sum(i.planned) filter (where i.date >= w.week_from), 0)::int as week_planned,
      coalesce(sum(i.done) filter (where i.date >= w.d7), 0)::int as d7_done,
      coalesce(sum(i.planned) filter (where i.date >= w.d7), 0)::int as d7_planned,
      coalesce(sum(i.done), 0)::int as d30_done,
      coalesce(sum(i.planned), 0)::int as d30_planned,
      (count(*) filter (where i.date >= w.today - 7 and i.date < w.today and i.done = 0))::int as missed7,
      max(i.rpe) filter (where i.date >= w.d7) as max_rpe7,
      coalesce(bool_or(i.soreness = 'very-sore') filter (where i.date >= w.d7), false) as very_sore7
    from w join items i on i.athlete_id = w.athlete_id
    group by w.athlete_id, i.kind
  `);
  return rowsOf<AdherenceSumsRow>(result);
}
