import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { TemplateSettings } from "../../server/domain/coach-templates";
import { users } from "./users";

/**
 * A coach's named plan settings, applied to several athletes at once. Owned by the coach, not
 * an athlete (it holds no athlete data), so it carries coach_id and only its owner reads it.
 */
export const coachTemplates = pgTable(
  "coach_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    settings: jsonb("settings").$type<TemplateSettings>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("coach_templates_coach_name_unique").on(table.coachId, table.name)],
);

export type CoachTemplateRow = typeof coachTemplates.$inferSelect;
