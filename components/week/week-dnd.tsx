"use client";

import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from "react";
import { createDragStore, NOT_YET_DRAGGABLE, type DragStore } from "./drag-store";

/**
 * Dragging sessions between days, behind render props so the cards and day columns stay plain
 * components. dnd-kit is not in the week's first-load script: it loads just after the week has
 * rendered (the "Move to…" menu and check-offs work before it) and joins as a sibling layer that
 * talks to the cards through a store (drag-store.ts). The cards, columns and their wrappers are the
 * same components before and after, so nothing remounts and an open "Move to…" menu stays open.
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

const DragStoreContext = createContext<DragStore | null>(null);

// Effects run in the browser only; the server render has nothing to register.
const useBrowserLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

// Loaded once the week has rendered (see `useMounted`), never on the server.
const DragLayer = lazy(() => import("./drag-layer").then((loaded) => ({ default: loaded.DragLayer })));

const subscribeToNothing = () => () => undefined;

/** False on the server and while hydrating, true once the week is on screen in the browser. */
function useMounted(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

export function WeekDragContext({
  onDrop,
  children,
}: {
  onDrop: (sessionId: string, date: string) => void;
  children: ReactNode;
}) {
  const [store] = useState(createDragStore);
  const mounted = useMounted();
  // The layer comes after the children, so adding it leaves them where they are in the tree.
  return (
    <DragStoreContext value={store}>
      {children}
      {mounted ? (
        <Suspense fallback={null}>
          <DragLayer store={store} onDrop={onDrop} />
        </Suspense>
      ) : null}
    </DragStoreContext>
  );
}

function useDragStore(): DragStore {
  const store = useContext(DragStoreContext);
  if (!store) throw new Error("Droppable and Draggable belong inside WeekDragContext");
  return store;
}

function useNodeSetter(store: DragStore, key: string) {
  return useCallback((element: HTMLElement | null) => store.setNode(key, element), [store, key]);
}

export function Droppable({ date, children }: { date: string; children: (target: DropTarget) => ReactNode }) {
  const store = useDragStore();
  useBrowserLayoutEffect(() => {
    store.addDroppable(date);
    return () => store.removeDroppable(date);
  }, [store, date]);
  const setNode = useNodeSetter(store, `day:${date}`);
  const isOver = useSyncExternalStore(
    store.subscribe,
    () => store.isOver(date),
    () => false,
  );
  return children({ setNode, isOver });
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
  const store = useDragStore();
  useBrowserLayoutEffect(() => {
    store.addDraggable(id, disabled);
    return () => store.removeDraggable(id);
  }, [store, id, disabled]);
  const setNode = useNodeSetter(store, `card:${id}`);
  const state = useSyncExternalStore(
    store.subscribe,
    () => store.card(id),
    () => NOT_YET_DRAGGABLE,
  );
  return children({ setNode, ...state });
}
