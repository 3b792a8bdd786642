import { describe, expect, it } from 'vitest';
import { compareNamesIn, sortByName } from './collation.ts';

const KAZAKH_NAMES = ['Яна', 'Әлия', 'Ахмет', 'Ғалым', 'Қанат', 'Бауыржан', 'Өмір', 'Ұлан', 'Үміт', 'Іңкәр', 'Ыбырай', 'Ирина'];

describe('names in the reader’s alphabet', () => {
  it('puts the Kazakh letters where the Kazakh alphabet has them, not after Я', () => {
    const sorted = sortByName(KAZAKH_NAMES, 'kk', (name) => name);
    expect(sorted).toEqual(['Ахмет', 'Әлия', 'Бауыржан', 'Ғалым', 'Ирина', 'Қанат', 'Өмір', 'Ұлан', 'Үміт', 'Ыбырай', 'Іңкәр', 'Яна']);
    // What code-point order (the database's) gives instead: Әлия, Өмір and the others last.
    expect([...KAZAKH_NAMES].sort().at(-1)).toBe('Өмір');
  });

  it('ignores case and sorts numbers by value, as a class list does', () => {
    expect(sortByName(['bob', 'Alice', 'Student 10', 'Student 9'], 'en', (name) => name)).toEqual(['Alice', 'bob', 'Student 9', 'Student 10']);
  });

  it('keeps the given order of equal names (the caller’s tie-break)', () => {
    const students = [
      { name: 'Aida', email: 'a2@school.kz' },
      { name: 'AIDA', email: 'a1@school.kz' },
    ];
    expect(sortByName(students, 'ru', (student) => student.name).map((student) => student.email)).toEqual(['a2@school.kz', 'a1@school.kz']);
  });

  it('reads Russian names in Russian order, Ё beside Е', () => {
    expect(['Юрий', 'Ёлка', 'Егор', 'Жанна'].sort(compareNamesIn('ru'))).toEqual(['Егор', 'Ёлка', 'Жанна', 'Юрий']);
  });
});
