// npm run user:reset-password -- <email>: for the server's operator, when a teacher (or anyone) cannot sign in and
// the server sends no mail. Prints a one-time code (hashed in the database, working once for 24 hours) that the
// person enters on the "Set a new password" page; setting the password there ends all their sessions.
import { formatResetCode } from '../lib/auth/reset-codes.ts';
import { issueResetCode } from '../lib/data/password-resets.ts';
import { mailSettings, resetLink } from '../lib/mail/settings.ts';
import { emailField } from '../lib/validation/fields.ts';
import { withMigratedDatabase } from './migrated-database.ts';
import { ExplainedError, runScript } from './run-script.ts';

runScript(async () => {
  const parsed = emailField.safeParse(process.argv[2] ?? '');
  if (!parsed.success) throw new ExplainedError('Name the account by its e-mail address: npm run user:reset-password -- teacher@school.kz');
  const email = parsed.data;
  const lines = await withMigratedDatabase(async (db) => {
    const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, role: true } });
    if (!user) throw new ExplainedError(`No account has the e-mail address ${email}. Check the spelling; the address is the one used to sign in.`);
    const now = new Date();
    const { code, expiresAt } = await issueResetCode(db, user.id, 'operator', now);
    const settings = mailSettings();
    return [
      `One-time reset code for ${user.name} (${email}, ${user.role.toLowerCase()}): ${formatResetCode(code)}`,
      `It works once, until ${expiresAt.toISOString()}; any older code of this account no longer works.`,
      settings
        ? `Give them this link: ${resetLink(settings.baseUrl, email, code)}`
        : 'Give it to them: on the sign-in page they choose "Forgot your password?", then "Enter it here" (/reset-password),',
      ...(settings ? [] : ['and enter their e-mail address, this code and a new password.']),
      'Setting the new password signs the account out everywhere.',
    ];
  });
  console.log(lines.join('\n'));
});
