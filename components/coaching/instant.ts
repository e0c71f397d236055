import { formatDay } from "@/components/ui/dates";

/** An instant (Date from the server) as a calendar day for people: "3 Dec 2026". */
export function instantDay(instant: Date): string {
  return formatDay(instant.toISOString().slice(0, 10), "d MMM yyyy");
}
