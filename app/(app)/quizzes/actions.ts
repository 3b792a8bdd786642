'use server';

// The quiz editor and assigning: every change is saved at once. Thin: validate, check access, call lib/data.
import { revalidatePath } from 'next/cache';
import { guardedAction } from '@/lib/access/guarded-action';
import { checkPreviewAnswer } from '@/lib/data/quiz-preview';
import { assignQuiz, updateQuizAssignment } from '@/lib/data/quiz-assignments';
import {
  addQuizQuestion,
  archiveQuizQuestion,
  copyQuestionsFromBank,
  createQuiz,
  moveQuizQuestion,
  moveQuizQuestions,
  removeQuizQuestions,
  setQuizTypoTolerance,
  updateQuizDetails,
  updateQuizQuestion,
} from '@/lib/data/quizzes';
import {
  addQuizQuestionSchema,
  assignQuizSchema,
  copyFromBankSchema,
  moveQuizQuestionSchema,
  moveQuizQuestionsSchema,
  previewCheckSchema,
  quizTypoToleranceSchema,
  removeQuizQuestionsSchema,
  quizDetailsSchema,
  quizQuestionIdSchema,
  settingsOf,
  updateAssignmentSchema,
  updateQuizDetailsSchema,
  updateQuizQuestionSchema,
} from '@/lib/validation/quizzes';
import { failure, success } from '@/lib/validation/result';

export async function createQuizAction(input: unknown) {
  return guardedAction(quizDetailsSchema, input, async ({ actor, db, input }) => {
    const created = await createQuiz(db, actor, input);
    revalidatePath('/quizzes');
    return success(created);
  });
}

export async function updateQuizDetailsAction(input: unknown) {
  return guardedAction(updateQuizDetailsSchema, input, async ({ actor, db, input }) => {
    await updateQuizDetails(db, actor, input);
    revalidatePath('/quizzes');
    return success();
  });
}

export async function addQuizQuestionAction(input: unknown) {
  return guardedAction(addQuizQuestionSchema, input, async ({ actor, db, input }) => success(await addQuizQuestion(db, actor, input)));
}

export async function updateQuizQuestionAction(input: unknown) {
  return guardedAction(updateQuizQuestionSchema, input, async ({ actor, db, input }) => {
    await updateQuizQuestion(db, actor, input, new Date());
    return success();
  });
}

export async function archiveQuizQuestionAction(input: unknown) {
  return guardedAction(quizQuestionIdSchema, input, async ({ actor, db, input }) => {
    await archiveQuizQuestion(db, actor, input, new Date());
    return success();
  });
}

export async function moveQuizQuestionAction(input: unknown) {
  return guardedAction(moveQuizQuestionSchema, input, async ({ actor, db, input }) => {
    const outcome = await moveQuizQuestion(db, actor, input);
    return outcome.ok ? success() : failure({}, outcome.error);
  });
}

export async function moveQuizQuestionsAction(input: unknown) {
  return guardedAction(moveQuizQuestionsSchema, input, async ({ actor, db, input }) => {
    const outcome = await moveQuizQuestions(db, actor, input);
    return outcome.ok ? success() : failure({}, outcome.error);
  });
}

export async function removeQuizQuestionsAction(input: unknown) {
  return guardedAction(removeQuizQuestionsSchema, input, async ({ actor, db, input }) => success(await removeQuizQuestions(db, actor, input, new Date())));
}

export async function setQuizTypoToleranceAction(input: unknown) {
  return guardedAction(quizTypoToleranceSchema, input, async ({ actor, db, input }) => success(await setQuizTypoTolerance(db, actor, input)));
}

export async function copyFromBankAction(input: unknown) {
  return guardedAction(copyFromBankSchema, input, async ({ actor, db, input }) => success(await copyQuestionsFromBank(db, actor, input)));
}

export async function checkPreviewAnswerAction(input: unknown) {
  return guardedAction(previewCheckSchema, input, async ({ actor, db, input }) => {
    const checked = await checkPreviewAnswer(db, actor, input);
    if (!checked.ok) return failure(checked.fieldErrors);
    const { outcome, score, maxScore, feedback, choiceFeedback } = checked;
    return success({ outcome, score, maxScore, feedback, choiceFeedback });
  });
}

export async function assignQuizAction(input: unknown) {
  return guardedAction(assignQuizSchema, input, async ({ actor, db, input }) => {
    const result = await assignQuiz(db, actor, input.quizId, input.classId, settingsOf(input));
    if (result.ok) revalidatePath('/quizzes');
    return result;
  });
}

export async function updateAssignmentAction(input: unknown) {
  return guardedAction(updateAssignmentSchema, input, async ({ actor, db, input }) => updateQuizAssignment(db, actor, input.assignmentId, settingsOf(input)));
}
