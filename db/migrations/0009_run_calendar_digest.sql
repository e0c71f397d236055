ALTER TABLE "users" ADD COLUMN "run_calendar_digest" text DEFAULT '47DEQpj8HBSa-_TImW-5JC' NOT NULL;--> statement-breakpoint
-- A distance as JavaScript's String() writes it. float8 prints shortest-exact digits, as JavaScript
-- does, but switches to an exponent at other bounds: below 1e-4 PostgreSQL writes "5e-05" where
-- JavaScript writes "0.00005", and below 1e-6 "1e-07" where JavaScript writes "1e-7". The distance
-- limit (500 km) keeps distances far from 1e15, where the two differ again. Shortest-exact needs
-- extra_float_digits 1 (the default), which run_calendar_digest_of pins; no SET clause here, so the
-- expression inlines into that function's query instead of costing a call per run.
CREATE FUNCTION "run_calendar_number_text"("x" double precision) RETURNS text
LANGUAGE sql STABLE
AS $$
  SELECT CASE WHEN x >= 1e-6 AND x < 1e-4
    THEN '0.' || repeat('0', -split_part(x::text, 'e', 2)::int - 1) || replace(split_part(x::text, 'e', 1), '.', '')
    ELSE replace(x::text, 'e-0', 'e-') END
$$;
--> statement-breakpoint
-- calendarFingerprint of server/services/plan-tree.ts in SQL, for one athlete: the SHA-256 of the
-- sorted "date|type|km|minutes" lines joined by newlines, base64url, first 22 characters. Lines are
-- ASCII, so byte order (collation "C") sorts them as JavaScript's sort() does; distances print as
-- JavaScript prints them (above), and dates as ISO YYYY-MM-DD: both settings are pinned here so a
-- session's own DateStyle or extra_float_digits can never change a digest.
CREATE FUNCTION "run_calendar_digest_of"("athlete" uuid) RETURNS text
LANGUAGE sql STABLE
SET "datestyle" = 'ISO, YMD' SET "extra_float_digits" = 1
AS $$
  SELECT translate(substr(encode(sha256(convert_to(
    coalesce(string_agg(lines.line, E'\n' ORDER BY lines.line COLLATE "C"), ''), 'UTF8')), 'base64'), 1, 22), '+/', '-_')
  FROM (
    SELECT r.date::text || '|' || r.type::text || '|' || coalesce(run_calendar_number_text(r.distance_km), '') || '|'
      || coalesce(r.duration_min::text, '') AS line
    FROM runs r WHERE r.athlete_id = "athlete"
  ) lines
$$;
--> statement-breakpoint
-- Keeps users.run_calendar_digest current, for the athletes a statement on runs touched, whatever
-- wrote the runs (the app's services, iCalendar import and feed refresh, account deletion's cascade,
-- the demo and scale seeds, or psql): a trigger is the one place no write path can forget.
-- Statement-level with transition tables, so a batch of 8,000 inserted runs costs one pass per athlete.
CREATE FUNCTION "refresh_run_calendar_digest"() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE users SET run_calendar_digest = '47DEQpj8HBSa-_TImW-5JC' WHERE run_calendar_digest <> '47DEQpj8HBSa-_TImW-5JC';
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n.athlete_id) INTO touched FROM new_runs n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT o.athlete_id) INTO touched FROM old_runs o;
  ELSE
    -- Only rows whose digest fields changed: confirming a type's review or renaming a run costs nothing.
    SELECT array_agg(DISTINCT a.athlete_id) INTO touched
    FROM old_runs o FULL JOIN new_runs n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.athlete_id), (n.athlete_id)) AS a(athlete_id)
    WHERE a.athlete_id IS NOT NULL
      AND (o.athlete_id, o.date, o.type, o.distance_km, o.duration_min)
        IS DISTINCT FROM (n.athlete_id, n.date, n.type, n.distance_km, n.duration_min);
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  -- Lock the athletes first, then read their runs in a new statement: under READ COMMITTED that
  -- statement's snapshot includes the runs of any transaction that held the lock before us, so two
  -- concurrent writers for one athlete can never leave a digest that misses the other's run.
  PERFORM 1 FROM users WHERE id = ANY (touched) ORDER BY id FOR NO KEY UPDATE;
  UPDATE users SET run_calendar_digest = run_calendar_digest_of(id) WHERE id = ANY (touched);
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A trigger with transition tables may have only one event, hence one trigger per kind of write.
CREATE TRIGGER "runs_calendar_digest_insert" AFTER INSERT ON "runs"
REFERENCING NEW TABLE AS new_runs FOR EACH STATEMENT EXECUTE FUNCTION refresh_run_calendar_digest();
--> statement-breakpoint
CREATE TRIGGER "runs_calendar_digest_update" AFTER UPDATE ON "runs"
REFERENCING OLD TABLE AS old_runs NEW TABLE AS new_runs FOR EACH STATEMENT EXECUTE FUNCTION refresh_run_calendar_digest();
--> statement-breakpoint
CREATE TRIGGER "runs_calendar_digest_delete" AFTER DELETE ON "runs"
REFERENCING OLD TABLE AS old_runs FOR EACH STATEMENT EXECUTE FUNCTION refresh_run_calendar_digest();
--> statement-breakpoint
CREATE TRIGGER "runs_calendar_digest_truncate" AFTER TRUNCATE ON "runs"
FOR EACH STATEMENT EXECUTE FUNCTION refresh_run_calendar_digest();
--> statement-breakpoint
-- Existing athletes: users without runs already hold the empty calendar's digest (the default).
UPDATE "users" u SET "run_calendar_digest" = run_calendar_digest_of(u.id)
WHERE EXISTS (SELECT 1 FROM "runs" r WHERE r.athlete_id = u.id);
