// Sending one plain-text mail through the SMTP server SMTP_URL names (nodemailer reads the URL: smtp:// or
// smtps://, user and password in it, ?tls options).
import 'server-only';
import nodemailer from 'nodemailer';
import type { MailSettings } from './settings.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export async function sendMail(settings: MailSettings, mail: Mail): Promise<void> {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  try {
    await transport.sendMail({ from: settings.from, ...mail });
  } finally {
    transport.close();
  }
}
