import { describe, expect, it } from 'vitest';
import { signInSchema, signUpSchema } from './auth.ts';
import { createClassSchema, joinClassSchema, renameClassSchema } from './classes.ts';
import { fieldErrorsOf } from './result.ts';

function errorsOf(schema: { safeParse(input: unknown): { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error as never);
}

describe('sign-up', () => {
  const valid = { name: 'Aigerim', email: ' Aigerim@School.KZ ', password: 'long enough', role: 'TEACHER' };

  it('accepts a valid form and normalises the e-mail address', () => {
    expect(signUpSchema.parse(valid)).toEqual({ ...valid, email: 'aigerim@school.kz' });
  });

  it('names each field that is empty, too long or of the wrong kind', () => {
    expect(errorsOf(signUpSchema, { name: ' ', email: '', password: '', role: '' })).toEqual({
      name: 'name.required',
      email: 'email.required',
      password: 'password.required',
      role: 'role.required',
    });
    expect(errorsOf(signUpSchema, { ...valid, name: 'x'.repeat(81), email: `${'a'.repeat(250)}@b.kz`, password: 'x'.repeat(129) })).toEqual({
      name: 'name.tooLong',
      email: 'email.tooLong',
      password: 'password.tooLong',
    });
    expect(errorsOf(signUpSchema, { ...valid, email: 'not-an-address', password: 'short', role: 'ADMIN' })).toEqual({
      email: 'email.invalid',
      password: 'password.tooShort',
      role: 'role.required',
    });
    expect(errorsOf(signUpSchema, { name: 42, email: [], password: {}, role: null })).toEqual({
      name: 'name.required',
      email: 'email.required',
      password: 'password.required',
      role: 'role.required',
    });
  });

  it('refuses the demo accounts\' domain, so npm run db:remove-demo can never take a real account for a demo one', () => {
    expect(errorsOf(signUpSchema, { ...valid, email: 'Teacher@Parta.Demo' })).toEqual({ email: 'email.reserved' });
    expect(signUpSchema.safeParse({ ...valid, email: 'teacher@parta.demo.kz' }).success).toBe(true);
  });
});

describe('sign-in', () => {
  it('does not apply the sign-up password rules', () => {
    expect(signInSchema.safeParse({ email: 'a@b.kz', password: 'x' }).success).toBe(true);
    expect(errorsOf(signInSchema, { email: 'a@b.kz', password: '' })).toEqual({ password: 'password.required' });
  });
});

describe('classes', () => {
  it('requires a class name of at most 80 characters', () => {
    expect(createClassSchema.parse({ name: '  History 9B ' })).toEqual({ name: 'History 9B' });
    expect(errorsOf(createClassSchema, { name: '   ' })).toEqual({ name: 'className.required' });
    expect(errorsOf(createClassSchema, { name: 'x'.repeat(81) })).toEqual({ name: 'className.tooLong' });
    expect(errorsOf(renameClassSchema, { classId: 'nope', name: 'ok' })).toEqual({ classId: 'id.invalid' });
  });

  it('normalises a typed join code and refuses a malformed one', () => {
    expect(joinClassSchema.parse({ code: 'par-ta7' })).toEqual({ code: 'PARTA7' });
    expect(errorsOf(joinClassSchema, { code: '' })).toEqual({ code: 'joinCode.required' });
    expect(errorsOf(joinClassSchema, { code: 'PARTA' })).toEqual({ code: 'joinCode.malformed' });
    expect(errorsOf(joinClassSchema, { code: 'PARTA#' })).toEqual({ code: 'joinCode.malformed' });
    // A look-alike the alphabet leaves out is named, so the student reads the code again differently.
    for (const code of ['PARTA0', 'parta0', 'PARTAO', 'PART1A', 'PARTIA', 'pARTl7', 'PART 0']) {
      expect(errorsOf(joinClassSchema, { code }), code).toEqual({ code: 'joinCode.lookAlike' });
    }
    expect(errorsOf(joinClassSchema, { code: 12 })).toEqual({ code: 'joinCode.required' });
  });
});
