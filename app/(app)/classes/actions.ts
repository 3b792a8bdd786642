'use server';

// Class management (teacher) and joining or leaving (student). Thin: validate, check access, call lib/data.
import { revalidatePath } from 'next/cache';
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { guardedAction } from '@/lib/access/guarded-action';
import {
  createClass,
  joinClassByCode,
  leaveClass,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  setClassArchived,
  setClassDefaultLocale,
  setClassQuizFeedsMemory,
  updateClassStudySettings,
} from '@/lib/data/classes';
import {
  classDefaultLocaleSchema,
  classIdSchema,
  classQuizMemorySchema,
  classStudySettingsSchema,
  createClassSchema,
  joinClassSchema,
  removeStudentSchema,
  renameClassSchema,
} from '@/lib/validation/classes';
import { idField } from '@/lib/validation/fields';
import { failure, success } from '@/lib/validation/result';

export async function createClassAction(input: unknown) {
  return guardedAction(createClassSchema, input, async ({ actor, db, input }) => {
    const created = await createClass(db, actor, input);
    revalidatePath('/home');
    return success(created);
  });
}

export async function renameClassAction(input: unknown) {
  return guardedAction(renameClassSchema, input, async ({ actor, db, input }) => {
    await renameClass(db, actor, input);
    revalidatePath(`/classes/${input.classId}`);
    return success();
  });
}

export async function updateClassStudySettingsAction(input: unknown) {
  return guardedAction(classStudySettingsSchema, input, async ({ actor, db, input }) => {
    const outcome = await updateClassStudySettings(db, actor, {
      classId: input.classId,
      desiredRetention: input.desiredRetentionPercent / 100,
      newCardsPerDay: input.newCardsPerDay,
    });
    if (!outcome.ok) return failure({}, outcome.error);
    revalidatePath(`/classes/${input.classId}`);
    return success();
  });
}

export async function updateClassQuizMemoryAction(input: unknown) {
  return guardedAction(classQuizMemorySchema, input, async ({ actor, db, input }) => {
    const outcome = await setClassQuizFeedsMemory(db, actor, input);
    if (!outcome.ok) return failure({}, outcome.error);
    revalidatePath(`/classes/${input.classId}`);
    return success();
  });
}

export async function updateClassDefaultLocaleAction(input: unknown) {
  return guardedAction(classDefaultLocaleSchema, input, async ({ actor, db, input }) => {
    const outcome = await setClassDefaultLocale(db, actor, input);
    if (!outcome.ok) return failure({}, outcome.error);
    revalidatePath(`/classes/${input.classId}`);
    return success();
  });
}

const archiveSchema = z.object({ classId: idField, archived: z.boolean({ error: 'archived.invalid' }) });

export async function setClassArchivedAction(input: unknown) {
  return guardedAction(archiveSchema, input, async ({ actor, db, input }) => {
    await setClassArchived(db, actor, input, new Date());
    revalidatePath(`/classes/${input.classId}`);
    return success();
  });
}

export async function regenerateJoinCodeAction(input: unknown) {
  return guardedAction(classIdSchema, input, async ({ actor, db, input }) => {
    const result = await regenerateJoinCode(db, actor, input);
    revalidatePath(`/classes/${input.classId}`);
    return success(result);
  });
}

export async function removeStudentAction(input: unknown) {
  return guardedAction(removeStudentSchema, input, async ({ actor, db, input }) => {
    await removeStudent(db, actor, input);
    revalidatePath(`/classes/${input.classId}`);
    return success();
  });
}

export async function joinClassAction(input: unknown) {
  return guardedAction(joinClassSchema, input, async ({ actor, db, input }) => {
    const outcome = await joinClassByCode(db, actor, input.code, new Date());
    if (!outcome.ok) {
      const minutes = outcome.error === 'joinCode.rateLimited' ? String(outcome.retryAfterMinutes) : undefined;
      return failure({ code: minutes ? `${outcome.error}:${minutes}` : outcome.error });
    }
    revalidatePath('/home');
    return success({ classId: outcome.classId, alreadyMember: outcome.alreadyMember });
  });
}

export async function leaveClassAction(input: unknown) {
  return guardedAction(classIdSchema, input, async ({ actor, db, input }) => {
    await leaveClass(db, actor, input);
    revalidatePath('/home');
    return success();
  });
}
