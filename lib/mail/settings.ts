// Outgoing mail, for "Forgot password?". Both settings are needed: SMTP_URL says how to send, PARTA_URL where the
// link in the mail points. The link is never built from the request's Host header, which a client chooses: else
// anyone could ask a reset for a teacher's address and have the mail point at a site of theirs.
export interface MailSettings {
  smtpUrl: string;
  /** The address people open Parta at, without a trailing slash. */
  baseUrl: string;
  from: string;
}

export function mailSettings(env: Record<string, string | undefined> = process.env): MailSettings | null {
  const smtpUrl = env.SMTP_URL?.trim();
  const base = env.PARTA_URL?.trim();
  if (!smtpUrl || !base) return null;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return { smtpUrl, baseUrl: url.origin + url.pathname.replace(/\/+$/, ''), from: env.MAIL_FROM?.trim() || `Parta <parta@${url.hostname}>` };
}

/** The reset page with the address and code filled in: one tap from the mail. */
export function resetLink(baseUrl: string, email: string, code: string): string {
  return `${baseUrl}/reset-password?${new URLSearchParams({ email, code }).toString()}`;
}
