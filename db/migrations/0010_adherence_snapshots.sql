CREATE TABLE "adherence_snapshots" (
	"athlete_id" uuid PRIMARY KEY NOT NULL,
	"activity_version" integer NOT NULL,
	"today" date NOT NULL,
	"week_from" date NOT NULL,
	"summary" text NOT NULL,
	"format" smallint NOT NULL,
	"next_race" date,
	"last_activity" date
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "activity_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "adherence_snapshots" ADD CONSTRAINT "adherence_snapshots_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Bumps users.activity_version for every athlete a statement on an adherence table touched, whoever
-- wrote it (the app's services, imports, account deletion's cascade, the seeds, psql): a trigger is
-- the one place no write path can forget. Statement-level with transition tables, so a batch of
-- thousands of rows costs one update per athlete. A snapshot made before the bump no longer matches
-- the version, so the next coach's list recounts that athlete (server/services/coaching/athlete-list.ts).
CREATE FUNCTION "bump_activity_version"() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM adherence_snapshots;
    RETURN NULL;
  END IF;
  -- PL/pgSQL plans each statement when it first runs, per table, so the branches may name
  -- transition tables and columns that only some of the tables have.
  IF TG_TABLE_NAME = 'session_exercises' THEN
    -- The one table without an athlete_id: its session has it. A cascade from a deleted session
    -- finds none here, and the session's own delete has bumped.
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT s.athlete_id) INTO touched FROM new_rows n JOIN plan_sessions s ON s.id = n.session_id;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(DISTINCT s.athlete_id) INTO touched FROM old_rows o JOIN plan_sessions s ON s.id = o.session_id;
    ELSE
      SELECT array_agg(DISTINCT s.athlete_id) INTO touched
      FROM (SELECT session_id FROM old_rows UNION SELECT session_id FROM new_rows) e
      JOIN plan_sessions s ON s.id = e.session_id;
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT athlete_id) INTO touched FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT athlete_id) INTO touched FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT a.athlete_id) INTO touched
    FROM (SELECT athlete_id FROM old_rows UNION SELECT athlete_id FROM new_rows) a;
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  -- In id order, as the run calendar digest locks them, so two writers never wait on each other in a circle.
  PERFORM 1 FROM users WHERE id = ANY (touched) ORDER BY id FOR NO KEY UPDATE;
  UPDATE users SET activity_version = activity_version + 1 WHERE id = ANY (touched);
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A trigger with transition tables may have only one event, hence three triggers (and one for
-- TRUNCATE) on each table adherence is counted from.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['plans', 'plan_sessions', 'session_exercises', 'session_logs', 'set_logs', 'runs', 'run_completions']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_activity_version()', t || '_activity_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_activity_version()', t || '_activity_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_activity_version()', t || '_activity_delete', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_activity_version()', t || '_activity_truncate', t);
  END LOOP;
END
$$;
