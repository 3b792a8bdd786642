import { describe, expect, it } from 'vitest';
import { isDemoEmail, parseDemoSetting } from './demo-accounts.ts';

describe('demo accounts', () => {
  it('are the accounts at parta.demo, and only those', () => {
    expect(isDemoEmail('teacher@parta.demo')).toBe(true);
    expect(isDemoEmail('student12@parta.demo')).toBe(true);
    expect(isDemoEmail('teacher@parta.demo.kz')).toBe(false);
    expect(isDemoEmail('teacher@notparta.demo')).toBe(false);
    expect(isDemoEmail('parta.demo@school.kz')).toBe(false);
  });

  it('PARTA_DEMO: unset or on seeds, off does not, anything else is a clear error', () => {
    expect(parseDemoSetting(undefined)).toBe('on');
    expect(parseDemoSetting('')).toBe('on');
    expect(parseDemoSetting('ON')).toBe('on');
    expect(parseDemoSetting('off')).toBe('off');
    expect(parseDemoSetting(' Off ')).toBe('off');
    expect(parseDemoSetting('false')).toBe('off');
    expect(parseDemoSetting('0')).toBe('off');
    expect(parseDemoSetting('maybe')).toEqual({ error: expect.stringMatching(/^PARTA_DEMO must be on or off, not "maybe"/) });
  });
});
