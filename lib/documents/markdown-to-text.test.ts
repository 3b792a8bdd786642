import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text.ts';

const textOf = (markdown: string) => markdownToText(markdown).text;

describe('markdownToText', () => {
  it('puts headings on their own paragraph and takes the first as title', () => {
    expect(markdownToText('# Parties #\nText.\n\nSubtitle\n========\n## Next\nMore.')).toEqual({
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

  it('keeps code verbatim without its fences or backticks', () => {
    expect(textOf('Run `a *b* c` now.\n\n```js\nconst x = **1**;\n\n[a](b)\n```\nAfter.')).toBe(
      'Run a *b* c now.\n\nconst x = **1**;\n\n[a](b)\n\nAfter.',
    );
    expect(textOf('~~~\n```\n~~~')).toBe('```');
  });

  it('keeps escaped characters as literal text', () => {
    expect(textOf('\\*not emphasis\\* and \\[not a link\\](x) and \\# not heading')).toBe('*not emphasis* and [not a link](x) and # not heading');
  });

  it('keeps list items as lines, with numbers but without bullets and task boxes', () => {
    expect(textOf('Parties:\n- Amanat\n* Ak Zhol\n  continued\n  + nested\n\n1. first\n2) second\n- [x] done\n- [ ] todo')).toBe(
      'Parties:\n\nAmanat\nAk Zhol continued\nnested\n\n1. first\n2) second\n\ndone\ntodo',
    );
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
    expect(markdownToText('---\ntitle: Parties\ntags: [a]\n---\n# Heading\nText.')).toEqual({ text: 'Heading\n\nText.', title: 'Heading' });
    expect(textOf('---\n\nText after a rule.')).toBe('Text after a rule.');
  });

  it('reads Cyrillic and CRLF line ends', () => {
    expect(markdownToText('# Партии\r\n\r\n**Партия** — это _объединение_.\r\n')).toEqual({ text: 'Партии\n\nПартия — это объединение.', title: 'Партии' });
  });

  it('stays fast on unclosed markup', () => {
    const started = performance.now();
    textOf(`${'*a [b _c `d '.repeat(20_000)}\n`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
