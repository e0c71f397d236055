import { systemClock } from "@/server/services/clock";
import { getDatabase } from "@/db";
import { feedTokenSchema } from "@/server/schemas/feeds";
import { feedCalendar } from "@/server/services/feeds";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("No calendar feed at this address.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** The subscribable calendar: the secret token is the whole credential (calendar apps send no cookie). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = feedTokenSchema.safeParse(token.replace(/\.ics$/, ""));
  if (!parsed.success) return notFound();
  const text = await feedCalendar(await getDatabase(), parsed.data, systemClock());
  if (text === null) return notFound();
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="groundwork.ics"',
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
