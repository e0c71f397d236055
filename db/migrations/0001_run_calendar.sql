CREATE TYPE "public"."run_source" AS ENUM('import', 'template', 'manual');--> statement-breakpoint
CREATE TYPE "public"."run_type" AS ENUM('easy', 'recovery', 'long', 'tempo', 'intervals', 'hills', 'race', 'cross', 'rest');--> statement-breakpoint
CREATE TABLE "runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"date" date NOT NULL,
	"type" "run_type" NOT NULL,
	"distance_km" double precision,
	"duration_min" integer,
	"title" text DEFAULT '' NOT NULL,
	"source" "run_source" NOT NULL,
	"source_uid" text,
	"needs_review" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "runs_distance_positive" CHECK ("runs"."distance_km" IS NULL OR "runs"."distance_km" > 0),
	CONSTRAINT "runs_duration_positive" CHECK ("runs"."duration_min" IS NULL OR "runs"."duration_min" > 0)
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"athlete_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"include_runs" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "runs_athlete_date_idx" ON "runs" USING btree ("athlete_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "runs_import_uid_unique" ON "runs" USING btree ("athlete_id","source_uid") WHERE "runs"."source" = 'import';--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_unique" ON "calendar_feeds" USING btree ("token");