// The origin the browser used to reach us (a phone on the school network sees the server's LAN address, not
// localhost), for links people copy or scan, such as a class's join link.
export function requestOrigin(headers: Headers): string {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

export function joinLinkFor(origin: string, joinCode: string): string {
  return `${origin}/join/${joinCode}`;
}
