// Figure and table captions pasted along with the prose ("Figure 8.5 Torres del Paine. The Torres del Paine are a
// young region …"): they describe a picture the student cannot see, so they name concepts but make no items.

const CAPTION_START = /^\s*(?:figure|fig\.|table|chart|map|photo|image|diagram|graph|exhibit)\s*\d/i;

/** The sentence sits on a line that opens with a figure or table label. */
export function isCaption(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return CAPTION_START.test(text.slice(lineStart, start + 40));
}
