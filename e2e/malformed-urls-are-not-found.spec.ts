// Every page route read from app/, each of its path segments replaced by something no link of Parta's would
// put there (not a UUID, broken percent-encoding, control characters, very long, seeded random strings):
// the answer is a 404 (or a 400), never a server error. Also callback URLs no browser could use in a Location,
// for a signed-in user on the sign-in and sign-up pages.
import path from 'node:path';
import fc from 'fast-check';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { malformedSegment } from '../lib/testing/malformed-input';
import { sourceFiles } from '../lib/testing/source-files';
import { DEMO_PASSWORD, signIn, test, uniqueEmail } from './support';

/** Page routes as their path segments, route groups left out: ['classes', '[classId]', 'poster']. */
function pageRoutes(): string[][] {
  return sourceFiles(['app'])
    .filter((file) => path.basename(file) === 'page.tsx')
    .map((file) => path.relative('app', path.dirname(file)).split(path.sep).filter((segment) => segment && !/^\(.*\)$/.test(segment)));
}

const isDynamic = (segment: string) => /^\[.+\]$/.test(segment);
/** A well-formed id for the other segments, so only one segment at a time is malformed. */
const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** As sent on the wire (already percent-encoded where they are meant to be). */
const FIXED_SEGMENTS = [
  'xyz',
  '0',
  '-1',
  'null',
  '00000000-0000-4000-8000-00000000000g',
  '00000000-0000-4000-8000-0000000000000',
  '%7B00000000-0000-4000-8000-000000000000%7D',
  '%C0%AF',
  '%E0%A4%A',
  '%',
  '%25',
  '%00',
  '%0a',
  '%09%2F%2Fevil.invalid',
  '%5Cevil.invalid',
  '..%2F..%2Fetc%2Fpasswd',
  '%F0%9F%98%80',
  '%D1%82%D0%B5%D1%81%D1%82',
  "'%3B%20DROP%20TABLE%20%22User%22%3B%20--",
  'a'.repeat(4000),
];

/** Fixed, so every run sends the same URLs; `npm run fuzz` style hunts can set PAGE_FUZZ_SEED. */
const SEED = Number(process.env.PAGE_FUZZ_SEED ?? 1807);
const RANDOM_SEGMENTS = fc
  .sample(malformedSegment([SOME_ID]), { seed: SEED, numRuns: 6 })
  .map((value) => encodeURIComponent(value.toWellFormed().slice(0, 200)))
  .filter((segment) => segment.length > 0);

const SEGMENTS = [...FIXED_SEGMENTS, ...RANDOM_SEGMENTS];

function malformedUrls(): string[] {
  return pageRoutes().flatMap((route) =>
    route.flatMap((segment, index) =>
      isDynamic(segment) ? SEGMENTS.map((bad) => `/${route.map((other, at) => (at === index ? bad : isDynamic(other) ? SOME_ID : other)).join('/')}`) : [],
    ),
  );
}

/** A few at a time, as a handful of people would: about 400 URLs per user. */
async function statusesOf(request: APIRequestContext, urls: readonly string[]) {
  const answers: { url: string; status: number }[] = [];
  for (let start = 0; start < urls.length; start += 4) {
    const batch = urls.slice(start, start + 4);
    const statuses = await Promise.all(batch.map(async (url) => (await request.get(url, { maxRedirects: 0 })).status()));
    batch.forEach((url, index) => answers.push({ url: url.length > 120 ? `${url.slice(0, 120)}…` : url, status: statuses[index]! }));
  }
  return answers;
}

async function signedIn(page: Page, email: string) {
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 });
}

test.describe('malformed URLs', () => {
  // One device is enough: these are requests, not screens.
  test.skip(({ isMobile }) => isMobile, 'requests only');

  test('the route list is read from app/ and has every dynamic page', () => {
    const routes = pageRoutes().map((route) => route.join('/'));
    expect(routes).toEqual(expect.arrayContaining(['classes/[classId]', 'classes/[classId]/poster', 'decks/[deckId]', 'quizzes/[quizId]', 'quizzes/[quizId]/preview', 'join/[code]']));
  });

  for (const email of ['teacher@parta.demo', 'student1@parta.demo']) {
    test(`pages with malformed path segments are not found, never a server error (${email}, seed ${SEED})`, async ({ page }) => {
      test.setTimeout(300_000);
      await signedIn(page, email);
      const answers = await statusesOf(page.request, malformedUrls());
      const wrong = answers.filter(({ url, status }) => (url.startsWith('/join/') ? status !== 200 && status !== 400 : status !== 404 && status !== 400));
      expect(wrong, `seed ${SEED}`).toEqual([]);
    });
  }

  test('a signed-in user with an unusable callback URL is sent to a valid place, not a server error', async ({ page }) => {
    await signedIn(page, 'teacher@parta.demo');
    for (const form of ['sign-in', 'sign-up']) {
      for (const [callback, location] of [
        ['%0a', '/home'],
        ['%2Fhome%0d%0aSet-Cookie%3A%20x%3D1', '/home'],
        ['%2F%09%2Fevil.invalid', '/home'],
        ['%2Fclasses%2F%C3%BCn%C3%AF', '/classes/%C3%BCn%C3%AF'],
        ['%2Fquizzes%3Fq%3D%D1%82%D0%B5%D1%81%D1%82', '/quizzes?q=%D1%82%D0%B5%D1%81%D1%82'],
      ] as const) {
        const response = await page.request.get(`/${form}?callbackUrl=${callback}`, { maxRedirects: 0 });
        expect(response.status(), `${form} ${callback}`).toBe(307);
        expect(response.headers()['location'], `${form} ${callback}`).toBe(location);
      }
    }
  });
});

test.describe('malformed server action bodies', () => {
  test.skip(({ isMobile }) => isMobile, 'requests only');

  test('an unreadable or oversized body is answered 400 or 413, and a real one still reaches the action', async ({ page, baseURL }, testInfo) => {
    // The sign-up form's action, as the browser calls it: its id comes from the real request. (Not with a demo
    // address: the form refuses those before any request.)
    await page.goto('/sign-up');
    await page.getByLabel('a teacher').check();
    await page.getByLabel('Your name').fill('Body Checker');
    await page.getByLabel('E-mail address').fill(uniqueEmail(testInfo, 'action-body'));
    await page.getByLabel('Password').fill('correct horse battery');
    const [actionRequest] = await Promise.all([
      page.waitForRequest((request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined),
      page.getByRole('button', { name: 'Create account' }).click(),
    ]);
    // The proxy read that body and passed it on: the action made the account and signed the teacher in.
    await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 });

    const headers = { origin: baseURL!, 'next-action': actionRequest.headers()['next-action']! };
    const post = (body: string | Buffer, contentType: string) =>
      page.request.post('/sign-up', { headers: { ...headers, 'content-type': contentType }, data: body, maxRedirects: 0 });

    for (const [body, contentType] of [
      ['{not json', 'text/plain;charset=UTF-8'],
      ['{"email":"x"}', 'text/plain;charset=UTF-8'],
      ['--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[', 'multipart/form-data; boundary=x'],
      ['garbage', 'multipart/form-data; boundary=x'],
    ] as const) {
      const response = await post(body, contentType);
      expect(response.status(), `${contentType}: ${body}`).toBe(400);
      expect((await response.json()).error.code).toBe('input.invalid');
    }
    const huge = await post(`["${'x'.repeat(3 * 1024 * 1024)}"]`, 'text/plain;charset=UTF-8');
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error).toStrictEqual({ code: 'input.tooLarge', message: 'This form sent more than Parta accepts at once (1 MB). Make it shorter and try again.' });
  });
});
