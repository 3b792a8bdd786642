import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from './result.ts';

const schema = z.object({ name: z.string({ error: 'name.required' }), tags: z.array(z.object({ text: z.string() })) });

describe('parseInput', () => {
  it('answers input.invalid where the schema has no message of its own: not an object, a nested wrong type', () => {
    expect(parseInput(schema, 'a string')).toEqual({ ok: false, result: { ok: false, fieldErrors: { form: 'input.invalid' } } });
    expect(parseInput(schema, { name: 'x', tags: [{ text: 5 }] })).toEqual({ ok: false, result: { ok: false, fieldErrors: { 'tags.0.text': 'input.invalid' } } });
    expect(parseInput(schema, { name: 5, tags: [] })).toEqual({ ok: false, result: { ok: false, fieldErrors: { name: 'name.required' } } });
  });

  it('refuses a NUL character anywhere, which PostgreSQL cannot store, naming the field', () => {
    expect(parseInput(schema, { name: 'a\u0000b', tags: [] })).toEqual({ ok: false, result: { ok: false, fieldErrors: { name: 'text.nul' } } });
    expect(parseInput(schema, { name: 'ok', tags: [{ text: 'fine' }, { text: '\u0000' }] })).toEqual({
      ok: false,
      result: { ok: false, fieldErrors: { 'tags.1.text': 'text.nul' } },
    });
    expect(parseInput(schema, { name: 'ok 😀 \u202E', tags: [] })).toEqual({ ok: true, data: { name: 'ok 😀 \u202E', tags: [] } });
  });
});
