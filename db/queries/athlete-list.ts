import { sql } from "drizzle-orm";
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
    ),
    -- Unread comments counted for all the athletes in one pass with one join to the coach's read
    -- marks; counted athlete by athlete, each comment looked its mark up on its own, and the list
    -- statement took about 28 ms instead of 12 once the athletes had some 5,000 comments.
    unread as (
      select c.athlete_id, count(*)::int as comments
      from l join comments c on c.athlete_id = l.athlete_id
        left join comment_reads cr on cr.reader_id = ${coachId} and cr.athlete_id = c.athlete_id
          and cr.subject = c.subject
      where c.deleted_at is null and c.author_id is distinct from ${coachId}
        and c.created_at > coalesce(cr.last_read_at, '-infinity')
      group by c.athlete_id
    )
    select l.athlete_id, l.name, l.today::text as today, p.id as plan_id,
      -- The run calendar's digest is kept by triggers on runs (migration 0009_run_calendar_digest), the
      -- same calendarFingerprint the plan stored when its sessions were placed: two strings to compare
      -- instead of hashing every athlete's whole calendar on each view.
      coalesce(p.calendar_fingerprint <> l.run_calendar_digest, false) as replan_waiting,
      coalesce(unread.comments, 0) as unread_comments,
      exists (select 1 from comments c
        where c.athlete_id = l.athlete_id and c.author_id = l.athlete_id and c.deleted_at is null
          and c.created_at <= ${at}::timestamptz - interval '24 hours'
          and not exists (select 1 from comments reply where reply.athlete_id = c.athlete_id
            and reply.subject = c.subject and reply.created_at > c.created_at and reply.deleted_at is null
            and reply.author_id is distinct from c.author_id)
      ) as unanswered_comment
    from l left join plans p on p.athlete_id = l.athlete_id and p.status = 'active'
      left join unread on unread.athlete_id = l.athlete_id
  `);
  return rowsOf<AthleteListRow>(result);
}
