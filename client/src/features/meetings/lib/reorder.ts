// Moving one agenda item, by drag or by the move up/down buttons: the new order of ids.

/** The ids with `id` moved to `toIndex` (clamped); the same array when nothing moves. */
export function moveTo(ids: readonly string[], id: string, toIndex: number): string[] {
  const from = ids.indexOf(id);
  if (from === -1) return [...ids];
  const target = Math.max(0, Math.min(ids.length - 1, toIndex));
  if (target === from) return [...ids];
  const rest = ids.filter((candidate) => candidate !== id);
  return [...rest.slice(0, target), id, ...rest.slice(target)];
}

/** One step up (-1) or down (+1). */
export function moveBy(ids: readonly string[], id: string, step: -1 | 1): string[] {
  return moveTo(ids, id, ids.indexOf(id) + step);
}
