import type { CSSProperties } from "react";

/**
 * The meeting point between the week's cards and day columns (rendered with the week) and the
 * drag-and-drop layer (dnd-kit, loaded after the week renders). The cards register here and read
 * their drag state from here, so when dnd-kit arrives nothing around them changes and nothing
 * remounts: a "Move to…" menu opened in the meantime stays open.
 */

/** The drag state of one session card; before dnd-kit has loaded a card is simply not draggable yet. */
export interface CardDragState {
  style?: CSSProperties;
  isDragging: boolean;
  props: Record<string, unknown>;
}

export interface DraggableEntry {
  id: string;
  disabled: boolean;
}

export interface Registry {
  draggables: DraggableEntry[];
  droppables: string[];
}

export const NOT_YET_DRAGGABLE: CardDragState = { isDragging: false, props: {} };
const EMPTY_REGISTRY: Registry = { draggables: [], droppables: [] };

export type DragStore = ReturnType<typeof createDragStore>;

export function createDragStore() {
  const listeners = new Set<() => void>();
  const draggables = new Map<string, boolean>();
  const droppables = new Set<string>();
  const nodes = new Map<string, HTMLElement | null>();
  const cards = new Map<string, CardDragState>();
  const over = new Map<string, boolean>();
  let registry = EMPTY_REGISTRY;

  const notify = () => listeners.forEach((listener) => listener());
  const registryChanged = () => {
    registry = {
      draggables: [...draggables].map(([id, disabled]) => ({ id, disabled })),
      droppables: [...droppables],
    };
    notify();
  };

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    registry: () => registry,
    addDraggable(id: string, disabled: boolean) {
      draggables.set(id, disabled);
      registryChanged();
    },
    removeDraggable(id: string) {
      draggables.delete(id);
      registryChanged();
    },
    addDroppable(date: string) {
      droppables.add(date);
      registryChanged();
    },
    removeDroppable(date: string) {
      droppables.delete(date);
      registryChanged();
    },
    /** The DOM node of a card (`card:<id>`) or a day column (`day:<date>`). */
    node: (key: string) => nodes.get(key) ?? null,
    setNode(key: string, element: HTMLElement | null) {
      if (nodes.get(key) === element) return;
      nodes.set(key, element);
      notify();
    },
    card: (id: string) => cards.get(id) ?? NOT_YET_DRAGGABLE,
    setCard(id: string, state: CardDragState) {
      cards.set(id, state);
      notify();
    },
    isOver: (date: string) => over.get(date) ?? false,
    setOver(date: string, isOver: boolean) {
      if ((over.get(date) ?? false) === isOver) return;
      over.set(date, isOver);
      notify();
    },
  };
}
