"use client";

import { DropdownMenu } from "radix-ui";
import { buttonClass } from "@/components/ui/button";

interface Option {
  id: string;
  name: string;
}

const item = "flex min-h-10 cursor-pointer select-none flex-col justify-center rounded-md px-3 py-1.5 text-sm outline-none data-[highlighted]:bg-raised";

/** Swap an exercise for its easier or harder rung, or another move of the same pattern. */
export function SwapMenu({ name, swaps, onSwap }: { name: string; swaps: { regression: Option | null; progression: Option | null; alternatives: Option[] }; onSwap: (id: string) => void }) {
  const none = !swaps.regression && !swaps.progression && swaps.alternatives.length === 0;
  if (none) return null;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className={buttonClass("secondary", "min-h-9 px-3")} aria-label={`Swap ${name}`}>
        Swap
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 max-h-80 min-w-60 overflow-auto rounded-xl border border-line bg-surface p-1.5 shadow-lg">
          {swaps.regression ? (
            <DropdownMenu.Item className={item} onSelect={() => onSwap(swaps.regression!.id)}>
              <span className="font-medium">{swaps.regression.name}</span>
              <span className="text-xs text-muted">easier</span>
            </DropdownMenu.Item>
          ) : null}
          {swaps.progression ? (
            <DropdownMenu.Item className={item} onSelect={() => onSwap(swaps.progression!.id)}>
              <span className="font-medium">{swaps.progression.name}</span>
              <span className="text-xs text-muted">harder</span>
            </DropdownMenu.Item>
          ) : null}
          {swaps.alternatives.length > 0 ? (
            <>
              <DropdownMenu.Separator className="my-1 h-px bg-line" />
              <DropdownMenu.Label className="px-3 py-1 text-xs font-semibold text-muted">Same movement</DropdownMenu.Label>
              {swaps.alternatives.map((option) => (
                <DropdownMenu.Item key={option.id} className={item} onSelect={() => onSwap(option.id)}>
                  {option.name}
                </DropdownMenu.Item>
              ))}
            </>
          ) : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
