// The article as a reader sees it. An uploaded Markdown file is kept as written, so that citations quote the file;
// shown, it is the text it renders to, and each cited sentence's offsets move into that text with it.
import { markdownToText, textRangeOf } from './markdown-to-text.ts';

export function isMarkdownFile(fileName: string | null): boolean {
  return fileName !== null && /\.md$/i.test(fileName);
}

export function shownDocument<S extends { start: number; end: number }>(content: string, fileName: string | null, sentences: readonly S[]): { content: string; sentences: S[] } {
  if (!isMarkdownFile(fileName)) return { content, sentences: [...sentences] };
  const { text, offsets } = markdownToText(content);
  return {
    content: text,
    sentences: sentences.map((sentence) => {
      const range = textRangeOf(offsets, sentence.start, sentence.end);
      // Separators between blocks take their neighbour's offset: leave them out of the highlight.
      const slice = text.slice(range.start, range.end);
      const start = range.start + (slice.length - slice.trimStart().length);
      return { ...sentence, start, end: Math.max(start, range.start + slice.trimEnd().length) };
    }),
  };
}
