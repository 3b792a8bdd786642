// Markdown -> the plain text a reader sees when it is rendered: headings, paragraphs and list items on their own
// lines, with the markup (emphasis, links, images, code fences, tables, HTML tags) removed and the words kept.
// The generator cites sentences verbatim from this text, so it must read as prose, not as source. No Markdown
// library is installed; this covers CommonMark and GitHub's tables, task lists, strikethrough and footnotes as far
// as plain text needs, not every corner of the specification.

export interface MarkdownText {
  text: string;
  /** The text of the first heading, if there is one. */
  title?: string;
}

type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[][] }
  | { kind: 'code'; lines: string[] }
  | { kind: 'table'; rows: string[] };

export function markdownToText(markdown: string): MarkdownText {
  const lines = withoutFrontMatter(markdown.split(/\r\n?|\n/));
  const labels = referenceLabels(lines);
  const rendered = parseBlocks(lines)
    .map((block) => ({ kind: block.kind, text: renderBlock(block, labels) }))
    .filter((block) => block.text.trim() !== '');
  const text = rendered.map((block) => block.text).join('\n\n');
  const title = rendered.find((block) => block.kind === 'heading')?.text.trim();
  return title ? { text, title } : { text };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*))?$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;
const REFERENCE_DEFINITION = /^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*\S/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]]+\]:[ \t]*(.*)$/;
const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLANK = /^[ \t]*$/;

/** YAML front matter (static site generators, Obsidian) is metadata, not part of the article. */
function withoutFrontMatter(lines: string[]): string[] {
  if (lines[0]?.trim() !== '---') return lines;
  const end = lines.findIndex((line, index) => index > 0 && (line.trim() === '---' || line.trim() === '...'));
  const isYaml = end > 1 && lines.slice(1, end).some((line) => /^[A-Za-z_][\w-]*[ \t]*:/.test(line));
  return isYaml ? lines.slice(end + 1) : lines;
}

/** Labels of `[label]: url` definitions, so that a shortcut reference `[label]` can be recognised as a link. */
function referenceLabels(lines: string[]): Set<string> {
  const labels = new Set<string>();
  for (const line of lines) {
    const match = REFERENCE_DEFINITION.exec(line);
    if (match?.[1]) labels.add(normalizeLabel(match[1]));
  }
  return labels;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function withoutQuoteMarkers(line: string): string {
  let rest = line;
  while (/^ {0,3}>/.test(rest)) rest = rest.replace(/^ {0,3}> ?/, '');
  return rest;
}

function parseBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  // The paragraph, list or table that the next line may continue.
  let open: Block | undefined;
  let afterBlank = false;

  for (let index = 0; index < lines.length; index += 1) {
    const rawLine = lines[index] ?? '';
    const line = withoutQuoteMarkers(rawLine);
    const quoted = line !== rawLine;

    if (BLANK.test(line)) {
      // A blank line ends a paragraph or table; a list may go on with its next item.
      if (open?.kind !== 'list') open = undefined;
      afterBlank = true;
      continue;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;

    const fence = FENCE.exec(line);
    if (fence) {
      const code: string[] = [];
      const marker = fence[1] ?? '```';
      const closing = new RegExp(`^ {0,3}${marker[0]}{${marker.length},}[ \\t]*$`);
      for (index += 1; index < lines.length; index += 1) {
        const codeLine = quoted ? withoutQuoteMarkers(lines[index] ?? '') : (lines[index] ?? '');
        if (closing.test(codeLine)) break;
        code.push(codeLine);
      }
      open = startBlock(blocks, { kind: 'code', lines: code });
      continue;
    }

    const atx = ATX_HEADING.exec(line);
    if (atx) {
      open = startBlock(blocks, { kind: 'heading', text: (atx[1] ?? '').replace(/(?:^|[ \t]+)#+[ \t]*$/, '') });
      continue;
    }

    if (open?.kind === 'paragraph' && !wasAfterBlank && SETEXT_UNDERLINE.test(line)) {
      blocks[blocks.length - 1] = { kind: 'heading', text: open.lines.map((text) => text.trim()).join(' ') };
      open = undefined;
      continue;
    }

    if (THEMATIC_BREAK.test(line)) {
      open = undefined;
      continue;
    }

    if (REFERENCE_DEFINITION.test(line)) {
      open = undefined;
      continue;
    }

    const footnote = FOOTNOTE_DEFINITION.exec(line);
    if (footnote) {
      open = startBlock(blocks, { kind: 'paragraph', lines: [footnote[1] ?? ''] });
      continue;
    }

    if (open?.kind === 'paragraph' && TABLE_DELIMITER_ROW.test(line) && open.lines.at(-1)?.includes('|')) {
      const header = open.lines.pop() ?? '';
      if (open.lines.length === 0) blocks.pop();
      open = startBlock(blocks, { kind: 'table', rows: [header] });
      continue;
    }

    if (open?.kind === 'table' && line.includes('|')) {
      open.rows.push(line);
      continue;
    }

    const item = LIST_ITEM.exec(line);
    if (item && !(open?.kind === 'paragraph' && !wasAfterBlank && isHardWrappedNumber(item[1] ?? ''))) {
      const marker = item[1] ?? '';
      const ordered = /\d/.test(marker);
      const content = (item[2] ?? '').replace(TASK_BOX, '');
      // Numbers carry meaning (steps, ranks); bullets are only markup.
      const itemText = ordered ? `${marker} ${content}` : content;
      if (open?.kind === 'list' && open.ordered === ordered) open.items.push([itemText]);
      else open = startBlock(blocks, { kind: 'list', ordered, items: [[itemText]] });
      continue;
    }

    if (open?.kind === 'paragraph' && !wasAfterBlank) open.lines.push(line);
    else if (open?.kind === 'list' && !wasAfterBlank) open.items.at(-1)?.push(line);
    else open = startBlock(blocks, { kind: 'paragraph', lines: [line] });
  }
  return blocks;
}

/** As in CommonMark, only "1." may start a list inside a paragraph: "…founded in\n1991. It…" is a wrapped line. */
function isHardWrappedNumber(marker: string): boolean {
  return /^\d/.test(marker) && !/^1[.)]$/.test(marker);
}

/** Adds a block and returns it if later lines may continue it. */
function startBlock(blocks: Block[], block: Block): Block | undefined {
  blocks.push(block);
  return block.kind === 'paragraph' || block.kind === 'list' || block.kind === 'table' ? block : undefined;
}

function renderBlock(block: Block, labels: Set<string>): string {
  switch (block.kind) {
    case 'heading':
      return inlineToText(block.text, labels);
    case 'paragraph':
      return inlineToText(joinSoftBreaks(block.lines), labels);
    case 'list':
      return block.items.map((item) => inlineToText(joinSoftBreaks(item), labels)).join('\n');
    case 'code':
      return block.lines.join('\n');
    case 'table':
      return block.rows.map((row) => tableCells(row).map((cell) => inlineToText(cell, labels)).join('\t')).join('\n');
  }
}

/** Lines of one paragraph are one run of text, except after a hard break (two spaces or a backslash at the end). */
function joinSoftBreaks(lines: string[]): string {
  let joined = '';
  lines.forEach((line, index) => {
    const text = line.trimStart();
    if (index === lines.length - 1) joined += text.trimEnd();
    else if (/(?: {2,}|\\)$/.test(text)) joined += `${text.replace(/[ \\]+$/, '')}\n`;
    else joined += `${text.trimEnd()} `;
  });
  return joined;
}

function tableCells(row: string): string[] {
  const cells = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
  return cells.map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

// Placeholders from Unicode's private use area keep code spans and escaped characters away from the markup rules.
const ESCAPED_BASE = 0xe000;
const CODE_OPEN = '\ue100';
const CODE_CLOSE = '\ue101';

// Span contents stop at the next marker of their kind (and at 1,000 characters), so that unclosed markers cannot
// make a long paragraph take quadratic time; nested markup is peeled one pass at a time instead.
const CODE_SPAN = /(?<![\\`])(`+)((?:[^`]|(?!\1)`+){1,1000}?)(?<!`)\1(?!`)/g;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/gi;
const DESTINATION = String.raw`\(\s*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)`;
const IMAGE = new RegExp(String.raw`!\[([^[\]]{0,1000})\]` + DESTINATION, 'g');
const LINK = new RegExp(String.raw`\[([^[\]]{0,1000})\]` + DESTINATION, 'g');
const REFERENCE_LINK = /!?\[([^[\]]{1,1000})\]\[[^[\]]{0,1000}\]/g;
const SHORTCUT_REFERENCE = /\[([^[\]^][^[\]]{0,999})\](?![([:])/g;
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;
const EMPHASIS = [
  /\*\*(?=\S)((?:[^*]|\*(?!\*)){0,1000}?\S)\*\*/g,
  /(?<![\p{L}\p{N}_])__(?=\S)((?:[^_]|_(?!_)){0,1000}?\S)__(?![\p{L}\p{N}_])/gu,
  /\*(?=[^\s*])([^*]{0,1000}?[^\s*])\*/g,
  /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]{0,1000}?[^\s_])_(?![\p{L}\p{N}_])/gu,
  /~~(?=\S)((?:[^~]|~(?!~)){0,1000}?\S)~~/g,
];

function inlineToText(source: string, labels: Set<string>): string {
  const codeSpans: string[] = [];
  let text = source
    .replace(CODE_SPAN, (_, _ticks: string, code: string) => {
      codeSpans.push(code.replace(/^ (.*) $/s, '$1'));
      return `${CODE_OPEN}${codeSpans.length - 1}${CODE_CLOSE}`;
    })
    .replace(ESCAPE, (_, char: string) => String.fromCharCode(ESCAPED_BASE + char.charCodeAt(0)))
    .replace(HTML_COMMENT, '')
    .replace(LINE_BREAK_TAG, '\n')
    .replace(AUTOLINK, '$1')
    .replace(HTML_TAG, '')
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(SHORTCUT_REFERENCE, (whole, label: string) => (labels.has(normalizeLabel(label)) ? label : whole))
    .replace(FOOTNOTE_REFERENCE, '');
  // Nested emphasis (***both***, **bold _and italic_**) needs more than one pass.
  for (let pass = 0; pass < 3; pass += 1) {
    const before = text;
    for (const rule of EMPHASIS) text = text.replace(rule, '$1');
    if (text === before) break;
  }
  return text
    .replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED_BASE))
    .replace(new RegExp(`${CODE_OPEN}(\\d+)${CODE_CLOSE}`, 'g'), (_, index: string) => codeSpans[Number(index)] ?? '');
}
