// Text pasted from a PDF carries the book's page furniture into the middle of its sentences: page numbers, and
// running heads and feet ("CHAPTER 4 | SOCIETY AND SOCIAL INTERACTION 83", "Access for free at openstax.org")
// that land between "Deepwater Hori-" and "zon". The generator reads the text without them; citations still quote
// the text as written (lib/generate/cite-source.ts).

/** The text without its page furniture, and for each character its offset in the text; null when it has none. */
export function withoutPageFurniture(text: string): { text: string; offsets: Int32Array } | null {
  const lines = linesOf(text);
  const furniture = furnitureLines(lines);
  if (furniture.size === 0) return null;
  let kept = '';
  const offsets: number[] = [];
  lines.forEach((line, index) => {
    if (furniture.has(index)) return;
    // The line and its line break: removing a line joins what stood before and after it.
    const end = Math.min(text.length, line.end + 1);
    kept += text.slice(line.start, end);
    for (let offset = line.start; offset < end; offset++) offsets.push(offset);
  });
  return { text: kept, offsets: Int32Array.from(offsets) };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part.trim() });
    start += part.length + 1;
  }
  return lines;
}

const PAGE_NUMBER = /^\d{1,4}$/;
/** Lines further than this from a page number are not a running head or foot. */
const NEAR = 3;

/**
 * Page numbers alone on a line, and lines that come back on several pages (the same words, whatever their page
 * number) next to a page number. A line said twice far from any page number is the text's own (a repeated heading).
 */
function furnitureLines(lines: readonly Line[]): Set<number> {
  const pageNumbers = lines.flatMap((line, index) => (PAGE_NUMBER.test(line.text) ? [index] : []));
  if (pageNumbers.length === 0) return new Set();
  const near = new Uint8Array(lines.length);
  for (const page of pageNumbers) near.fill(1, Math.max(0, page - NEAR), Math.min(lines.length, page + NEAR + 1));
  const nearPageNumber = (index: number) => near[index] === 1;
  const shape = (line: Line) => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').replace(/^# | #$/g, '');
  const seenNear = new Map<string, number>();
  lines.forEach((line, index) => {
    if (line.text === '' || PAGE_NUMBER.test(line.text) || line.text.length > 100 || !nearPageNumber(index)) return;
    seenNear.set(shape(line), (seenNear.get(shape(line)) ?? 0) + 1);
  });
  const furniture = new Set(pageNumbers);
  lines.forEach((line, index) => {
    if (line.text !== '' && nearPageNumber(index) && (seenNear.get(shape(line)) ?? 0) >= 2) furniture.add(index);
  });
  return furniture;
}
