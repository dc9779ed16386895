/**
 * Whether a value is one of an enum's values (the shared package's tuples,
 * e.g. `roles`), narrowing it. Used instead of `roleSchema.safeParse`, whose
 * only use would keep zod in the page's chunks.
 */
export function isOneOf<const T extends readonly string[]>(
  values: T,
  value: unknown,
): value is T[number] {
  return (values as readonly unknown[]).includes(value);
}
