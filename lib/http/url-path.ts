// A URL path Next cannot read: a dynamic route's parameter with a %-escape that is not UTF-8 (`/join/%C0%AF`,
// `/decks/a%`) makes Next's router throw before any page runs, and it answers 500. proxy.ts answers 400 first.

/** Whether every %-escape in the path decodes (as UTF-8). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
