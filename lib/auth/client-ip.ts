// The address a request came from, for per-address rate limits. Next puts the socket's address in
// X-Forwarded-For when no proxy did; behind a proxy, the first entry is the client the proxy saw.
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value ?? undefined;
  };
  const forwarded = read('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || read('x-real-ip')?.trim() || 'unknown';
}
