CREATE TYPE "public"."history_entity" AS ENUM('plan', 'session', 'prescription', 'run');--> statement-breakpoint
CREATE TABLE "change_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"entity" "history_entity" NOT NULL,
	"entity_id" uuid,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "history_reads" (
	"reader_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "history_reads_reader_id_entity_id_pk" PRIMARY KEY("reader_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "comment_reads" (
	"reader_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"last_read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "comment_reads_reader_id_athlete_id_subject_pk" PRIMARY KEY("reader_id","athlete_id","subject")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"session_id" uuid,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "comments_body_length" CHECK (char_length("comments"."body") <= 2000),
	CONSTRAINT "comments_subject_shape" CHECK (("comments"."session_id" IS NOT NULL AND "comments"."subject" = 'session:' || "comments"."session_id"::text) OR ("comments"."session_id" IS NULL AND "comments"."subject" ~ '^week:[0-9]{4}-[0-9]{2}-[0-9]{2}$'))
);
--> statement-breakpoint
CREATE TABLE "coach_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coach_id" uuid NOT NULL,
	"name" text NOT NULL,
	"settings" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "change_history" ADD CONSTRAINT "change_history_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_history" ADD CONSTRAINT "change_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "history_reads" ADD CONSTRAINT "history_reads_reader_id_users_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "history_reads" ADD CONSTRAINT "history_reads_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_reads" ADD CONSTRAINT "comment_reads_reader_id_users_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_reads" ADD CONSTRAINT "comment_reads_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_session_id_plan_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."plan_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_templates" ADD CONSTRAINT "coach_templates_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_history_athlete_entity_idx" ON "change_history" USING btree ("athlete_id","entity_id","at");--> statement-breakpoint
CREATE INDEX "change_history_athlete_at_idx" ON "change_history" USING btree ("athlete_id","at");--> statement-breakpoint
CREATE INDEX "comments_athlete_subject_idx" ON "comments" USING btree ("athlete_id","subject","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "coach_templates_coach_name_unique" ON "coach_templates" USING btree ("coach_id","name");