"use client";

import { useEffect, useState } from "react";

export type DragAndDrop = typeof import("./week-dnd");

/**
 * The drag-and-drop module once it has loaded, else null: the week renders and works (the "Move to…"
 * menu, check-offs) before it arrives, so it stays out of the page's first-load script.
 */
export function useDragAndDrop(): DragAndDrop | null {
  const [dragAndDrop, setDragAndDrop] = useState<DragAndDrop | null>(null);
  useEffect(() => {
    let mounted = true;
    void import("./week-dnd").then((loaded) => mounted && setDragAndDrop(loaded));
    return () => {
      mounted = false;
    };
  }, []);
  return dragAndDrop;
}
