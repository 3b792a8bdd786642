// The colours the manifest and the theme-color meta use are the design tokens, and the icon's blue is the accent.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCENT, DARK_BACKGROUND, LIGHT_BACKGROUND } from './brand-colors.ts';

const css = fs.readFileSync('app/globals.css', 'utf8');
const darkBlock = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const token = (text: string, name: string) => text.match(new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,8})`))?.[1]?.toLowerCase();

describe('brand colours', () => {
  it('are the light and dark backgrounds and the accent of app/globals.css', () => {
    expect(LIGHT_BACKGROUND).toBe(token(css, '--color-bg'));
    expect(DARK_BACKGROUND).toBe(token(darkBlock, '--color-bg'));
    expect(ACCENT).toBe(token(css, '--color-accent'));
  });

  it('include the background of app/icon.svg, which the maskable icon extends to its edges', () => {
    const svg = fs.readFileSync('app/icon.svg', 'utf8');
    expect(svg.match(/<rect[^>]*fill="(#[0-9a-fA-F]{6})"/)?.[1]?.toLowerCase()).toBe(ACCENT);
  });
});
