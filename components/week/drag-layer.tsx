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
import { useLayoutEffect, useSyncExternalStore } from "react";
import { NOT_YET_DRAGGABLE, type DragStore } from "./drag-store";

/**
 * dnd-kit for the week, loaded after the week has rendered (see week-dnd.tsx). It renders no cards:
 * one binder per card and per day column attaches dnd-kit to the DOM node that component registered
 * in the store, and hands the card its drag props and the column its "drop here" state back.
 */

export interface DragLayerProps {
  store: DragStore;
  onDrop: (sessionId: string, date: string) => void;
}

export function DragLayer({ store, onDrop }: DragLayerProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 8 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const registry = useSyncExternalStore(store.subscribe, store.registry, store.registry);
  const onDragEnd = (event: DragEndEvent) => {
    if (typeof event.over?.id === "string") onDrop(String(event.active.id), event.over.id);
  };
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      {registry.droppables.map((date) => (
        <DroppableBinder key={date} store={store} date={date} />
      ))}
      {registry.draggables.map(({ id, disabled }) => (
        <DraggableBinder key={id} store={store} id={id} disabled={disabled} />
      ))}
    </DndContext>
  );
}

function useRegisteredNode(store: DragStore, key: string, setNodeRef: (element: HTMLElement | null) => void) {
  const node = useSyncExternalStore(store.subscribe, () => store.node(key));
  useLayoutEffect(() => setNodeRef(node), [node, setNodeRef]);
}

function DroppableBinder({ store, date }: { store: DragStore; date: string }) {
  const { setNodeRef, isOver } = useDroppable({ id: date });
  useRegisteredNode(store, `day:${date}`, setNodeRef);
  useLayoutEffect(() => store.setOver(date, isOver), [store, date, isOver]);
  useLayoutEffect(() => () => store.setOver(date, false), [store, date]);
  return null;
}

function DraggableBinder({ store, id, disabled }: { store: DragStore; id: string; disabled: boolean }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id, disabled });
  useRegisteredNode(store, `card:${id}`, setNodeRef);
  useLayoutEffect(() => {
    const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
    store.setCard(id, { style, isDragging, props: { ...listeners, ...attributes } });
  }, [store, id, attributes, listeners, transform, isDragging]);
  useLayoutEffect(() => () => store.setCard(id, NOT_YET_DRAGGABLE), [store, id]);
  return null;
}
