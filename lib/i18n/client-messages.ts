// The messages sent to the browser with every page. next-intl's provider would send the whole catalogue (58 kB in
// English) inside each page's HTML, which a phone must download and parse before the page answers a tap; only the
// namespaces that client components read are needed there (server components read theirs on the server).
// lib/i18n/client-messages.test.ts keeps this list equal to what the client code uses.
import type { AbstractIntlMessages } from 'next-intl';

export const CLIENT_NAMESPACES = [
  'Auth',
  'Classes',
  'ConceptReview',
  'Concepts',
  'Error',
  'Errors',
  'Gradebook',
  'NewDraft',
  'PasswordReset',
  'QuizEditor',
  'QuizTaking',
  'Review',
  'ReviewItems',
  'Scheduling',
  'Study',
] as const;

/** The part of a locale's messages that client components use. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]!]));
}
