CREATE TYPE "public"."run_status" AS ENUM('planned', 'done', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."skip_reason" AS ENUM('ill', 'injured', 'no-time', 'travel', 'other');--> statement-breakpoint
CREATE TYPE "public"."soreness_level" AS ENUM('none', 'mild', 'sore', 'very-sore');--> statement-breakpoint
ALTER TYPE "public"."session_status" ADD VALUE 'partial' BEFORE 'skipped';--> statement-breakpoint
CREATE TABLE "run_completions" (
	"run_id" uuid PRIMARY KEY NOT NULL,
	"athlete_id" uuid NOT NULL,
	"status" "run_status" NOT NULL,
	"reason" "skip_reason",
	"actual_distance_km" double precision,
	"actual_minutes" integer,
	"client_id" uuid NOT NULL,
	"client_time" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "run_completions_distance_positive" CHECK ("run_completions"."actual_distance_km" IS NULL OR "run_completions"."actual_distance_km" > 0),
	CONSTRAINT "run_completions_minutes_positive" CHECK ("run_completions"."actual_minutes" IS NULL OR "run_completions"."actual_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "session_logs" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"athlete_id" uuid NOT NULL,
	"status" "session_status" DEFAULT 'planned' NOT NULL,
	"reason" "skip_reason",
	"client_id" uuid,
	"client_time" timestamp with time zone,
	"rpe" smallint,
	"note" text,
	"log_client_id" uuid,
	"log_client_time" timestamp with time zone,
	"soreness" "soreness_level",
	"soreness_client_id" uuid,
	"soreness_client_time" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_logs_rpe_range" CHECK ("session_logs"."rpe" IS NULL OR "session_logs"."rpe" BETWEEN 1 AND 10)
);
--> statement-breakpoint
CREATE TABLE "set_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"exercise_id" text NOT NULL,
	"set_number" smallint NOT NULL,
	"reps" smallint,
	"seconds" integer,
	"metres" integer,
	"load_kg" real,
	"bodyweight" boolean DEFAULT false NOT NULL,
	CONSTRAINT "set_logs_load_not_negative" CHECK ("set_logs"."load_kg" IS NULL OR "set_logs"."load_kg" >= 0)
);
--> statement-breakpoint
ALTER TABLE "run_completions" ADD CONSTRAINT "run_completions_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_completions" ADD CONSTRAINT "run_completions_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_session_id_plan_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."plan_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "set_logs" ADD CONSTRAINT "set_logs_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "set_logs" ADD CONSTRAINT "set_logs_session_id_plan_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."plan_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "run_completions_athlete_idx" ON "run_completions" USING btree ("athlete_id","status");--> statement-breakpoint
CREATE INDEX "session_logs_athlete_idx" ON "session_logs" USING btree ("athlete_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "set_logs_session_position_unique" ON "set_logs" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "set_logs_athlete_exercise_idx" ON "set_logs" USING btree ("athlete_id","exercise_id");--> statement-breakpoint
-- Check-offs made before this migration move to session_logs, the one place a session's state lives now.
INSERT INTO "session_logs" ("session_id", "athlete_id", "status", "client_time") SELECT "id", "athlete_id", "status", "completed_at" FROM "plan_sessions" WHERE "status" <> 'planned';--> statement-breakpoint
ALTER TABLE "plan_sessions" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "plan_sessions" DROP COLUMN "completed_at";