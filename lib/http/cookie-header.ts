// Reading a request's Cookie header where Next's cookies() is not at hand (route handlers given a Request, the proxy).

export interface RequestCookie {
  name: string;
  value: string;
}

/** The cookies in a Cookie header, in order; a value is percent-decoded when it decodes, else kept as sent. */
export function cookiesOfHeader(header: string | null | undefined): RequestCookie[] {
  return (header ?? '').split(';').flatMap((part) => {
    const equals = part.indexOf('=');
    if (equals <= 0) return [];
    const name = part.slice(0, equals).trim();
    const raw = part.slice(equals + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Not percent-encoding after all (a stray "%"): the value as it came.
    }
    return name ? [{ name, value }] : [];
  });
}
