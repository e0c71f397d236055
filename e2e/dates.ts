import { addDays, startOfWeek } from "../server/domain/dates";

/**
 * Calendar dates as the app sees them in the browser tests: the browser, and so each new runner,
 * is on UTC here. The arithmetic is the product's own (server/domain/dates.ts).
 */
export { addDays };
export const today = new Date().toISOString().slice(0, 10);
export const thisMonday = startOfWeek(today, 1);
export const nextMonday = addDays(thisMonday, 7);
