// How the generator reads a teacher's text: the one decision every way in makes (a whole draft, and the items of
// the concepts a teacher chose), so that their items always read the same words and cite them the same way.
// Markdown is read as it renders, a PDF paste without its page numbers and running heads, anything else as it is;
// a sentence read from the reading is cited from the text as written (lib/generate/cite-source.ts).
import { markdownToText, sourceRangeOf } from '../documents/markdown-to-text.ts';
import { exactRange, type SourceRange } from './cite-source.ts';
import { withoutPageFurniture } from './page-furniture.ts';

export interface Reading {
  /** The words the generator reads. */
  text: string;
  /** Where text[start, end) stands in the text as written; null when the text is read as it is written. */
  rangeOf: SourceRange | null;
}

export function readingOf(text: string, { markdown = false }: { markdown?: boolean } = {}): Reading {
  if (markdown) {
    const rendered = markdownToText(text);
    // A citation is widened over the markup around its words: "**Democracy** is …", not "Democracy** is …".
    return { text: rendered.text, rangeOf: (start, end) => sourceRangeOf(rendered.offsets, text, start, end) };
  }
  // Markdown is never searched for page furniture: a line that is a number alone is the document's own there.
  const furnished = withoutPageFurniture(text);
  return furnished ? { text: furnished.text, rangeOf: exactRange(furnished.offsets) } : { text, rangeOf: null };
}
