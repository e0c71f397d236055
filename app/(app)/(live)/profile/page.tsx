import type { Metadata } from "next";
import { Suspense } from "react";
import { CoachingSection } from "@/components/coaching/coaching-section";
import { CalendarFeed } from "@/components/profile/calendar-feed";
import { ChangePassword } from "@/components/profile/change-password";
import { DataExport } from "@/components/profile/data-export";
import { DeleteAccount } from "@/components/profile/delete-account";
import { ProfileForm } from "@/components/profile/profile-form";
import { SignOutEverywhere } from "@/components/profile/sign-out-everywhere";
import { Card } from "@/components/ui/card";
import { HydrateClient } from "@/components/trpc/hydrate-client";
import { getQueryClient, trpc } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Profile and settings" };

export default async function ProfilePage() {
  await getQueryClient().prefetchQuery(trpc.profile.get.queryOptions());
  await getQueryClient().prefetchQuery(trpc.feeds.get.queryOptions({}));
  await getQueryClient().prefetchQuery(trpc.coaching.listLinks.queryOptions());
  const timeZones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Profile and settings</h1>
        <p className="mt-1 text-muted">How your calendar reads dates and shows distances.</p>
      </div>
      <Card>
        <HydrateClient>
          <Suspense fallback={<p className="text-muted">Loading your settings…</p>}>
            <ProfileForm timeZones={timeZones} />
          </Suspense>
        </HydrateClient>
      </Card>
      <Card>
        <HydrateClient>
          <CalendarFeed />
        </HydrateClient>
      </Card>
      <Card id="coaching">
        <HydrateClient>
          <CoachingSection />
        </HydrateClient>
      </Card>
      <Card id="security" className="space-y-8">
        <ChangePassword />
        <SignOutEverywhere />
      </Card>
      <Card id="your-data" className="space-y-8">
        <DataExport />
        <DeleteAccount />
      </Card>
    </div>
  );
}
