// Well-formed values of the authoring forms, as the editors send them: the access matrix calls every action with
// them, and the malformed-input fuzz breaks them field by field.
export const card = { kind: 'basic', front: 'Edited front', back: 'Edited back' };
export const question = { type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' };
export const scoredQuestion = { question, points: '2', feedback: { general: 'Chlorophyll.', choices: [] } };
/** A year always ahead and always within reach of a date a teacher sets (at most two years: lib/validation/date-bounds.ts). */
export const NEXT_YEAR = new Date().getUTCFullYear() + 1;
export const assignmentSettings = {
  opensAt: `${NEXT_YEAR}-01-01T09:00`,
  dueAt: `${NEXT_YEAR}-01-01T10:00`,
  timeLimitMinutes: '20',
  maxAttempts: '2',
  scoring: 'LAST',
  shuffleQuestions: true,
  shuffleChoices: true,
  resultsVisibility: 'NEVER',
  allowLate: true,
};
