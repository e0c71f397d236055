import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/layout/logo";
import { TrpcReactProvider } from "@/components/trpc/client";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-4 py-10">
      <Link href="/" className="mb-8 self-center" aria-label="Groundwork home">
        <Logo />
      </Link>
      <TrpcReactProvider>{children}</TrpcReactProvider>
    </main>
  );
}
