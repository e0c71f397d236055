import { systemClock } from "@/server/services/clock";
import { getDatabase } from "@/db";
import { currentUserId } from "@/server/auth";
import { sessionDownloadSchema } from "@/server/schemas/feeds";
import { ServiceError } from "@/server/services/errors";
import { sessionCalendarFile } from "@/server/services/feeds";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** One strength session as an .ics file, for the signed-in athlete or their coach. */
export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const userId = await currentUserId();
  if (!userId) return text(401, "Sign in to download this session.");
  const parsed = sessionDownloadSchema.safeParse(await params);
  if (!parsed.success) return text(404, "That session was not found.");
  try {
    const file = await sessionCalendarFile(await getDatabase(), userId, parsed.data.sessionId, systemClock());
    return new Response(file.text, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ServiceError && error.code === "not-found") return text(404, error.message);
    throw error;
  }
}
