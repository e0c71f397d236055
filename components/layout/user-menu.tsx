"use client";

import { DropdownMenu } from "radix-ui";
import { signOut } from "next-auth/react";
import Link from "next/link";

const item =
  "flex min-h-10 cursor-pointer select-none items-center rounded-md px-3 text-sm text-fg outline-none data-[highlighted]:bg-raised";

export function UserMenu({ name, email }: { name: string; email: string }) {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="inline-flex size-10 items-center justify-center rounded-full bg-brand-soft text-sm font-bold text-brand-strong"
        aria-label={`Account menu for ${name}`}
      >
        {initials || "?"}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
          className="z-50 min-w-56 rounded-xl border border-line bg-surface p-1.5 shadow-lg"
        >
          <div className="px-3 py-2">
            <p className="text-sm font-semibold">{name}</p>
            <p className="truncate text-xs text-muted">{email}</p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-line" />
          <DropdownMenu.Item asChild className={item}>
            <Link href="/profile">Profile and settings</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item className={item} onSelect={() => void signOut({ redirectTo: "/sign-in" })}>
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
