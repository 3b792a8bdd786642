import { z } from 'zod';
import { isWellFormedJoinCode, normalizeJoinCode } from '../classes/join-code.ts';
import { idField } from './fields.ts';

export const className = z.string({ error: 'className.required' }).trim().min(1, 'className.required').max(80, 'className.tooLong');

export const createClassSchema = z.object({ name: className });
export type CreateClassInput = z.infer<typeof createClassSchema>;

export const renameClassSchema = z.object({ classId: idField, name: className });
export type RenameClassInput = z.infer<typeof renameClassSchema>;

export const classIdSchema = z.object({ classId: idField });
export type ClassIdInput = z.infer<typeof classIdSchema>;

export const removeStudentSchema = z.object({ classId: idField, studentId: idField });
export type RemoveStudentInput = z.infer<typeof removeStudentSchema>;

export const joinClassSchema = z.object({
  code: z
    .string({ error: 'joinCode.required' })
    .transform(normalizeJoinCode)
    .pipe(z.string().min(1, 'joinCode.required').refine(isWellFormedJoinCode, 'joinCode.malformed')),
});
export type JoinClassInput = z.input<typeof joinClassSchema>;
