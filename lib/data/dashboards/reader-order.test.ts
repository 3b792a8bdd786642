import { describe, expect, it } from 'vitest';
import type { AtRiskStudent, MasteryGrid } from './class-dashboard.ts';
import { atRiskInReaderOrder, gridInReaderOrder } from './reader-order.ts';

// As the database returns them: code-point order puts Ә and Ө after Я.
const grid: MasteryGrid = {
  concepts: [
    { id: 'c1', term: 'партия', classRecall: 0.5 },
    { id: 'c2', term: 'сайлау', classRecall: 0.7 },
  ],
  students: [
    { id: 's1', name: 'Ахмет', email: 'a@school.kz' },
    { id: 's2', name: 'Яна', email: 'y@school.kz' },
    { id: 's3', name: 'Әлия', email: 'ae@school.kz' },
    { id: 's4', name: 'Өмір', email: 'o@school.kz' },
  ],
  recall: [
    [0.1, 0.2],
    [0.9, null],
    [0.3, 0.4],
    [null, 0.8],
  ],
};

describe('the dashboard in the reader’s alphabet', () => {
  it('orders the grid’s rows as the Kazakh alphabet does, each row’s recalls moving with its student', () => {
    const sorted = gridInReaderOrder(grid, 'kk');
    expect(sorted.students.map((student) => student.name)).toEqual(['Ахмет', 'Әлия', 'Өмір', 'Яна']);
    expect(sorted.recall).toEqual([
      [0.1, 0.2],
      [0.3, 0.4],
      [null, 0.8],
      [0.9, null],
    ]);
    expect(sorted.concepts).toBe(grid.concepts);
  });

  it('lists students at risk with the most reasons first, then by name', () => {
    const student = (name: string, reasons: number): AtRiskStudent => ({
      id: name,
      name,
      overdueCards: 0,
      lastActiveAt: null,
      reasons: Array.from({ length: reasons }, () => ({ kind: 'inactive', days: 9 }) as unknown as AtRiskStudent['reasons'][number]),
    });
    const ordered = atRiskInReaderOrder([student('Яна', 1), student('Өмір', 2), student('Әлия', 1), student('Ахмет', 2)], 'kk');
    expect(ordered.map((entry) => entry.name)).toEqual(['Ахмет', 'Өмір', 'Әлия', 'Яна']);
  });
});
