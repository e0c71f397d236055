CREATE TYPE "public"."load" AS ENUM('bodyweight', 'light', 'moderate', 'heavy');--> statement-breakpoint
CREATE TYPE "public"."phase" AS ENUM('foundation', 'strength', 'max-strength', 'power', 'taper');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('active', 'archived');--> statement-breakpoint
CREATE TYPE "public"."session_status" AS ENUM('planned', 'done', 'skipped');--> statement-breakpoint
CREATE TABLE "plan_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"week_index" smallint NOT NULL,
	"date" date NOT NULL,
	"load" "load" NOT NULL,
	"focus" text NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"moved_by_hand" boolean DEFAULT false NOT NULL,
	"status" "session_status" DEFAULT 'planned' NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_weeks" (
	"plan_id" uuid NOT NULL,
	"index" smallint NOT NULL,
	"start_date" date NOT NULL,
	"phase" "phase" NOT NULL,
	"deload" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" "plan_status" DEFAULT 'active' NOT NULL,
	"settings" jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"race_date" date,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"exercise_id" text NOT NULL,
	"sets" smallint NOT NULL,
	"reps" smallint,
	"seconds" smallint,
	"metres" integer,
	"per_side" boolean DEFAULT false NOT NULL,
	"intensity" text NOT NULL,
	CONSTRAINT "session_exercises_sets_positive" CHECK ("session_exercises"."sets" > 0)
);
--> statement-breakpoint
ALTER TABLE "plan_sessions" ADD CONSTRAINT "plan_sessions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_sessions" ADD CONSTRAINT "plan_sessions_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_weeks" ADD CONSTRAINT "plan_weeks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_exercises" ADD CONSTRAINT "session_exercises_session_id_plan_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."plan_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_sessions_plan_date_idx" ON "plan_sessions" USING btree ("plan_id","date");--> statement-breakpoint
CREATE INDEX "plan_sessions_athlete_date_idx" ON "plan_sessions" USING btree ("athlete_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_weeks_plan_index_unique" ON "plan_weeks" USING btree ("plan_id","index");--> statement-breakpoint
CREATE INDEX "plans_athlete_idx" ON "plans" USING btree ("athlete_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_active_per_athlete" ON "plans" USING btree ("athlete_id") WHERE "plans"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "session_exercises_position_unique" ON "session_exercises" USING btree ("session_id","position");