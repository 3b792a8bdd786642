// Where to go after signing in. Only a path on this site: a full URL here would let a link send a freshly
// signed-in student to another site (an open redirect).
export const DEFAULT_AFTER_SIGN_IN = '/home';

/** Any origin will do: a path is resolved against it only to see whether it stays there. */
const PLACEHOLDER_ORIGIN = 'http://parta.invalid';
/** Browsers drop tabs and newlines from URLs and read a backslash as a slash, so `/\t/x` and `/\x` mean `//x`. */
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f\\]/;

function isPlainLocalPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !UNSAFE_CHARACTER.test(path);
}

/**
 * The callback as a path on this site, or the home page. The path comes back as the URL parser normalises it
 * (non-ASCII percent-encoded), so it is always a valid Location header; it is also checked once decoded, so
 * code that decodes it again cannot turn `/%2F%2Fx` into `//x`.
 */
export function safeCallbackPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !isPlainLocalPath(path)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    if (!isPlainLocalPath(decodeURIComponent(path))) return DEFAULT_AFTER_SIGN_IN;
    url = new URL(path, PLACEHOLDER_ORIGIN);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return DEFAULT_AFTER_SIGN_IN;
  // Dot segments can collapse into a leading `//` (`/.//x`): check what comes out, not only what went in.
  const normalised = `${url.pathname}${url.search}${url.hash}`;
  return isPlainLocalPath(normalised) ? normalised : DEFAULT_AFTER_SIGN_IN;
}
