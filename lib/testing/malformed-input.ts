// Generators (fast-check) of input a client should never send but a crafted request can: wrong types, huge
// strings, unicode edge cases, numbers out of range, forged or malformed ids, missing and extra fields, a field
// twice, broken JSON. Each takes a well-formed input (what the real form sends) and breaks it.
import fc from 'fast-check';

/** Strings that trip up storage, sorting and display: lone surrogates, NUL, bidi and zero-width marks, emoji. */
export const UNICODE_EDGE_CASES = [
  '\uD800',
  'x\uDFFFy',
  'a\u0000b',
  '\u0000',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  'e\u0301\u0301\u0301\u0301',
  '😀',
  '👩‍👩‍👧‍👦',
  '\u200B\u200C\u200D\uFEFF',
  '\uFFFE\uFFFF',
  ' \t\r\n ',
  '',
  '%00',
  "'; DROP TABLE \"User\"; --",
  '../../etc/passwd',
  'null',
] as const;

export const unicodeEdgeString = fc.oneof(
  fc.constantFrom(...UNICODE_EDGE_CASES),
  fc.array(fc.constantFrom(...UNICODE_EDGE_CASES), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** 10 kB to 1 MB of one character (ASCII, emoji or NUL). */
export const hugeString = fc
  .tuple(fc.constantFrom(10_000, 100_000, 1_000_000), fc.constantFrom('a', '😀', '\u0000', 'é '))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

export const outOfRangeNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, -1, 0.5, 2 ** 53 + 1, Number.MIN_VALUE, 1e21),
  fc.double(),
  fc.integer(),
);

export const malformedId = fc.oneof(
  fc.constantFrom('', '1', '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', 'not-a-uuid', '%'),
  fc.uuid().map((id) => ` ${id}`),
  fc.uuid().map((id) => `${id}0`),
  fc.uuid().map((id) => id.replace(/-/g, '')),
);

/** An id that names nothing the actor may touch: a random uuid, another teacher's object, or not an id at all. */
export function forgedId(foreignIds: readonly string[]) {
  return fc.oneof(fc.uuid(), fc.constantFrom(...foreignIds), malformedId);
}

/** Values of the wrong type for any field. `jsonSafe` leaves out what JSON.stringify refuses (BigInt). */
export function wrongType(jsonSafe: boolean) {
  const values: unknown[] = [null, true, false, 0, [], {}, [null], { nested: { deeper: [1, '2'] } }, '[object Object]', new Date(0)];
  return fc.oneof(fc.constantFrom(...values), ...(jsonSafe ? [] : [fc.constant(undefined), fc.bigInt(), fc.constant(new Date(Number.NaN))]));
}

/** Anything a field might receive instead of what it expects. */
export function malformedValue(foreignIds: readonly string[], options: { jsonSafe: boolean }) {
  return fc.oneof(
    { arbitrary: wrongType(options.jsonSafe), weight: 3 },
    { arbitrary: unicodeEdgeString, weight: 3 },
    { arbitrary: hugeString, weight: 1 },
    { arbitrary: outOfRangeNumber, weight: 3 },
    { arbitrary: forgedId(foreignIds), weight: 3 },
    { arbitrary: fc.array(forgedId(foreignIds), { maxLength: 3 }), weight: 1 },
    { arbitrary: options.jsonSafe ? fc.jsonValue({ maxDepth: 3 }) : fc.anything({ maxDepth: 3 }), weight: 2 },
  );
}

/** Strings only, for what arrives as a URL segment. */
export function malformedSegment(foreignIds: readonly string[]) {
  return fc.oneof(unicodeEdgeString, forgedId(foreignIds), fc.string({ maxLength: 80 }), hugeString.map((text) => text.slice(0, 20_000)));
}

type Path = (string | number)[];

/** Every path to a value inside `value` (objects and arrays), the value itself excluded. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(inner, path)];
  });
}

export type Mutation = { kind: 'replace'; path: Path; value: unknown } | { kind: 'delete'; path: Path } | { kind: 'extra'; path: Path; key: string; value: unknown };

function cloned<T>(value: T): T {
  return structuredClone(value);
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) {
    const next = node?.[step];
    if (next === null || typeof next !== 'object') return null;
    node = next as Record<string | number, unknown>;
  }
  return node;
}

export function applyMutations<T>(base: T, mutations: readonly Mutation[]): T {
  const result = cloned(base);
  for (const mutation of mutations) {
    const parent = parentOf(result, mutation.path);
    const last = mutation.path.at(-1)!;
    if (!parent) continue;
    if (mutation.kind === 'replace') parent[last] = mutation.value;
    else if (mutation.kind === 'delete') delete parent[last];
    else {
      const target = parent[last];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[mutation.key] = mutation.value;
    }
  }
  return result;
}

/**
 * 1 to 3 mutations of `base`: a value replaced by a malformed one, a field removed, an unexpected field added.
 * With `mustBreak`, the first one replaces or removes one of those fields (ids), so the input can never be a
 * valid call that destroys what the next runs need.
 */
export function mutationsOf(base: object, value: fc.Arbitrary<unknown>, options: { mustBreak?: readonly string[]; valueFor?: (path: Path) => fc.Arbitrary<unknown> } = {}) {
  const paths = pathsOf(base);
  const objectPaths = [[], ...paths.filter((path) => { const inner = path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], base); return inner !== null && typeof inner === 'object' && !Array.isArray(inner); })];
  const valueAt = (path: Path) => options.valueFor?.(path) ?? value;
  const replace = (path: Path) => valueAt(path).map((replacement): Mutation => ({ kind: 'replace', path, value: replacement }));
  const anyMutation = fc.oneof(
    { arbitrary: fc.constantFrom(...paths).chain(replace), weight: 5 },
    { arbitrary: fc.constantFrom(...paths).map((path): Mutation => ({ kind: 'delete', path })), weight: 2 },
    {
      arbitrary: fc.tuple(fc.constantFrom(...objectPaths), fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'teacherId', 'role', 'ok'), fc.string({ maxLength: 10 })), value),
      weight: 1,
    },
  ).map((mutation) => (Array.isArray(mutation) ? ({ kind: 'extra', path: mutation[0], key: mutation[1], value: mutation[2] } as Mutation) : mutation));
  const first = options.mustBreak
    ? fc.constantFrom(...options.mustBreak.map((key) => [key] as Path)).chain((path) =>
        fc.oneof(replace(path), fc.constant<Mutation>({ kind: 'delete', path })),
      )
    : anyMutation;
  return fc.tuple(first, fc.array(anyMutation, { maxLength: 2 })).map(([head, rest]) => [head, ...rest]);
}

/** JSON text with the first key of the object twice, the first time with another value. */
export function withDuplicateKey(json: string, value: unknown): string {
  const match = /^\{("(?:[^"\\]|\\.)*"):/.exec(json);
  return match ? `{${match[1]}:${JSON.stringify(value) ?? 'null'},${json.slice(1)}` : json;
}

/** A form as a browser would post it, each field as text, one field sent twice. */
export function asFormData(input: Record<string, unknown>, twice: string | null, secondValue: string): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) {
    form.append(key, typeof value === 'string' ? value : typeof value === 'bigint' ? String(value) : (JSON.stringify(value) ?? ''));
    if (key === twice) form.append(key, secondValue);
  }
  return form;
}
