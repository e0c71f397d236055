import { redirect } from "next/navigation";
import { athleteBasePath } from "@/components/athlete/paths";

export default async function AthletePage({ params }: { params: Promise<{ athleteId: string }> }) {
  redirect(`${athleteBasePath((await params).athleteId)}/week`);
}
