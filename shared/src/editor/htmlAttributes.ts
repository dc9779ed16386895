/**
 * parseHTML callbacks run only where HTML is parsed (a browser pasting or
 * loading HTML). This package builds without DOM types so that nothing in it
 * can depend on a DOM at runtime; the element is read structurally instead.
 */
export function readDataAttribute(element: object, name: string): string | null {
  const source = element as { getAttribute?: (qualifiedName: string) => string | null };
  return source.getAttribute?.(`data-${name}`) ?? null;
}
