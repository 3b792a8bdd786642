// Its own module so the quiz-taking screen can split prompts on it without loading zod and every question schema.

/** The blank in a cloze prompt or card, as the generator writes it. */
export const CLOZE_BLANK = '_____';
