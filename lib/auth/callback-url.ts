// Where to go after signing in. Only a path on this site: a full URL here would let a link send a freshly
// signed-in student to another site (an open redirect).
export const DEFAULT_AFTER_SIGN_IN = '/home';

export function safeCallbackPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return DEFAULT_AFTER_SIGN_IN;
  return path;
}
