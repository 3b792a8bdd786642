import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text.ts';

const textOf = (markdown: string) => markdownToText(markdown).text;
const titled = (markdown: string) => {
  const { text, title } = markdownToText(markdown);
  return title === undefined ? { text } : { text, title };
};

describe('markdownToText', () => {
  it('puts headings on their own paragraph and takes the first as title', () => {
    expect(titled('# Parties #\nText.\n\nSubtitle\n========\n## Next\nMore.')).toEqual({
      text: 'Parties\n\nText.\n\nSubtitle\n\nNext\n\nMore.',
      title: 'Parties',
    });
    expect(markdownToText('Setext *first*\n---\n\n# ATX second').title).toBe('Setext first');
    expect(markdownToText('#hashtag is not a heading').title).toBeUndefined();
  });

  it('joins the lines of a paragraph, except after a hard break', () => {
    expect(textOf('A party\nunites citizens.\n\nNext  \nline\\\nend')).toBe('A party unites citizens.\n\nNext\nline\nend');
  });

  it('removes emphasis and strikethrough, leaving lone stars and snake_case alone', () => {
    expect(textOf('**bold**, __strong__, *em*, _em_, ***both***, **bold _nested_**, ~~gone~~')).toBe(
      'bold, strong, em, em, both, bold nested, gone',
    );
    expect(textOf('2 * 3 * 4 and snake_case_name and a*b')).toBe('2 * 3 * 4 and snake_case_name and a*b');
  });

  it('keeps the text of links and images, not their addresses', () => {
    expect(textOf('See [the party](https://en.wikipedia.org/wiki/Party_(politics) "Party") and ![Map of Kazakhstan](map.png).')).toBe(
      'See the party and Map of Kazakhstan.',
    );
    expect(textOf('[![Logo](logo.png)](https://example.org) and <https://example.org>')).toBe('Logo and https://example.org');
  });

  it('resolves reference links and drops their definitions', () => {
    expect(textOf('Read [the law][1], [Constitution][] and [Mazhilis].\n\n[1]: https://a.kz\n[constitution]: https://b.kz\n[mazhilis]: <https://c.kz> "Title"')).toBe(
      'Read the law, Constitution and Mazhilis.',
    );
    expect(textOf('An [unknown] bracket stays.')).toBe('An [unknown] bracket stays.');
  });

  it('keeps code spans verbatim and leaves code blocks out: a program is not a sentence to quote on a card', () => {
    expect(textOf('Run `a *b* c` now.\n\n```js\nconst x = **1**;\n\n[a](b)\n```\nAfter.\n\n    indented code\n\nEnd.')).toBe('Run a *b* c now.\n\nAfter.\n\nEnd.');
  });

  it('keeps escaped characters as literal text', () => {
    expect(textOf('\\*not emphasis\\* and \\[not a link\\](x) and \\# not heading')).toBe('*not emphasis* and [not a link](x) and # not heading');
  });

  it('keeps list items as lines, with numbers but without bullets and task boxes', () => {
    expect(textOf('Parties:\n- Amanat\n- Ak Zhol\n  continued\n  + nested\n\n1. first\n2. second\n\n- [x] done\n- [ ] todo')).toBe(
      'Parties:\n\nAmanat\nAk Zhol continued\nnested\n\n1. first\n2. second\n\ndone\ntodo',
    );
    // As CommonMark reads it: another bullet or delimiter starts another list.
    expect(textOf('- one\n* two\n\n1. first\n2) second')).toBe('one\n\ntwo\n\n1. first\n\n2) second');
  });

  it('keeps a loose list together', () => {
    expect(textOf('- one\n\n- two\n\nAfter.')).toBe('one\ntwo\n\nAfter.');
  });

  it('does not mistake a wrapped year for a list', () => {
    expect(textOf('Independence came in\n1991. It was\n1. a real list')).toBe('Independence came in 1991. It was\n\n1. a real list');
  });

  it('removes quote markers and thematic breaks', () => {
    expect(textOf('> Quoted **text**\n> goes on.\n>\n> > Nested.\n\n---\n\n***\nEnd.')).toBe('Quoted text goes on.\n\nNested.\n\nEnd.');
  });

  it('turns tables into lines of tab-separated cells', () => {
    expect(textOf('| Party | Founded |\n|:------|--------:|\n| **Amanat** | 1999 |\n| A \\| B | 2 |\n\nAfter.')).toBe(
      'Party\tFounded\nAmanat\t1999\nA | B\t2\n\nAfter.',
    );
  });

  it('removes HTML tags and comments, keeping their text', () => {
    expect(textOf('<div align="center">Centered <b>bold</b><br>next</div>\n\nA <!-- hidden --> B, and 2 < 3 > 1.')).toBe(
      'Centered bold\nnext\n\nA  B, and 2 < 3 > 1.',
    );
  });

  it('keeps footnote text and drops the markers', () => {
    expect(textOf('Founded in 1999.[^1]\n\n[^1]: As Otan.')).toBe('Founded in 1999.\n\nAs Otan.');
  });

  it('drops YAML front matter', () => {
    expect(titled('---\ntitle: Parties\ntags: [a]\n---\n# Heading\nText.')).toEqual({ text: 'Heading\n\nText.', title: 'Heading' });
    expect(textOf('---\n\nText after a rule.')).toBe('Text after a rule.');
  });

  it('reads Cyrillic and CRLF line ends', () => {
    expect(titled('# Партии\r\n\r\n**Партия** — это _объединение_.\r\n')).toEqual({ text: 'Партии\n\nПартия — это объединение.', title: 'Партии' });
  });

  it('stays linear on unclosed markup', () => {
    // 240,000 characters of openers that never close: about a second (micromark's own pace), where a
    // quadratic reading would take minutes. The bound leaves room for a busy machine.
    const started = performance.now();
    textOf(`${'*a [b _c `d '.repeat(20_000)}\n`);
    expect(performance.now() - started).toBeLessThan(6_000);
  });

  it('collects bold and italic phrases as the text reads them, each once', () => {
    const { emphasized } = markdownToText('A **price ceiling** keeps prices low; a *price floor* keeps them high.\n\n**Price ceilings** and __price ceiling__ again, ***both*** and a [**linked** term](x).');
    expect(emphasized).toEqual(['price ceiling', 'price floor', 'Price ceilings', 'both', 'linked']);
  });

  it('knows where each character of the text stands in the Markdown', () => {
    const markdown = '# The *cell*\n\n> A **cell** is the\n> unit of [life](https://x.org) &amp; more \\* here.\n\n| a | b |\n|---|---|\n| c | d |';
    const { text, offsets } = markdownToText(markdown);
    expect(text).toBe('The cell\n\nA cell is the unit of life & more * here.\n\na\tb\nc\td');
    expect(offsets).toHaveLength(text.length);
    // Every letter and digit comes from the same letter in the source, in order.
    [...text].forEach((char, i) => {
      if (/[\p{L}\p{N}]/u.test(char)) expect(markdown[offsets[i]!]).toBe(char);
      if (i > 0) expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!);
    });
    const sentence = text.indexOf('A cell');
    const end = text.indexOf('here.') + 'here.'.length;
    expect(markdown.slice(offsets[sentence]!, offsets[end - 1]! + 1)).toBe('A **cell** is the\n> unit of [life](https://x.org) &amp; more \\* here.');
  });
});
