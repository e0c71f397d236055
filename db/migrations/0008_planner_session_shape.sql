ALTER TABLE "plan_sessions" ADD COLUMN "warm_up" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_sessions" ADD COLUMN "minutes" smallint;--> statement-breakpoint
ALTER TABLE "plan_sessions" ADD COLUMN "short_version" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_sessions" ADD COLUMN "optional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_weeks" ADD COLUMN "re_entry" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "session_exercises" ADD COLUMN "why" text;--> statement-breakpoint
ALTER TABLE "session_exercises" ADD COLUMN "load_kg" real;