"use client";

import { buttonClass } from "@/components/ui/button";
import { MenuItem, MenuLabel, PopoverMenu } from "@/components/ui/popover-menu";

interface Option {
  id: string;
  name: string;
}

/** Swap an exercise for its easier or harder rung, or another move of the same pattern. */
export function SwapMenu({
  name,
  swaps,
  onSwap,
}: {
  name: string;
  swaps: { regression: Option | null; progression: Option | null; alternatives: Option[] };
  onSwap: (id: string) => void;
}) {
  const rungs = [
    swaps.regression ? { ...swaps.regression, note: "easier" } : null,
    swaps.progression ? { ...swaps.progression, note: "harder" } : null,
  ].filter((option) => option !== null);
  if (rungs.length === 0 && swaps.alternatives.length === 0) return null;
  return (
    <PopoverMenu label={`Swap ${name}`} trigger="Swap" triggerClassName={buttonClass("secondary", "min-h-9 px-3")}>
      {(close) => {
        const choose = (id: string) => {
          close();
          onSwap(id);
        };
        return (
          <>
            {rungs.map((option) => (
              <MenuItem key={option.id} onSelect={() => choose(option.id)}>
                <span className="font-medium">{option.name}</span>
                <span className="ml-auto pl-3 text-xs text-muted">{option.note}</span>
              </MenuItem>
            ))}
            {swaps.alternatives.length > 0 ? <MenuLabel>Same movement</MenuLabel> : null}
            {swaps.alternatives.map((option) => (
              <MenuItem key={option.id} onSelect={() => choose(option.id)}>
                {option.name}
              </MenuItem>
            ))}
          </>
        );
      }}
    </PopoverMenu>
  );
}
