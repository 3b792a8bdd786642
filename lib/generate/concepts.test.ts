// Ranking on small invented texts: which phrases become concepts, and under which name.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { formsIn, rankConcepts } from './concepts.ts';

function concepts(text: string, limit = 30) {
  return rankConcepts(analyzeText(text), limit);
}

describe('abbreviations', () => {
  const text = [
    'Radios send data in many ways.',
    'The simplest scheme is called amplitude shift keying (ASK).',
    'In ASK the strength of the wave carries each bit.',
    'ASK is cheap to build.',
    'Noise easily corrupts ASK.',
    'A later scheme, amplitude shift keying with carriers, adds a second wave.',
  ].join(' ');

  it('counts the abbreviation as a mention of its long form, which the text introduces on purpose', () => {
    const concept = concepts(text).find((found) => found.term === 'amplitude shift keying');
    expect(concept?.named).toBe(true);
    expect(new Set(concept?.mentions.map((mention) => mention.sentence)).size).toBeGreaterThan(0);
    expect(concepts(text).some((found) => found.term === 'ASK')).toBe(false);
  });
});

describe('folding a single word into a longer term', () => {
  it('does not fold a defined word into a name that uses it', () => {
    const text = [
      'A treaty is a written agreement between states.',
      'The Treaty of Paris (TP) ended the war.',
      'The Atlantic Treaty bound twelve states.',
      'The Atlantic Treaty was signed in spring.',
      'The Atlantic Treaty still holds.',
      'Every treaty needs a signature.',
    ].join(' ');
    const treaty = concepts(text).find((found) => found.key === 'treaty');
    expect(treaty?.definition).toBe('a written agreement between states');
  });
});

describe('a folded word brings its explanation second', () => {
  it('prefers what the longer term is said to be over what the single word is', () => {
    const text = [
      'Civil law occurs when private parties settle a dispute in court.',
      'Civil law covers contracts.',
      'Civil law covers property.',
      'Civil law differs between countries.',
      'Some law, a set of written rules, dates from Rome.',
    ].join(' ');
    const civil = concepts(text).find((found) => found.key === 'civil law');
    expect(civil?.definition).toBe('when private parties settle a dispute in court');
  });
});

describe('captions and headings in Title Case', () => {
  const text = [
    'Rivers',
    'Braided rivers split into many channels. Meandering rivers wind across flat plains.',
    'Figure 3.2 Braided Rivers. A braided river in Alaska. (credit: modification of work by Jane Smith)',
    'Braided rivers carry coarse gravel. Meandering rivers carry fine silt.',
  ].join('\n');

  it('reads a Title Case caption with the text\'s own common words, so its term is the same concept', () => {
    const caption = analyzeText(text).sentences.find((sentence) => sentence.clean.startsWith('Figure'))!;
    expect(caption.phrases.map((phrase) => phrase.key)).toContain('braided river');
  });

  it('takes no concept from a picture credit', () => {
    const keys = analyzeText(text).sentences.flatMap((sentence) => sentence.phrases.map((phrase) => phrase.key));
    expect(keys).not.toContain('modification of work');
    expect(keys).not.toContain('jane smith');
  });
});

describe('the sentence that explains an undefined concept', () => {
  it('is one a student can read on its own, not one that points back or to a figure', () => {
    const text = [
      'Glaciers shape mountains.',
      'This river terrace rises above the valley in Figure 4.',
      'These river terraces hold sand and gravel from the melting glacier.',
      'A river terrace lies where meltwater streams drop sand and gravel beyond the ice.',
      'Farms often sit on a river terrace.',
    ].join(' ');
    const plain = concepts(text).find((found) => found.key === 'river terrace');
    expect(plain?.source.sentence).toBe('A river terrace lies where meltwater streams drop sand and gravel beyond the ice.');
  });
});

describe('section headings', () => {
  it('makes a heading term a concept, but not the label of a feature box', () => {
    const text = [
      'Volcanoes',
      'Volcanoes form where magma reaches the surface of the crust.',
      'Lava Domes',
      'A lava dome grows where thick lava piles up around a vent of the volcano.',
      'Animation',
      'Watching an Eruption',
      'This animation shows an eruption of the volcano from the start.',
      'Magma rises through cracks in the crust below the volcano.',
    ].join('\n');
    const keys = concepts(text).map((found) => found.key);
    // "Lava Domes" is the heading of the body's "lava dome".
    expect(keys).toContain('lava dome');
    expect(keys).not.toContain('animation');
  });
});

describe('what an adherent holds', () => {
  it('explains the "-ism" the text names, and makes no concept of one it does not', () => {
    const named = concepts('Pacifism has a long history. Pacifism rejects war. The pacifist holds that war is never just. Many churches taught pacifism.');
    expect(named.find((found) => found.key === 'pacifism')?.definition).toBe('the view that war is never just');
    const unnamed = concepts('Peace movements have a long history. The pacifist holds that war is never just. Many churches taught peace. Peace movements grew after the war.');
    expect(unnamed.some((found) => found.key === 'pacifism')).toBe(false);
  });
});

describe('abbreviated names of bodies', () => {
  it('does not take the name of an organisation given with its abbreviation as a term introduced on purpose', () => {
    const text = [
      'Farmers formed the National Grain Growers Union (NGGU) in the spring.',
      'Prices of grain fell that year.',
      'Growers sold their grain at a loss.',
      'A grain elevator stores grain before sale.',
      'Grain prices rose again later.',
    ].join(' ');
    expect(concepts(text).find((found) => found.key === 'national grain growers union')?.named ?? false).toBe(false);
  });
});

describe('a qualified "-ism" from its adherent', () => {
  it('is a concept when the text names the "-ism" it qualifies', () => {
    const text = 'Pacifism rejects war. Pacifism has a long history. A strict pacifist will assume that no war is just. Many churches taught pacifism.';
    expect(concepts(text).find((found) => found.key === 'strict pacifism')?.definition).toBe('the view that no war is just');
  });
});

describe('the explaining sentence, once more', () => {
  it('avoids a sentence that names the concept twice or lists it among others', () => {
    const text = [
      'Coral reefs need warm seas, so cold seas rarely hold any coral reefs at all.',
      'Kelp forests, coral reefs, and sea caves shelter many kinds of small fish.',
      'In warm shallow water, coral reefs grow where tiny animals build limestone skeletons.',
      'Storms often break coral reefs apart.',
    ].join(' ');
    expect(concepts(text).find((found) => found.key === 'coral reef')?.source.sentence).toBe('In warm shallow water, coral reefs grow where tiny animals build limestone skeletons.');
  });
});

describe('formsIn', () => {
  const concept = { forms: ['field survey'], aliases: ['survey'], sentence: 3, mentions: [{ sentence: 3, start: 4, end: 6 }, { sentence: 5, start: 0, end: 2 }] } as unknown as Parameters<typeof formsIn>[0];

  it('blanks the folded single word only in a defining sentence that does not name the term in full', () => {
    expect(formsIn(concept, 3)).toEqual(['field survey']);
    expect(formsIn({ ...concept, sentence: 7 }, 7)).toEqual(['field survey', 'survey']);
    expect(formsIn(concept, 5)).toEqual(['field survey']);
  });
});

describe('a named term of everyday words', () => {
  it('is a concept when the text introduces it in quotation marks', () => {
    const text = 'Early thinkers spoke of a “vital spark” in living things. Animals grow. Plants grow too. The vital spark was never measured. Later work found no vital spark.';
    expect(concepts(text).map((found) => found.key)).toContain('vital spark');
  });
});

describe('a quantifier opening the sentence before its verb', () => {
  it('reads "Some offer X" with "offer" as the verb when the text uses it as one', () => {
    const sentences = analyzeText('Clubs often offer prizes to members. Some offer cash rewards, which are payments made for joining a club.').sentences;
    expect(sentences[1]!.phrases.map((phrase) => phrase.key)).toContain('cash reward');
  });
});

describe('feature boxes', () => {
  const text = [
    'Wetlands',
    'Wetlands store water after heavy rain. Peat bogs are wetlands that build up dead moss over centuries.',
    'Case in Point: A Flooded Farm',
    'Margaret Olsen is a dairy farmer whose fields flooded twice. The Olsen farm lost its hay barn. The Olsen farm lost its hay barn again in spring.',
    'Peat bogs hold more carbon than forests do. Draining peat bogs releases that carbon. Many countries now protect peat bogs.',
  ].join('\n');

  it('marks the paragraph under a box heading and ends the box with it', () => {
    const sentences = analyzeText(text).sentences;
    expect(sentences.filter((sentence) => sentence.box).map((sentence) => sentence.clean)).toEqual([
      'Case in Point: A Flooded Farm',
      'Margaret Olsen is a dairy farmer whose fields flooded twice.',
      'The Olsen farm lost its hay barn.',
      'The Olsen farm lost its hay barn again in spring.',
    ]);
  });

  it('takes no concept from a box', () => {
    const keys = concepts(text).map((found) => found.key);
    expect(keys).toContain('peat bog');
    expect(keys).not.toContain('olsen farm');
    expect(keys).not.toContain('hay barn');
  });
});

describe('a name for what the sentence before says', () => {
  it('takes the previous sentence as the explanation of a term named in a sentence that points back', () => {
    const text = 'Sleep has stages. If people are deprived of deep sleep, they spend more time in deep sleep the next night. This is known as sleep rebound, and it shows that sleep is regulated. Sleep rebound is common. Dreams happen in sleep.';
    const rebound = concepts(text).find((found) => found.key === 'sleep rebound');
    expect(rebound?.definition).toBe('If people are deprived of deep sleep, they spend more time in deep sleep the next night');
    expect(rebound?.source.sentence).toBe('If people are deprived of deep sleep, they spend more time in deep sleep the next night.');
  });

  it('leaves a name given in a sentence that stands alone to its own sentence', () => {
    const text = 'Sleep has stages. If people are deprived of deep sleep, they spend more time in deep sleep the next night. Doctors call the effect sleep rebound when they see it in patients. Sleep rebound is common.';
    expect(concepts(text).find((found) => found.key === 'sleep rebound')?.definition).toBeUndefined();
  });
});

describe('lists', () => {
  it('keeps a list under a classifying head, not one under a passing description', () => {
    const text = 'Rocks cover the land. There are three types of rock: igneous, sedimentary, and metamorphic. In the evenings people had time for thoughtful activities, such as music, poetry, and philosophy. Rocks wear down slowly.';
    const keys = concepts(text).map((found) => found.key);
    expect(keys).toContain('type of rock');
    expect(keys).not.toContain('thoughtful activity');
  });
});

describe('numbered members of a series', () => {
  it('keeps "stage 2 sleep" as a term, and leaves a bare number out', () => {
    const text = 'Sleep has stages. Stage 2 sleep is a deeper stage of sleep in which the heart rate slows. In stage 2 sleep the body relaxes. Stage 2 sleep takes about half the night. About 40 people slept in the lab.';
    const keys = concepts(text).map((found) => found.key);
    expect(keys).toContain('stage 2 sleep');
    expect(keys.some((key) => /\b40\b/.test(key))).toBe(false);
  });
});

describe('a technical term that opens a sentence as its subject', () => {
  it('is a concept though the text names it once', () => {
    const text = 'The body defends itself in layers. Skin keeps most germs out. Humoral immunity develops slowly as the body meets foreign proteins. Germs that pass the skin meet white cells. White cells engulf the germs.';
    expect(concepts(text).map((found) => found.key)).toContain('humoral immunity');
  });
});

describe('a setting', () => {
  it('takes no concept from a name the text uses only as the place where things happen', () => {
    const text = 'Tea grows well in Sri Lanka. Farmers in Sri Lanka pick tea by hand. Much tea from Sri Lanka goes abroad. Many hills in Sri Lanka are green. Tea plants need steady rain. The tea plant is an evergreen shrub that grows in warm hills.';
    const keys = concepts(text).map((found) => found.key);
    expect(keys).not.toContain('sri lanka');
    expect(keys).toContain('tea plant');
  });
});

describe('an unexplained word of a subject’s vocabulary', () => {
  const twice = 'Farmers in the valley grow many crops. Some farms sell soybeans to a mill. The mill presses the soybeans into oil. Rain decides the size of each harvest. Prices rise in a dry year.';
  it('is not a concept when the text names it in only two sentences: an example, not a term to learn', () => {
    expect(concepts(twice).map((found) => found.key)).not.toContain('soybean');
  });
  it('is a concept when the text comes back to it in a third sentence', () => {
    const thrice = `${twice} Soybeans need warm soil.`;
    expect(concepts(thrice).map((found) => found.key)).toContain('soybean');
  });
});

describe('the other kinds of a classification the text explains', () => {
  const text = [
    'Gardens need water in many ways.',
    'Drip irrigation is a method that feeds water to each root through thin tubes.',
    'Flood irrigation is a method that covers a whole field with water.',
    'In dry hills, terrace irrigation keeps water on narrow steps.',
    'Farmers choose by cost.',
    'Engineers studied the valley. They defined irrigation by its cost.',
  ].join(' ');
  it('takes a third kind of a head the text explains two kinds of, though it says little of it', () => {
    expect(concepts(text).map((found) => found.key)).toContain('terrace irrigation');
  });
  it('leaves out a participle the tagger read as a modifier', () => {
    expect(concepts(text).map((found) => found.key)).not.toContain('defined irrigation');
  });
});

describe('a word of the subject named twice', () => {
  const text = [
    'Plants move water from the roots to the leaves.',
    'Water enters the roots through tiny hairs.',
    'In the stem, the phloem carries sugar downward in long living tubes.',
    'The leaves lose water through small pores.',
    'Sugar made in the leaves travels down to the roots.',
    'Aphids pierce the phloem to reach its sugar.',
    'The roots store some of the sugar for winter.',
  ].join(' ');

  it('is a concept when no list of everyday English holds the word', () => {
    expect(concepts(text).some((found) => found.term === 'phloem')).toBe(true);
  });

  it('leaves a word of everyday English named twice as it was', () => {
    expect(concepts(text).some((found) => found.term === 'tubes' || found.term === 'tree')).toBe(false);
  });
});
