"use client";

import Link from "next/link";
import { menuItemClass, PopoverMenu } from "@/components/ui/popover-menu";
import { signOutAction } from "@/server/auth/actions";

export function UserMenu({ name, email }: { name: string; email: string }) {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <PopoverMenu
      // The name holds the visible initials too, so "click JM" works in voice control (WCAG 2.5.3).
      label={initials ? `Account menu for ${name}, ${initials}` : `Account menu for ${name}`}
      triggerClassName="inline-flex size-10 items-center justify-center rounded-full bg-brand-soft text-sm font-bold text-brand-strong"
      trigger={initials || "?"}
    >
      {(close) => (
        <>
          <div className="px-3 py-2">
            <p className="text-sm font-semibold">{name}</p>
            <p className="truncate text-xs text-muted">{email}</p>
          </div>
          <hr className="my-1 border-line" />
          <Link href="/profile" role="menuitem" className={menuItemClass} onClick={close}>
            Profile and settings
          </Link>
          <form action={signOutAction}>
            <button type="submit" role="menuitem" className={menuItemClass}>
              Sign out
            </button>
          </form>
        </>
      )}
    </PopoverMenu>
  );
}
