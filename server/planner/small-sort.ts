/**
 * A stable insertion sort for the planner's short lists (a session's exercises): at half a dozen
 * items Array.prototype.sort's set-up costs more than the sorting, and this runs for every session
 * of every plan. `before(a, b)` is true when `a` must come strictly before `b`; equals keep their order.
 */
export function sortSmall<T>(items: readonly T[], before: (a: T, b: T) => boolean): T[] {
  const out = items.slice();
  for (let i = 1; i < out.length; i++) {
    const item = out[i] as T;
    let j = i - 1;
    while (j >= 0 && before(item, out[j] as T)) {
      out[j + 1] = out[j] as T;
      j -= 1;
    }
    out[j + 1] = item;
  }
  return out;
}
