import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { rankConcepts } from './concepts.ts';
import { generateFromText } from './index.ts';
import { gateConcept } from './index.ts';
import { writtenCompounds } from './quality/checks.ts';
import { questionDefects, type GateContext } from './quality/gate.ts';
import { capRelations, relationQuestions, RELATION_LIMITS, type RelationCandidate } from './relation-questions.ts';
import type { Question } from './types.ts';

const TEXT = [
  'The Human Eye',
  '',
  'The retina is the layer of tissue at the back of the eye that senses light. A rod is a photoreceptor that works in dim light. A cone is a photoreceptor that detects color. There are about 120 million rods in the human retina. Rods are sensitive to dim light, whereas cones are sensitive to bright light. The retina consists of rods, cones and ganglion cells. Cones are most concentrated in the fovea. The fovea is a small pit at the center of the macula. The macula is the central part of the retina that gives sharp vision.',
  '',
  'Night Blindness',
  '',
  'Night blindness is the inability to see well in dim light. Vitamin deficiency is a lack of a vitamin in the diet. Vitamin deficiency can cause night blindness in many children. Rods need vitamin A to make the pigment rhodopsin. Rhodopsin is a pigment in rods that absorbs light.',
  '',
  'Adapting to the Dark',
  '',
  'Dark adaptation happens in three phases. The first is the cone phase, when cones adjust within minutes. The rod phase follows, as rods slowly regain rhodopsin. Finally, in the stable phase, the rods reach their full sensitivity. Dark adaptation takes about 30 minutes in a healthy eye.',
].join('\n');

const analyzed = analyzeText(TEXT);
const concepts = rankConcepts(analyzed, 40);
const { candidates, concepts: added } = relationQuestions(analyzed.sentences, concepts);
const gate: GateContext = {
  concepts: new Map([...concepts, ...added].map((concept) => [concept.key, gateConcept(concept)])),
  vocabulary: analyzed.vocabulary,
  compounds: writtenCompounds(TEXT),
};
const ofKind = (kind: RelationCandidate['kind']) => candidates.filter((candidate) => candidate.kind === kind).map((candidate) => candidate.question);

describe('relationQuestions', () => {
  it('asks for a figure tied to a concept, with the unit in the prompt and a tolerance for “about”', () => {
    expect(ofKind('numeric')).toContainEqual(
      expect.objectContaining({ type: 'numeric', prompt: 'Fill in the number: There are about _____ million rods in the human retina.', answer: 120, tolerance: 12, unit: 'million', conceptKey: 'rod' }),
    );
  });

  it('asks for the cause of an effect, with other concepts of the text as wrong choices', () => {
    const [question] = ofKind('cause');
    expect(question).toMatchObject({ type: 'single', relation: 'cause', prompt: 'According to the text, what can cause night blindness in many children?', answer: 'Vitamin deficiency' });
    expect(question!.type === 'single' && question!.choices).toHaveLength(4);
  });

  it('asks which of two things the text gives a property', () => {
    expect(ofKind('comparison')).toContainEqual(
      expect.objectContaining({ type: 'single', relation: 'comparison', prompt: 'According to the text, which are sensitive to dim light?', answer: 'Rods', choices: expect.arrayContaining(['Rods', 'Cones']) }),
    );
  });

  it('asks what a whole consists of, every part a right choice', () => {
    const [question] = ofKind('parts');
    expect(question).toMatchObject({ type: 'multiple', relation: 'parts', prompt: 'According to the text, what does the retina consist of? Select all that apply.' });
    expect(question!.type === 'multiple' && [...question!.answer].sort()).toEqual(['Cones', 'Ganglion cells', 'Rods']);
  });

  it('asks for stages in the order the text names them, as a new list concept', () => {
    expect(ofKind('ordering')).toContainEqual(
      expect.objectContaining({ type: 'ordering', prompt: 'Put the three phases of dark adaptation in the order they occur.', answer: ['Cone phase', 'Rod phase', 'Stable phase'] }),
    );
    expect(added).toContainEqual(expect.objectContaining({ kind: 'list', term: 'phases of dark adaptation', members: ['cone phase', 'rod phase', 'stable phase'] }));
  });

  it('asks for no figure of a dated episode, and none of two figures in one unit', () => {
    const story = analyzeText('The Human Eye\n\nThe retina is the layer of tissue at the back of the eye that senses light. The retina of a patient in 1998 held about 90 million rods. The retina holds about 120 million rods and 100 million other cells.');
    const figures = relationQuestions(story.sentences, rankConcepts(story, 20)).candidates.filter((candidate) => candidate.kind === 'numeric');
    expect(figures).toEqual([]);
  });

  it('makes only questions the quality gate passes', () => {
    for (const { question } of candidates) expect(questionDefects(question, gate), question.prompt).toEqual([]);
  });

  it('keeps at most the limit of each kind', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ kind: 'cause' as const, i }));
    expect(capRelations(many)).toHaveLength(RELATION_LIMITS.cause);
  });

  it('keeps no figure to fill in: a draft asks none', () => {
    expect(capRelations(ofKind('numeric').map((question) => ({ kind: 'numeric' as const, question })))).toEqual([]);
  });
});

describe('the generator', () => {
  const result = generateFromText(TEXT);
  const questions: Question[] = result.ok ? result.value.questions : [];

  it('puts the new kinds in the quiz, each citing its sentence verbatim', () => {
    const types = new Set(questions.map((question) => question.type));
    expect(types).not.toContain('numeric');
    expect(types).toContain('ordering');
    for (const question of questions) expect(TEXT.slice(question.source.start, question.source.end)).toBe(question.source.sentence);
  });

  it('lists the stages it orders as a concept', () => {
    const ordering = questions.find((question) => question.type === 'ordering');
    expect(result.ok && result.value.concepts.some((concept) => concept.key === ordering?.conceptKey)).toBe(true);
  });
});
