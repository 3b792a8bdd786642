// The generator for any input a teacher gives: plain text as it is, Markdown read as it renders and cited as the
// file writes it. Apart from lib/generate/index.ts so that plain text never loads the Markdown parser (about 12 MB).
import { markdownToText, sourceRangeOf } from '../documents/markdown-to-text.ts';
import { generateFromReading, generateFromText } from './index.ts';
import type { GenerateOptions, GenerateResult } from './types.ts';

export function generateFromInput(text: string, options: GenerateOptions = {}): GenerateResult {
  const { markdown, ...rest } = options;
  if (!markdown) return generateFromText(text, rest);
  const reading = markdownToText(text);
  // A citation is widened over the markup around its words: "**Democracy** is …", not "Democracy** is …".
  return generateFromReading(text, reading.text, (start, end) => sourceRangeOf(reading.offsets, text, start, end), rest);
}
