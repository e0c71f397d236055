import Link from "next/link";
import { UnreadCommentsIsland } from "@/components/comments/islands";
import { Logo } from "./logo";
import { UserMenu } from "./user-menu";

const links = [
  { href: "/week", label: "This week" },
  { href: "/plans", label: "Plan" },
  { href: "/runs", label: "Runs" },
];

export function AppHeader({ name, email }: { name: string; email: string }) {
  return (
    <header className="sticky top-0 z-40 border-b border-line bg-surface/90 backdrop-blur print:hidden">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4">
        <Link href="/dashboard" aria-label="Groundwork dashboard">
          <Logo />
        </Link>
        <nav aria-label="Sections" className="ml-4 hidden gap-1 sm:flex">
          {links.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              className="rounded-md px-3 py-2 text-sm font-medium text-muted hover:bg-raised hover:text-fg"
            >
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <UnreadCommentsIsland />
          <UserMenu name={name} email={email} />
        </div>
      </div>
    </header>
  );
}
