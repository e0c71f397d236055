"use client";

import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { cx } from "./cx";

/**
 * A menu on the browser's own popover (top layer, light dismiss, Escape, focus return), so
 * the week view ships no menu library. Arrow keys move between items as in any menu.
 */
export function PopoverMenu({
  label,
  trigger,
  triggerClassName,
  align = "end",
  children,
}: {
  label: string;
  trigger: ReactNode;
  triggerClassName?: string;
  align?: "start" | "end";
  children: (close: () => void) => ReactNode;
}) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // Looked up by id when called, so handing `close` to the items during render reads no ref.
  const close = () => document.getElementById(id)?.hidePopover();

  function place() {
    const anchor = button.current?.getBoundingClientRect();
    const popover = menu.current;
    if (!anchor || !popover) return;
    const width = popover.offsetWidth;
    const left = align === "end" ? anchor.right - width : anchor.left;
    popover.style.left = `${Math.max(8, Math.min(left, window.innerWidth - width - 8))}px`;
    const below = anchor.bottom + 6;
    const fitsBelow = below + popover.offsetHeight < window.innerHeight - 8;
    popover.style.top = `${fitsBelow ? below : Math.max(8, anchor.top - popover.offsetHeight - 6)}px`;
    popover.querySelector<HTMLElement>("[role=menuitem]:not([disabled])")?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const items = [...(menu.current?.querySelectorAll<HTMLElement>("[role=menuitem]:not([disabled])") ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = event.key === "ArrowDown" ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
    items[next]?.focus();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        popoverTarget={id}
        aria-haspopup="menu"
        aria-label={label}
        className={triggerClassName}
        onPointerDown={(event) => event.stopPropagation()}
      >
        {trigger}
      </button>
      <div
        ref={menu}
        id={id}
        popover="auto"
        role="menu"
        aria-label={label}
        onToggle={(event) => (event.newState === "open" ? place() : undefined)}
        onKeyDown={onKeyDown}
        className="fixed m-0 max-h-[70vh] min-w-52 overflow-auto rounded-xl border border-line bg-surface p-1.5 text-fg shadow-lg"
      >
        {children(close)}
      </div>
    </>
  );
}

export const menuItemClass = cx(
  "flex min-h-10 w-full cursor-pointer select-none items-center rounded-md px-3 text-left text-sm outline-none",
  "hover:bg-raised focus-visible:bg-raised disabled:cursor-default disabled:opacity-50",
);

export function MenuItem({
  onSelect,
  disabled,
  children,
}: {
  onSelect: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button type="button" role="menuitem" className={menuItemClass} disabled={disabled} onClick={onSelect}>
      {children}
    </button>
  );
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <p className="px-3 py-1.5 text-xs font-semibold text-muted">{children}</p>;
}
