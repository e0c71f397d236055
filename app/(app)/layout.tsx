import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { CheckOffWordsProvider } from "@/components/checkoff/words";
import { checkOffWords } from "@/components/checkoff/words-source";
import { AppHeader } from "@/components/layout/app-header";
import { MobileNav } from "@/components/layout/mobile-nav";
import { currentUser } from "@/server/auth";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <AppHeader name={user.name} email={user.email} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 pt-6 pb-24 sm:py-10 print:max-w-none print:p-0">
        <CheckOffWordsProvider words={checkOffWords()}>{children}</CheckOffWordsProvider>
      </main>
      <MobileNav />
    </>
  );
}
