// Until an attempt is submitted and its results policy allows, nothing that gives an answer away reaches the
// student's browser: not in HTML, not in an RSC payload, not in any JSON. A teacher builds a quiz with a question
// of each of the 8 types, with secret marker words in the answer keys, accepted answers and feedback, and assigns
// it with a time limit and results after the due time; a student starts it, answers, and moves between its pages.
// Checked: every document, RSC payload, server-action answer and JSON the student's browser received, and direct
// fetches of the HTML and the RSC payload of /home, /assignments/[id], /attempts/[id] and /attempts/[id]/results
// and of GET /api/attempts/[id]. None may hold a marker or a key-carrying field (a choice's "correct",
// "answerKey", "pairs", "tolerance", "feedback", ... as in lib/fast-lane/endpoints/attempts.db.test.ts). Matching
// and ordering options arrive as texts in the attempt's shuffled order (uniform, the correct order included, so
// the order says nothing: lib/quiz/layout.test.ts). The bodies must show what a student may see (the prompts, the
// quiz title), so an error page or an empty payload cannot pass.
import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { answerCurrent, signUp, test, uniqueEmail } from './support';

const QUIZ_TITLE = 'Leakcheck quiz';
const CLASS_NAME = 'Leakcheck 11C';

/** Every answer key, accepted answer and feedback below holds "zzsecret"; the numeric key is the numbers. */
const SECRETS = ['zzsecret', '4242.125', '4242,125', '4,242.125', '0.3757', '0,3757'];
/**
 * Fields that would carry a key, feedback, the stored option order or a score. The only ones allowed are the
 * interface's own messages (next-intl hands them all to the browser: "correct": "Right", "feedback": "Feedback").
 */
const SECRET_FIELDS = [
  'answerKey',
  'accepted',
  'feedback',
  'general',
  'correct',
  'correctAnswer',
  'pairs',
  'tolerance',
  'options',
  'layout',
  'storedIndexOfShown',
  'isCorrect',
  'score',
  'maxScore',
  'overrideScore',
];

const PAIRS = [
  { left: 'Leakcheck one', right: 'a first' },
  { left: 'Leakcheck two', right: 'b second' },
  { left: 'Leakcheck three', right: 'c third' },
];
// Stored alphabetically, which here is the correct order: the screen must still not show it so.
const ITEMS = ['Alpha step', 'Bravo step', 'Charlie step', 'Delta step'];

const QUESTIONS = [
  // Choices are shown by design; which are correct (choice numbers, from 1) is the secret.
  { type: 'single', prompt: 'Which leakcheck planet is red?', choices: ['Venus', 'Mars', 'Jupiter'], correct: [2] },
  { type: 'multiple', prompt: 'Which leakcheck numbers are even?', choices: ['Two', 'Three', 'Four'], correct: [1, 3] },
  { type: 'truefalse', prompt: 'The leakcheck sky is green.', answer: 'False' },
  { type: 'short', prompt: 'Name the leakcheck river.', answer: 'zzsecretshort', accepted: 'zzsecretshortalt' },
  { type: 'cloze', prompt: 'The leakcheck lake is _____ today.', answer: 'zzsecretcloze', accepted: 'zzsecretclozealt' },
  { type: 'matching', prompt: 'Match the leakcheck pairs.' },
  { type: 'ordering', prompt: 'Put the leakcheck steps in order.' },
  { type: 'numeric', prompt: 'How heavy is the leakcheck parcel?' },
] as const;
type QuestionSpec = (typeof QUESTIONS)[number];
const PROMPTS = QUESTIONS.map((question) => question.prompt);

/** The text of every message the interface has, by key: a secret field holding one of these is a label. */
function messageValues(): Map<string, Set<string>> {
  const values = new Map<string, Set<string>>();
  const walk = (node: unknown) => {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (typeof value === 'string') values.set(key, (values.get(key) ?? new Set()).add(value));
      else walk(value);
    }
  };
  walk(JSON.parse(fs.readFileSync(new URL('../lib/i18n/messages/en.json', import.meta.url), 'utf8')));
  return values;
}
const MESSAGES = messageValues();

/** What in a body gives an answer away: secret markers anywhere, and, outside scripts, secret fields. */
function leaksIn(body: string, contentType: string): string[] {
  const found = SECRETS.filter((secret) => body.toLowerCase().includes(secret.toLowerCase()));
  if (contentType.includes('javascript')) return found;
  // The flight payload sits in HTML as JavaScript strings, and attributes escape quotes: read every quote as one.
  const plain = body.replace(/&quot;|&#34;|&#x22;/g, '"').replace(/\\+"/g, '"');
  const field = new RegExp(`"(${SECRET_FIELDS.join('|')})"\\s*:\\s*(?:"([^"]*)"|(.{0,40}))`, 'g');
  for (const [match, name, text] of plain.matchAll(field)) {
    if (text === undefined || !MESSAGES.get(name!)?.has(text)) found.push(match);
  }
  return found;
}

interface Received {
  label: string;
  status: number;
  contentType: string;
  body: string;
}

/** Fills the editor's "Add a question" form for one question, with feedback that must stay home. */
async function addQuestion(page: Page, question: QuestionSpec) {
  await page.getByRole('button', { name: '+ Add a question' }).click();
  await page.getByLabel('Kind of question').selectOption(question.type);
  const form = page.getByRole('form', { name: 'Add a question' });
  const field = (label: string) => form.getByLabel(label, { exact: true });
  const prompt = { truefalse: 'Statement', cloze: 'Sentence with a blank (_____)' }[question.type as string] ?? 'Question';
  await field(prompt).fill(question.prompt);
  switch (question.type) {
    case 'single':
    case 'multiple':
      for (const [index, text] of question.choices.entries()) {
        if (index >= 2) await form.getByRole('button', { name: 'Add a choice' }).click();
        await field(`Choice ${index + 1}`).fill(text);
        await field(`Feedback when choice ${index + 1} is ticked`).fill(`zzsecretchoicefeedback ${question.type} ${index + 1}`);
      }
      for (const [index] of question.choices.entries()) {
        const correct = question.correct.some((number) => number === index + 1);
        const toggle = form.getByRole(question.type === 'single' ? 'radio' : 'checkbox', { name: `Choice ${index + 1} is correct`, exact: true });
        if (question.type === 'single' && correct) await toggle.check();
        if (question.type === 'multiple') await toggle.setChecked(correct);
      }
      break;
    case 'truefalse':
      await form.getByRole('radio', { name: question.answer, exact: true }).check();
      break;
    case 'short':
    case 'cloze':
      await field('Correct answer').fill(question.answer);
      await form.getByRole('button', { name: 'Add an accepted answer' }).click();
      await field('Accepted answer 1').fill(question.accepted);
      break;
    case 'matching':
      for (const [index, pair] of PAIRS.entries()) {
        if (index >= 2) await form.getByRole('button', { name: 'Add a pair' }).click();
        await field(`Term ${index + 1}`).fill(pair.left);
        await field(`Match ${index + 1}`).fill(pair.right);
      }
      break;
    case 'ordering':
      for (const [index, item] of ITEMS.entries()) {
        if (index >= 3) await form.getByRole('button', { name: 'Add an item' }).click();
        await field(`Item ${index + 1}`).fill(item);
      }
      break;
    case 'numeric':
      await field('Correct number').fill('4242.125');
      await field('Tolerance (±)').fill('0.3757');
      await field('Unit (optional)').fill('kg');
      break;
  }
  await field('Feedback').fill(`zzsecretfeedback ${question.type}`);
  const before = await page.getByTestId('quiz-question').count();
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('quiz-question')).toHaveCount(before + 1);
}

test.use({ serviceWorkers: 'block' });

test('a student with an open attempt receives no correct answer or feedback in any page, RSC payload or JSON', async ({ browser, page }, testInfo) => {
  test.setTimeout(180_000);

  // The teacher: a class, a quiz with one question of each type, assigned with a time limit and results after due.
  const teacher = await (await browser.newContext()).newPage();
  await signUp(teacher, { role: 'teacher', name: 'Leak Teacher', email: uniqueEmail(testInfo, 'leak-teacher') });
  await teacher.getByLabel('Class name').fill(CLASS_NAME);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: CLASS_NAME })).toBeVisible();
  const code = (await teacher.getByTestId('join-code').textContent())!;

  await teacher.goto('/home');
  await teacher.getByRole('link', { name: 'New quiz' }).click();
  await teacher.getByLabel('Title').fill(QUIZ_TITLE);
  await teacher.getByRole('button', { name: 'Create quiz' }).click();
  await expect(teacher).toHaveURL(/\/quizzes\/[0-9a-f-]{36}$/);
  for (const question of QUESTIONS) await addQuestion(teacher, question);

  const assign = teacher.getByRole('form', { name: 'Assign to a class' });
  const localTime = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
  await assign.getByLabel('Opens').fill(localTime(-86_400_000));
  await assign.getByLabel('Due').fill(localTime(2 * 86_400_000));
  await assign.getByLabel('Time limit (minutes)').fill('30');
  await assign.getByLabel('Students see their results').selectOption('AFTER_DUE');
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByTestId('quiz-assignment')).toHaveCount(1);
  await teacher.context().close();

  // The student: everything their browser receives from here on is kept. Read through routing, as Chrome keeps no
  // body of a streamed fetch for page.on('response') to read; the service worker is blocked so that no navigation
  // slips past the routes (it only relays or keeps a copy of what the server sent).
  const received: Received[] = [];
  await page.context().route('**/*', async (route) => {
    const request = route.request();
    // A request the page gave up on (a prefetch cut short by a navigation) may fail here: nothing reached the page.
    const response = await route.fetch({ maxRedirects: 0 }).catch(() => null);
    if (!response) return route.abort().catch(() => {});
    const body = await response.body();
    const contentType = response.headers()['content-type'] ?? '';
    if (/html|x-component|json|javascript|text\/plain/.test(contentType)) {
      received.push({ label: `${request.method()} ${request.url()}`, status: response.status(), contentType, body: body.toString('utf8') });
    }
    await route.fulfill({ response, body }).catch(() => {});
  });

  await signUp(page, { role: 'student', name: 'Leak Student', email: uniqueEmail(testInfo, 'leak-student') });
  await page.getByLabel('Class code').fill(code);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLASS_NAME })).toBeVisible();
  await page.goto('/home');
  await page.getByRole('link', { name: new RegExp(QUIZ_TITLE) }).click();
  await expect(page).toHaveURL(/\/assignments\/[^/]+$/);
  const assignmentPath = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  const attemptPath = new URL(page.url()).pathname;

  // Every question answered, each with whatever input it has.
  for (const [index] of QUESTIONS.entries()) {
    await expect(page.getByText(`Question ${index + 1} of ${QUESTIONS.length}`)).toBeVisible();
    await answerCurrent(page, '12');
    if (index < QUESTIONS.length - 1) await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByTestId('answers-status')).toHaveText('All answers saved');
  await expect(page.getByRole('navigation', { name: 'Questions' }).getByRole('button', { name: /, answered$/ })).toHaveCount(QUESTIONS.length);

  // Client-side navigations (RSC fetches, Resume through the start endpoint), then a reload of the taking screen.
  await page.goto('/home');
  await page.getByRole('link', { name: new RegExp(QUIZ_TITLE) }).click();
  await expect(page.getByRole('button', { name: 'Resume the quiz' })).toBeVisible();
  await page.getByRole('button', { name: 'Resume the quiz' }).click();
  await expect(page).toHaveURL(attemptPath);
  await expect(page.getByTestId('answers-status')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('question').first()).toBeVisible();

  // The same pages fetched directly: the HTML, the RSC payload as a client-side navigation gets it (the whole
  // tree, as no router state is sent), and the attempt's JSON. Each must show what a student may see.
  const resultsPath = `${attemptPath}/results`;
  const pages: { path: string; shows: string[]; rscShows?: string[] }[] = [
    { path: '/home', shows: [QUIZ_TITLE] },
    { path: assignmentPath, shows: [QUIZ_TITLE, 'Resume the quiz'] },
    { path: attemptPath, shows: PROMPTS },
    // An open attempt has no results: the page sends the student back to the taking screen (the HTML request
    // follows the redirect; the RSC payload carries it, for the router to follow).
    { path: resultsPath, shows: PROMPTS, rscShows: [`NEXT_REDIRECT;replace;${attemptPath};307`] },
  ];
  const fetched: Received[] = [];
  const fetchPage = async (label: string, path: string, headers: Record<string, string>, contentType: RegExp, shows: readonly string[]) => {
    const response = await page.request.get(path, { headers });
    const body = await response.text();
    const got = { label, status: response.status(), contentType: response.headers()['content-type'] ?? '', body };
    expect(got.status, label).toBe(200);
    expect(got.contentType, label).toMatch(contentType);
    for (const text of shows) expect(body, `${label} shows ${text}`).toContain(text);
    fetched.push(got);
  };
  for (const { path, shows, rscShows } of pages) {
    await fetchPage(`HTML ${path}`, path, {}, /^text\/html/, shows);
    // `_rsc` empty matches the cache-busting hash Next expects when no router state is sent.
    await fetchPage(`RSC ${path}`, `${path}?_rsc=`, { RSC: '1' }, /^text\/x-component/, rscShows ?? shows);
  }
  await fetchPage(`JSON /api${attemptPath}`, `/api${attemptPath}`, {}, /^application\/json/, PROMPTS);

  // The results page's own answer, before the redirect is followed: a redirect to the taking screen, nothing more.
  const unfollowed = await page.request.get(resultsPath, { maxRedirects: 0 });
  expect(unfollowed.status()).toBe(307);
  expect(unfollowed.headers().location).toBe(attemptPath);
  fetched.push({ label: `HTML ${resultsPath} (redirect)`, status: 307, contentType: unfollowed.headers()['content-type'] ?? '', body: await unfollowed.text() });

  // What the browser received really holds the pages: the taking screen's document, the router's RSC payloads
  // (with their router state), the start endpoint's answer and the answers' JSON.
  const from = (method: string, type: string) => received.filter((got) => got.label.startsWith(`${method} `) && got.contentType.startsWith(type));
  expect(from('GET', 'text/html').some((got) => got.label.endsWith(attemptPath) && PROMPTS.every((prompt) => got.body.includes(prompt)))).toBe(true);
  expect(from('GET', 'text/x-component').some((got) => got.label.includes(`${attemptPath}?_rsc=`) && got.body.includes(QUESTIONS[0].prompt))).toBe(true);
  expect(from('POST', 'application/json').some((got) => got.label.endsWith(`/api${assignmentPath}/attempts`) && got.body.includes(attemptPath.split('/')[2]!))).toBe(true);
  // The outbox sends what waits in batches: together the autosaves' answers say every question was saved.
  const autosaves = from('PUT', 'application/json').filter((got) => got.label.endsWith(`/api${attemptPath}/answers`));
  const saved = new Set(autosaves.flatMap((got) => (JSON.parse(got.body) as { results: { questionId: string; status: string }[] }).results.filter((result) => result.status === 'saved').map((result) => result.questionId)));
  expect(saved.size).toBe(QUESTIONS.length);

  // Every body is read before failing, so a failure lists every leak.
  const leaks = [...received, ...fetched].flatMap((got) => leaksIn(got.body, got.contentType).map((found) => `${got.label} (${got.status}): ${found}`));
  expect(leaks).toEqual([]);

  // Matching and ordering questions show their options as texts, every one once (their order is the layout's).
  const view = JSON.parse(fetched.find((got) => got.label.startsWith('JSON'))!.body) as {
    status: string;
    questions: { type: string; left?: string[]; right?: string[]; items?: string[] }[];
  };
  expect(view.status).toBe('IN_PROGRESS');
  const matching = view.questions.find((question) => question.type === 'matching')!;
  expect(matching.right!.length).toBe(PAIRS.length);
  expect([...matching.right!].sort()).toEqual(PAIRS.map((pair) => pair.right).sort());
  const ordering = view.questions.find((question) => question.type === 'ordering')!;
  expect([...ordering.items!].sort()).toEqual([...ITEMS].sort());
});
