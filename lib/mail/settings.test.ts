import { describe, expect, it } from 'vitest';
import { mailSettings, resetLink } from './settings.ts';

describe('mail settings', () => {
  it('need both SMTP_URL and PARTA_URL; without either, no mail is sent', () => {
    expect(mailSettings({})).toBeNull();
    expect(mailSettings({ SMTP_URL: 'smtp://mail.school.kz:587' })).toBeNull();
    expect(mailSettings({ PARTA_URL: 'https://parta.school.kz' })).toBeNull();
    expect(mailSettings({ SMTP_URL: 'smtp://mail.school.kz', PARTA_URL: 'not a url' })).toBeNull();
    expect(mailSettings({ SMTP_URL: 'smtp://mail.school.kz', PARTA_URL: 'javascript:alert(1)' })).toBeNull();
    expect(mailSettings({ SMTP_URL: 'smtp://mail.school.kz', PARTA_URL: 'https://school.kz/parta/' })).toEqual({
      smtpUrl: 'smtp://mail.school.kz',
      baseUrl: 'https://school.kz/parta',
      from: 'Parta <parta@school.kz>',
    });
    expect(mailSettings({ SMTP_URL: 's', PARTA_URL: 'http://10.0.0.5:3000', MAIL_FROM: 'Школа <it@school.kz>' })?.from).toBe('Школа <it@school.kz>');
  });

  it('link to the reset page with the address and code filled in', () => {
    expect(resetLink('https://school.kz/parta', 'a+b@school.kz', 'ABCD2345EFGH')).toBe('https://school.kz/parta/reset-password?email=a%2Bb%40school.kz&code=ABCD2345EFGH');
  });
});
