// Well-formed values of the authoring forms, as the editors send them: the access matrix calls every action with
// them, and the malformed-input fuzz breaks them field by field.
export const card = { kind: 'basic', front: 'Edited front', back: 'Edited back' };
export const question = { type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' };
export const scoredQuestion = { question, points: '2', feedback: { general: 'Chlorophyll.', choices: [] } };
export const assignmentSettings = {
  opensAt: '2030-01-01T09:00',
  dueAt: '2030-01-01T10:00',
  timeLimitMinutes: '20',
  maxAttempts: '2',
  scoring: 'LAST',
  shuffleQuestions: true,
  shuffleChoices: true,
  resultsVisibility: 'NEVER',
  allowLate: true,
};
