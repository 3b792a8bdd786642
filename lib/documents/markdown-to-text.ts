// Markdown -> the plain text a reader sees when it is rendered, read with a real CommonMark + GFM parser
// (micromark/mdast): headings, paragraphs and list items on their own lines, table rows as tab-separated cells,
// the words of links, images, emphasis and HTML kept and their markup dropped. Code blocks are left out: they are
// not prose, and a teacher does not want a card that quotes a program as a sentence (code spans inside a sentence
// keep their text). Bold and italic phrases are collected too: they are the author's clearest signal of a key
// term. Every character of the text knows where it stands in the Markdown (`offsets`), so that a sentence found
// in the text can be cited from the file as written.
import type { Nodes, Parents, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export interface MarkdownText {
  text: string;
  /** The text of the first heading, if there is one. */
  title?: string;
  /** Bold and italic phrases as the text reads them, in order of first appearance, each once. */
  emphasized: string[];
  /** For each character of `text`, its offset in the Markdown source (separators take their neighbour's). */
  offsets: Int32Array;
}

export function markdownToText(markdown: string): MarkdownText {
  const source = blankFrontMatter(markdown);
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const out = new Projection(source);
  const emphasized = new Map<string, string>();
  let title: string | undefined;
  for (const block of blocksOf(tree)) {
    const rendered = renderBlock(block, source, emphasized);
    if (rendered.text.trim() === '') continue;
    if (block.type === 'heading' && title === undefined) title = rendered.text.trim();
    out.separate('\n\n');
    out.appendPiece(rendered);
  }
  const { text, offsets } = out.finish();
  return { text, ...(title ? { title } : {}), emphasized: [...emphasized.values()], offsets };
}

/** YAML front matter (static site generators, Obsidian) is metadata: blanked out, so every offset stays put. */
function blankFrontMatter(markdown: string): string {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match || !/^[A-Za-z_][\w-]*[ \t]*:/m.test(match[1] ?? '')) return markdown;
  return match[0].replace(/[^\r\n]/g, ' ') + markdown.slice(match[0].length);
}

// --- blocks ---

type Block = RootContent;

/** Top-level blocks, with block quotes and footnote definitions opened up into the blocks they hold. */
function blocksOf(parent: Root | Parents): Block[] {
  const blocks: Block[] = [];
  for (const child of (parent as Root).children) {
    if (child.type === 'blockquote' || child.type === 'footnoteDefinition') blocks.push(...blocksOf(child));
    else blocks.push(child);
  }
  return blocks;
}

/** A piece of the projection: text and, per character, its source offset. */
interface Piece {
  text: string;
  offsets: number[];
}

function renderBlock(block: Block, source: string, emphasized: Map<string, string>): Piece {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inline(block.children, source, emphasized);
    case 'list':
      return joinPieces(listLines(block, source, emphasized), '\n');
    case 'table':
      return joinPieces(
        block.children.map((row: TableRow) => joinPieces(row.children.map((cell) => trimPiece(inline(cell.children, source, emphasized))), '\t')),
        '\n',
      );
    case 'html':
      return htmlText(block.value, block.position?.start.offset ?? 0, source);
    // Code, thematic breaks, link definitions, front matter: nothing a reader reads as prose.
    default:
      return { text: '', offsets: [] };
  }
}

/** One line per list item; numbers carry meaning (steps, ranks) and stay, bullets and task boxes are markup. */
function listLines(list: Extract<Block, { type: 'list' }>, source: string, emphasized: Map<string, string>): Piece[] {
  const lines: Piece[] = [];
  for (const item of list.children) {
    const itemLines: Piece[] = [];
    for (const child of item.children) {
      if (child.type === 'list') itemLines.push(...listLines(child, source, emphasized));
      else if (child.type === 'paragraph' || child.type === 'heading') itemLines.push(inline(child.children, source, emphasized));
      else if (child.type === 'blockquote') itemLines.push(...blocksOf(child).map((inner) => renderBlock(inner, source, emphasized)));
      else if (child.type !== 'code') itemLines.push(renderBlock(child, source, emphasized));
    }
    const nonEmpty = itemLines.filter((line) => line.text.trim() !== '');
    if (nonEmpty.length === 0) continue;
    if (list.ordered && item.position) {
      const at = item.position.start.offset ?? 0;
      const marker = /^\d{1,9}[.)]/.exec(source.slice(at, at + 10))?.[0];
      if (marker) nonEmpty[0] = joinPieces([verbatim(source, at, at + marker.length), nonEmpty[0]!], ' ');
    }
    lines.push(...nonEmpty);
  }
  return lines;
}

// --- inline content ---

function inline(nodes: readonly PhrasingContent[], source: string, emphasized: Map<string, string>): Piece {
  const parts: Piece[] = [];
  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'text':
        parts.push(softBreaksAsSpaces(aligned(node.value, node.position?.start.offset, node.position?.end.offset, source)));
        return;
      case 'inlineCode':
        parts.push(aligned(node.value, node.position?.start.offset, node.position?.end.offset, source));
        return;
      case 'break':
        parts.push({ text: '\n', offsets: [node.position?.start.offset ?? 0] });
        return;
      case 'image':
      case 'imageReference':
        parts.push(aligned(node.alt ?? '', node.position?.start.offset, node.position?.end.offset, source));
        return;
      case 'html':
        parts.push(htmlText(node.value, node.position?.start.offset ?? 0, source));
        return;
      case 'footnoteReference':
        return;
      case 'strong':
      case 'emphasis': {
        const before = parts.length;
        for (const child of node.children) walk(child);
        noteEmphasis(joinPieces(parts.slice(before), '').text, emphasized);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) walk(child);
    }
  };
  for (const node of nodes) walk(node);
  return trimPiece(joinPieces(parts, ''));
}

function noteEmphasis(text: string, emphasized: Map<string, string>): void {
  const phrase = text.replace(/\s+/g, ' ').trim();
  const key = phrase.toLowerCase();
  if (phrase && !emphasized.has(key)) emphasized.set(key, phrase);
}

/**
 * A node's value placed back in the source: characters the value shares with the source (nearly all) take their
 * own offsets; what the parser decoded or removed on the way (escapes, entities, quote markers of a continued
 * line) is skipped over.
 */
function aligned(value: string, start: number | undefined, end: number | undefined, source: string): Piece {
  const from = start ?? 0;
  const to = end ?? from;
  const offsets: number[] = [];
  let at = from;
  for (const char of value) {
    let found = -1;
    for (let probe = at; probe < Math.min(to, at + 64); probe++) {
      if (source.startsWith(char, probe)) {
        found = probe;
        break;
      }
    }
    const offset = found >= 0 ? found : Math.min(at, Math.max(from, to - 1));
    for (let unit = 0; unit < char.length; unit++) offsets.push(offset + unit);
    if (found >= 0) at = found + char.length;
  }
  return { text: value, offsets };
}

function verbatim(source: string, start: number, end: number): Piece {
  return { text: source.slice(start, end), offsets: Array.from({ length: end - start }, (_, i) => start + i) };
}

/** The lines of one paragraph are one run of text: a line break and the spaces around it read as one space. */
function softBreaksAsSpaces(piece: Piece): Piece {
  return replaceIn(piece, /[ \t]*\r?\n[ \t]*/g, ' ');
}

const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/** HTML keeps its words: comments and tags go, a <br> is a line break. */
function htmlText(html: string, start: number, source: string): Piece {
  const piece = aligned(html, start, start + html.length, source);
  return replaceIn(replaceIn(replaceIn(piece, HTML_COMMENT, ''), LINE_BREAK_TAG, '\n'), HTML_TAG, '');
}

// --- pieces ---

/** Replaces each match by `by`, whose characters take the offset of the match's first character. */
function replaceIn(piece: Piece, pattern: RegExp, by: string): Piece {
  let text = '';
  const offsets: number[] = [];
  let last = 0;
  for (const match of piece.text.matchAll(pattern)) {
    const at = match.index;
    text += piece.text.slice(last, at) + by;
    for (let i = last; i < at; i++) offsets.push(piece.offsets[i]!);
    for (let i = 0; i < by.length; i++) offsets.push(piece.offsets[at] ?? piece.offsets[at - 1] ?? 0);
    last = at + match[0].length;
  }
  if (last === 0) return piece;
  text += piece.text.slice(last);
  for (let i = last; i < piece.offsets.length; i++) offsets.push(piece.offsets[i]!);
  return { text, offsets };
}

function trimPiece(piece: Piece): Piece {
  const start = piece.text.length - piece.text.trimStart().length;
  const end = piece.text.trimEnd().length;
  return start === 0 && end === piece.text.length ? piece : { text: piece.text.slice(start, end), offsets: piece.offsets.slice(start, end) };
}

function joinPieces(pieces: readonly Piece[], separator: string): Piece {
  let text = '';
  const offsets: number[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0 && separator) {
      text += separator;
      const at = offsets.at(-1) ?? piece.offsets[0] ?? 0;
      for (let i = 0; i < separator.length; i++) offsets.push(at);
    }
    text += piece.text;
    for (const offset of piece.offsets) offsets.push(offset);
  });
  return { text, offsets };
}

/** The whole text, block by block. */
class Projection {
  private readonly pieces: Piece[] = [];
  private pendingSeparator = '';

  constructor(private readonly source: string) {}

  separate(separator: string): void {
    if (this.pieces.length > 0) this.pendingSeparator = separator;
  }

  appendPiece(piece: Piece): void {
    if (this.pendingSeparator) {
      const at = this.pieces.at(-1)?.offsets.at(-1) ?? 0;
      this.pieces.push({ text: this.pendingSeparator, offsets: Array<number>(this.pendingSeparator.length).fill(at) });
      this.pendingSeparator = '';
    }
    this.pieces.push(piece);
  }

  finish(): { text: string; offsets: Int32Array } {
    const joined = joinPieces(this.pieces, '');
    // Offsets never go backwards, whatever the alignment guessed: a sentence maps to one range of the source.
    const offsets = Int32Array.from(joined.offsets);
    for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) offsets[i] = offsets[i - 1]!;
    for (let i = 0; i < offsets.length; i++) offsets[i] = Math.min(Math.max(0, offsets[i]!), Math.max(0, this.source.length - 1));
    return { text: joined.text, offsets };
  }
}

// --- ranges between the text and the Markdown ---

/** Markup that opens or closes emphasis, strikethrough, code or a link around the words at a range's edge. */
const OPENING_MARKUP = /[*_~`[]/;
const CLOSING_MARKUP = /[*_~`]/;

/**
 * The Markdown that text[start, end) was read from, widened over the markup that opens or closes at its edges:
 * "**Democracy** is rule by the people." and not "Democracy** is rule by the people.".
 */
export function sourceRangeOf(offsets: Int32Array, source: string, start: number, end: number): { start: number; end: number } {
  if (end <= start || offsets.length === 0) return { start: offsets[start] ?? 0, end: offsets[start] ?? 0 };
  let from = offsets[start]!;
  let to = offsets[end - 1]! + 1;
  while (from > 0 && OPENING_MARKUP.test(source[from - 1]!)) from--;
  while (to < source.length && CLOSING_MARKUP.test(source[to]!)) to++;
  return { start: from, end: to };
}

/** The part of the text that was read from source[start, end): the reverse of sourceRangeOf. */
export function textRangeOf(offsets: Int32Array, start: number, end: number): { start: number; end: number } {
  return { start: firstAtOrAfter(offsets, start), end: firstAtOrAfter(offsets, end) };
}

/** The first index whose offset is at least `offset` (offsets never decrease), or offsets.length. */
function firstAtOrAfter(offsets: Int32Array, offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
