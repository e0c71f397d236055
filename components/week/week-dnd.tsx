"use client";

import {
  DndContext,
  PointerSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import type { CSSProperties, ReactNode } from "react";

/**
 * Dragging sessions between days, behind render props so the cards and day columns stay plain
 * components. dnd-kit ships with the week's first load: loading it afterwards swapped the
 * wrappers in and remounted every card, closing a "Move to…" menu opened in the meantime.
 */

/** What a day column needs to accept a drop. */
export interface DropTarget {
  setNode?: (element: HTMLElement | null) => void;
  isOver: boolean;
}

/** What a session card needs to be dragged: spread `props` on it, apply `style`. */
export interface DragHandle {
  setNode?: (element: HTMLElement | null) => void;
  style?: CSSProperties;
  isDragging: boolean;
  props: Record<string, unknown>;
}

export function WeekDragContext({
  onDrop,
  children,
}: {
  onDrop: (sessionId: string, date: string) => void;
  children: ReactNode;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 8 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const onDragEnd = (event: DragEndEvent) => {
    if (typeof event.over?.id === "string") onDrop(String(event.active.id), event.over.id);
  };
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      {children}
    </DndContext>
  );
}

export function Droppable({ date, children }: { date: string; children: (target: DropTarget) => ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: date });
  return children({ setNode: setNodeRef, isOver });
}

export function Draggable({
  id,
  disabled,
  children,
}: {
  id: string;
  disabled: boolean;
  children: (handle: DragHandle) => ReactNode;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id, disabled });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return children({ setNode: setNodeRef, style, isDragging, props: { ...listeners, ...attributes } });
}
