import { getFormatter, getTranslations } from 'next-intl/server';

/** A review assignment's name, from its concepts: "Review: Party system, Mazhilis and 3 more" (up to three by name). */
export async function reviewTitle(terms: readonly string[]): Promise<string> {
  const [t, format] = await Promise.all([getTranslations('ConceptReview'), getFormatter()]);
  const named = terms.length <= 3 ? terms : terms.slice(0, 2);
  const more = terms.length - named.length;
  return t('title', { terms: format.list(named, { type: more > 0 ? 'unit' : 'conjunction' }), more });
}
