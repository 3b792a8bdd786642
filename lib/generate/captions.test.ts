import { describe, expect, it } from 'vitest';
import { isCaption } from './captions.ts';

describe('isCaption', () => {
  const text = 'Plates move slowly.\nFigure 8.5 Torres del Paine. The Torres del Paine are a young region.\nTable 2 lists the rocks.\nThe figure is clear.';
  it('marks every sentence on a line that opens with a figure or table label', () => {
    expect(isCaption(text, text.indexOf('Figure 8.5'))).toBe(true);
    expect(isCaption(text, text.indexOf('The Torres'))).toBe(true);
    expect(isCaption(text, text.indexOf('Table 2'))).toBe(true);
  });

  it('leaves prose alone, even when it speaks of a figure', () => {
    expect(isCaption(text, 0)).toBe(false);
    expect(isCaption(text, text.indexOf('The figure is clear'))).toBe(false);
  });

  it('frees the rest of a paragraph whose first sentence speaks of a figure', () => {
    const prose = 'Prices rise.\nFigure 4.2 shows the market for rice. When buyers want more than sellers offer, a shortage exists.';
    expect(isCaption(prose, prose.indexOf('Figure 4.2'))).toBe(true);
    expect(isCaption(prose, prose.indexOf('When buyers'))).toBe(false);
  });
});
