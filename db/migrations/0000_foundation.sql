CREATE TYPE "public"."units" AS ENUM('km', 'mi');--> statement-breakpoint
CREATE TYPE "public"."week_start" AS ENUM('monday', 'sunday');--> statement-breakpoint
CREATE TYPE "public"."coach_link_status" AS ENUM('pending', 'active', 'revoked');--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"units" "units" DEFAULT 'km' NOT NULL,
	"week_start" "week_start" DEFAULT 'monday' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coach_links" (
	"athlete_id" uuid NOT NULL,
	"coach_id" uuid NOT NULL,
	"status" "coach_link_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_links_athlete_id_coach_id_pk" PRIMARY KEY("athlete_id","coach_id"),
	CONSTRAINT "coach_links_not_self" CHECK ("coach_links"."athlete_id" <> "coach_links"."coach_id")
);
--> statement-breakpoint
ALTER TABLE "coach_links" ADD CONSTRAINT "coach_links_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_links" ADD CONSTRAINT "coach_links_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "coach_links_coach_idx" ON "coach_links" USING btree ("coach_id");