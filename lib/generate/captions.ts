// Figure and table captions pasted along with the prose ("Figure 8.5 Torres del Paine. The Torres del Paine are a
// young region …"): they describe a picture the student cannot see, so they name concepts but make no items.

const CAPTION_START = /^\s*(?:figure|fig\.|table|chart|map|photo|image|diagram|graph|exhibit)\s*\d/i;
/** "Figure 3.22 illustrates …": the label is the subject of a sentence of the body, not the title of a picture. */
const LABEL = /^\s*(?:figure|fig\.|table|chart|map|photo|image|diagram|graph|exhibit)\s*\d+(?:\.\d+)*[a-z]?\s+/i;

/**
 * The sentence sits on a line that opens with a figure or table label. When the label opens a sentence of prose
 * ("Figure 3.22 illustrates the effects of …"), only that sentence speaks of the picture; the paragraph it opens
 * goes on as body text.
 */
export function isCaption(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!CAPTION_START.test(text.slice(lineStart, start + 40))) return false;
  const line = text.slice(lineStart);
  const label = LABEL.exec(line);
  const labelAsSubject = label !== null && /^\p{Ll}/u.test(line.slice(label[0].length));
  return !(labelAsSubject && /[.!?]\s/.test(text.slice(lineStart, start)));
}
