import { describe, expect, it } from 'vitest';
import { asideSentences, boxedSentences, isAside, isBoxLabel, refutedSentences, refutesWhatCameBefore } from './asides.ts';

/** Sentences as the analysis reads them: a heading flag, the words, and where they stand in `text`. */
function read(text: string, headings: readonly string[]) {
  const parts = text.split(/(?<=[.!?])[ ]+|\n/).filter((part) => part.trim() !== '');
  let from = 0;
  return parts.map((part) => {
    const start = text.indexOf(part, from);
    from = start + part.length;
    return { heading: headings.includes(part), clean: part, source: { start, end: from } };
  });
}

describe('isBoxLabel', () => {
  it.each(['Link to Learning', 'Interactive Link', 'Video', 'Take-Home Experiment: Melting Ice', 'Case in Point: A Flooded Town', 'Clinical Focus', 'Beyond the Book: Reading a Map', 'Think Like a Geologist', 'PhET Explorations'])(
    'labels a box: %s',
    (heading) => expect(isBoxLabel(heading)).toBe(true),
  );

  it.each(['Rivers and Lakes', 'How Glaciers Move', 'The Water Cycle', 'Linking Rivers to the Sea Floor', 'Links Between Rivers and Seas', 'Explorations of the New World', 'Milestones of Flood Control'])('names a section: %s', (heading) => expect(isBoxLabel(heading)).toBe(false));
});

describe('boxedSentences', () => {
  const text = [
    'Rivers',
    'A river is a stream of water that flows to the sea. Rivers carry sand.',
    'Link to Learning',
    'Visit the river atlas to see the longest rivers. It shows the Nile.',
    'A delta forms where a river drops its sand at the sea.',
    'Lakes',
    'A lake is a body of still water.',
  ].join('\n');
  const sentences = read(text, ['Rivers', 'Link to Learning', 'Lakes']);

  it('holds the paragraph after a box label, and not the prose that goes on after it', () => {
    const boxed = [...boxedSentences(sentences, text)].map((index) => sentences[index]!.clean);
    expect(boxed).toEqual(['Visit the river atlas to see the longest rivers.', 'It shows the Nile.']);
  });

  it('runs on under a part heading set right below its label ("Clinical Focus", "Part 1")', () => {
    const cased = ['Clinical Focus', 'Part 1', 'Ana is a farmer whose well ran dry.', 'Wells', 'A well is a hole dug to reach groundwater.'].join('\n');
    const all = read(cased, ['Clinical Focus', 'Part 1', 'Wells']);
    expect([...boxedSentences(all, cased)].map((index) => all[index]!.clean)).toEqual(['Ana is a farmer whose well ran dry.']);
  });

  it('with the asides, are the sentences no item comes from', () => {
    const more = `${text}\nFor example, Lake Baikal is very deep.`;
    const all = read(more, ['Rivers', 'Link to Learning', 'Lakes']);
    const asides = [...asideSentences(all, more)].map((index) => all[index]!.clean);
    expect(asides).toEqual(['Visit the river atlas to see the longest rivers.', 'It shows the Nile.', 'For example, Lake Baikal is very deep.']);
  });
});

describe('isAside', () => {
  it.each([
    'For example, the Nile floods every summer.',
    'In Egypt, for instance, farmers plant after the flood.',
    'Imagine that you are standing on a glacier.',
    'Suppose you pour water on dry sand.',
    'Watch the video to see a glacier calve.',
    'In the last chapter we saw the example of the river delta.',
    'Delta is a Greek letter that gave the landform its name, and potamos is the Greek word for river.',
  ])('tells an example or speaks to the reader: %s', (sentence) => expect(isAside(sentence)).toBe(true));

  it.each([
    'A delta is a landform made of the sand a river drops at its mouth.',
    'Rivers carry sediment—sand, silt and clay, for example—to the sea.',
  ])('states what the text teaches: %s', (sentence) => expect(isAside(sentence)).toBe(false));
});

describe('refutedSentences', () => {
  it('reads a sentence that drops the claim before it', () => {
    expect(refutesWhatCameBefore('This view was later shown to be wrong.')).toBe(true);
    expect(refutesWhatCameBefore('That simple model turned out to be too simple as well.')).toBe(true);
    expect(refutesWhatCameBefore('This theory explains why the tides rise twice a day.')).toBe(false);
  });

  it('marks the claim set out before the refutation in its paragraph, not the paragraph before', () => {
    const text =
      'Mountains wear down over millions of years.\nEarly geologists believed that mountains grew as the Earth cooled. On this view, mountains were wrinkles in a shrinking skin. This idea turned out to be wrong.';
    const sentences = read(text, []);
    expect([...refutedSentences(sentences, text)].sort()).toEqual([1, 2]);
    expect(asideSentences(sentences, text).has(2)).toBe(true);
    expect(asideSentences(sentences, text).has(0)).toBe(false);
  });
});
