// Newline-delimited JSON read from a streamed response: each complete line is one value, as it arrives.

/** Reads the body to its end, calling `onValue` for every line; a line that is not JSON is skipped. */
export async function readNdjson(body: ReadableStream<Uint8Array>, onValue: (value: unknown) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let carry = '';
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    const { lines, rest } = splitLines(carry + text, done);
    carry = rest;
    for (const line of lines) {
      try {
        onValue(JSON.parse(line));
      } catch {
        // A broken line says nothing useful; the stream's last line decides the outcome.
      }
    }
    if (done) return;
  }
}

/** The complete, non-blank lines in `text`, and what is left of an unfinished last line (all of it at the end). */
export function splitLines(text: string, atEnd: boolean): { lines: string[]; rest: string } {
  const parts = text.split('\n');
  const rest = atEnd ? '' : parts.pop()!;
  return { lines: parts.map((line) => line.trim()).filter((line) => line !== ''), rest };
}
