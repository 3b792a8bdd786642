// The test side of Parta's languages: a translator over the real message files (so a spec selects "Создать
// аккаунт" by its key, Auth.signUpButton, and follows the translation when it changes), a finder of English left
// on a translated page, and a check that a page fits its width with no text cut off, for the screens of the
// Russian and Kazakh journeys (Kazakh and Russian words are longer than English ones).
import fs from 'node:fs';
import path from 'node:path';
import {
  type MessageFormatElement,
  isArgumentElement,
  isDateElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { expect, type Page } from '@playwright/test';
import { createTranslator } from 'next-intl';
import { flattenMessages } from '../lib/i18n/message-completeness.ts';
import { DEFAULT_TIME_ZONE, type Locale } from '../lib/i18n/locales.ts';

type Messages = Record<string, unknown>;
type Values = Record<string, string | number | Date>;

export function messagesOf(locale: Locale): Messages {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'lib', 'i18n', 'messages', `${locale}.json`), 'utf8')) as Messages;
}

/** The browser locale that asks for a language, as a phone set to it sends in Accept-Language. */
export const BROWSER_LOCALE: Record<Locale, string> = { en: 'en-US', ru: 'ru-RU', kk: 'kk-KZ' };

export interface Translate {
  (key: string, values?: Values): string;
  locale: Locale;
}

/**
 * `t('Auth.signUpButton')` in the given language, formatted as the app formats it (next-intl's ICU formatter, the
 * app's time zone). A key the file lacks, or a value the message needs and did not get, throws: a selector built
 * from a wrong key would otherwise look for the text "Auth.signUpButon" and fail far from the cause.
 */
export function translator(locale: Locale): Translate {
  const t = createTranslator({
    locale,
    messages: messagesOf(locale),
    timeZone: DEFAULT_TIME_ZONE,
    onError: (error) => {
      throw error;
    },
  }) as unknown as (key: string, values?: Values) => string;
  return Object.assign((key: string, values?: Values) => t(key, values), { locale });
}

// ——— English left on a translated page ———

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression source matching any text the message formats to; an argument matches any text. */
function patternOf(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (isLiteralElement(element)) return escapeRegExp(element.value).replace(/\s+/g, '\\s+');
      if (isPoundElement(element)) return '.+?';
      if (isArgumentElement(element) || isNumberElement(element) || isDateElement(element) || isTimeElement(element)) return '.+?';
      if (isPluralElement(element) || isSelectElement(element)) {
        return `(?:${Object.values(element.options).map((option) => patternOf(option.value)).join('|')})`;
      }
      if (isTagElement(element)) return patternOf(element.children);
      return '';
    })
    .join('');
}

/** The letters a message always shows, whatever its arguments: "{name}" alone has none and matches anything. */
function fixedLetters(elements: MessageFormatElement[]): number {
  return elements.reduce((sum, element) => {
    if (isLiteralElement(element)) return sum + (element.value.match(/\p{L}/gu) ?? []).length;
    if (isTagElement(element)) return sum + fixedLetters(element.children);
    if (isPluralElement(element) || isSelectElement(element)) {
      return sum + Math.min(...Object.values(element.options).map((option) => fixedLetters(option.value)));
    }
    return sum;
  }, 0);
}

/** A pattern for any text a message of the language formats to ("Попытка {number}: результаты" → /^Попытка .+?: результаты$/). */
export function messagePattern(t: Translate, key: string): RegExp {
  const message = flattenMessages(messagesOf(t.locale)).get(key);
  if (typeof message !== 'string') throw new Error(`${t.locale}.json has no message ${key}`);
  return new RegExp(`^${patternOf(parse(message, { ignoreTag: false }))}$`, 'su');
}

export interface EnglishMessage {
  key: string;
  english: string;
  pattern: RegExp;
  /** The letters the message shows whatever its arguments. */
  fixedLetters: number;
}

/** Keys whose text is the same in every language (message-files.test.ts lets them stay English). */
const SAME_IN_EVERY_LANGUAGE = new Set(['Layout.brand', 'PasswordReset.noMailCommand', 'Scheduling.memory.weightLabel']);

/**
 * Every English message that the language translates differently, as a pattern matching a whole text that the
 * English message formats to. Messages with fewer than four fixed letters ("{score} / {max}", "CSV") are left out:
 * they would match names and numbers.
 */
export function englishMessagesTranslatedIn(locale: Locale): EnglishMessage[] {
  const english = flattenMessages(messagesOf('en'));
  const translated = flattenMessages(messagesOf(locale));
  const found: EnglishMessage[] = [];
  for (const [key, value] of english) {
    if (typeof value !== 'string' || SAME_IN_EVERY_LANGUAGE.has(key) || translated.get(key) === value) continue;
    const elements = parse(value, { ignoreTag: false });
    const letters = fixedLetters(elements);
    if (letters < 4) continue;
    found.push({ key, english: value, pattern: new RegExp(`^${patternOf(elements)}$`, 'su'), fixedLetters: letters });
  }
  return found;
}

/**
 * The texts on the page a person reads or hears: each text node and each element's whole text (headings, buttons,
 * links, labels, table headers, options), and the names given in aria-label, alt, title and placeholder.
 */
async function textsOnPage(page: Page): Promise<{ text: string; where: string }[]> {
  return page.evaluate(() => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const testId = element.getAttribute('data-testid');
      return `<${element.tagName.toLowerCase()}${id}${testId ? ` data-testid="${testId}"` : ''}>`;
    };
    const skipped = (element: Element | null) => !element || element.closest('script, style, template, noscript') !== null;
    const texts: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = collapse(node.textContent ?? '');
      if (text.length >= 3 && !skipped(node.parentElement)) texts.push({ text, where: describe(node.parentElement!) });
    }
    const whole = 'h1, h2, h3, h4, h5, h6, button, a, label, legend, th, summary, option, dt, dd, li, p, [role="status"], [role="alert"]';
    for (const element of document.body.querySelectorAll(whole)) {
      const text = collapse(element.textContent ?? '');
      if (text.length >= 3 && !skipped(element)) texts.push({ text, where: describe(element) });
    }
    for (const element of document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
        const text = collapse(element.getAttribute(name) ?? '');
        if (text.length >= 3) texts.push({ text, where: `${describe(element)} ${name}` });
      }
    }
    texts.push({ text: collapse(document.title), where: '<title>' });
    return texts;
  });
}

/**
 * The share of a text's letters a message must account for to be taken as that message: a deck's English content
 * ("Match each term with its explanation") would otherwise pass for "Match {number}" with a long number.
 */
const MESSAGE_SHARE_OF_TEXT = 0.2;

/** English messages shown on the page in place of their translation: "Show answer" (Study.showAnswer) at <button>. */
export async function englishLeftOn(page: Page, locale: Locale): Promise<string[]> {
  const messages = englishMessagesTranslatedIn(locale);
  const left = new Set<string>();
  for (const { text, where } of await textsOnPage(page)) {
    const letters = (text.match(/\p{L}/gu) ?? []).length;
    for (const message of messages) {
      if (message.fixedLetters >= MESSAGE_SHARE_OF_TEXT * letters && message.pattern.test(text)) left.add(`“${text}” (${message.key}: “${message.english}”) at ${where}`);
    }
  }
  return [...left];
}

// ——— The page fits: no sideways scroll, no text cut ———

export interface FitReport {
  /** The screen's width in CSS pixels. */
  viewportWidth: number;
  /** The page's width: more than viewportWidth when it scrolls sideways (or a phone zooms out to show it all). */
  scrollWidth: number;
  /** The innermost elements that stick out past the right edge (what widens the page). */
  stickingOut: string[];
  /** Text that is cut off: hidden past its box, ellipsed, clipped by an ancestor, or a choice wider than its select. */
  cut: string[];
  /** Words broken in the middle across two lines (no hyphen can be told apart here): reported, not failed. */
  brokenWords: string[];
}

/** Measures the page in the browser: sideways scroll, cut text and words broken mid-word. */
export async function measureFit(page: Page): Promise<FitReport> {
  // A phone (isMobile) widens its layout viewport to fit content that sticks out and zooms out, so
  // window.innerWidth grows with the fault: the width asked for is the measure.
  const screenWidth = page.viewportSize()?.width ?? (await page.evaluate(() => window.innerWidth));
  return page.evaluate((screenWidth) => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    const selectorOf = (element: Element): string => {
      const parts: string[] = [];
      for (let at: Element | null = element; at && at !== document.body && parts.length < 4; at = at.parentElement) {
        if (at.id) {
          parts.unshift(`#${CSS.escape(at.id)}`);
          break;
        }
        const testId = at.getAttribute('data-testid');
        const classes = [...at.classList].slice(0, 2).map((name) => `.${CSS.escape(name)}`).join('');
        parts.unshift(testId ? `[data-testid="${testId}"]` : `${at.tagName.toLowerCase()}${classes}`);
      }
      return parts.join(' > ');
    };
    const label = (element: Element) => `“${collapse((element as HTMLElement).innerText ?? element.textContent ?? '').slice(0, 80)}” at ${selectorOf(element)}`;
    /** Screen-reader-only text (the .visually-hidden pattern) is clipped on purpose. */
    const hiddenOnPurpose = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const box = at.getBoundingClientRect();
        if (box.width <= 2 && box.height <= 2 && getComputedStyle(at).overflow !== 'visible') return true;
      }
      return false;
    };
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: false }) && !hiddenOnPurpose(element);
    };
    const clips = (style: CSSStyleDeclaration, axis: 'overflowX' | 'overflowY') => style[axis] === 'hidden' || style[axis] === 'clip';
    const scrolls = (style: CSSStyleDeclaration) => ['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY);

    const viewportWidth = screenWidth;
    const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    const insideScroller = (element: Element) => {
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) if (scrolls(getComputedStyle(at))) return true;
      return false;
    };
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > screenWidth + 0.5 && !insideScroller(element) && !hiddenOnPurpose(element);
    const innermostStickingOut = () =>
      [...document.body.querySelectorAll('*')]
        .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
        .slice(0, 8)
        .map((element) => `${label(element)} (${Math.round(element.getBoundingClientRect().width)} px wide, right edge at ${Math.round(element.getBoundingClientRect().right)} px)`);
    let stickingOut: string[] = [];
    if (scrollWidth > screenWidth) {
      // A grid or flex item grows to its content's minimum width and takes its whole column along, so what sticks
      // out is everything in that column. With every automatic minimum width off, only the content that cannot
      // shrink (a long address, a file input, a row that does not wrap) sticks out: that is named.
      const diagnosis = document.createElement('style');
      diagnosis.textContent = '*, *::before, *::after { min-width: 0 !important; }';
      document.head.append(diagnosis);
      stickingOut = innermostStickingOut();
      diagnosis.remove();
      if (stickingOut.length === 0) stickingOut = innermostStickingOut();
    }

    const cut: string[] = [];
    const texty = 'button, a, label, legend, summary, h1, h2, h3, h4, h5, h6, th, td, dt, dd, [role="button"], [role="tab"], [role="status"]';
    const candidates = new Set<Element>([...document.body.querySelectorAll(texty)]);
    // Anything else that ellipses its text.
    for (const element of document.body.querySelectorAll('*')) if (getComputedStyle(element).textOverflow === 'ellipsis') candidates.add(element);
    for (const element of candidates) {
      if (!shown(element) || collapse(element.textContent ?? '') === '') continue;
      const style = getComputedStyle(element);
      const inline = style.display === 'inline';
      const wider = element.scrollWidth > element.clientWidth + 1;
      const taller = element.scrollHeight > element.clientHeight + 1;
      if (!inline && wider && style.textOverflow === 'ellipsis' && clips(style, 'overflowX')) cut.push(`${label(element)}: ends in an ellipsis`);
      else if (!inline && wider && clips(style, 'overflowX')) cut.push(`${label(element)}: ${element.scrollWidth - element.clientWidth} px hidden on the right`);
      else if (!inline && taller && (clips(style, 'overflowY') || style.webkitLineClamp !== 'none')) cut.push(`${label(element)}: ${element.scrollHeight - element.clientHeight} px hidden below`);
      else if (!inline && wider && !scrolls(style) && /^(button|label|legend|summary)$/i.test(element.tagName)) {
        // The text runs out over the box's edge: still readable, but over the border or the next thing.
        cut.push(`${label(element)}: spills ${element.scrollWidth - element.clientWidth} px past its box`);
      } else {
        // Clipped by an ancestor that hides its overflow (a card, a pill, a cell).
        const box = element.getBoundingClientRect();
        for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
          const outer = getComputedStyle(at);
          if (scrolls(outer)) break;
          const frame = at.getBoundingClientRect();
          if ((clips(outer, 'overflowX') && (box.left < frame.left - 1 || box.right > frame.right + 1)) || (clips(outer, 'overflowY') && (box.top < frame.top - 1 || box.bottom > frame.bottom + 1))) {
            cut.push(`${label(element)}: clipped by ${selectorOf(at)}`);
            break;
          }
        }
      }
    }
    // A box that scrolls sideways hides what is past its edge until someone scrolls it, which few do unless the box
    // is made for it (the dashboard's grid: a focusable region). A dialog's buttons pushed past its edge are cut.
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (!['auto', 'scroll'].includes(style.overflowX) || element.scrollWidth <= element.clientWidth + 1 || !shown(element)) continue;
      if (element.hasAttribute('tabindex') || element.getAttribute('role') === 'region') continue;
      cut.push(`${label(element)}: ${element.scrollWidth - element.clientWidth} px scrolled out of sight sideways`);
    }
    // A closed select shows the chosen option in its own box: an option wider than that box is cut once chosen.
    const canvas = document.createElement('canvas').getContext('2d')!;
    const ARROW_ALLOWANCE = 20;
    for (const select of document.body.querySelectorAll('select')) {
      if (!shown(select) || select.multiple) continue;
      const style = getComputedStyle(select);
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - (style.appearance === 'none' ? 0 : ARROW_ALLOWANCE);
      for (const option of select.options) {
        const width = canvas.measureText(option.text).width;
        if (width > room + 1) cut.push(`option “${option.text.slice(0, 80)}” of ${selectorOf(select)}: ${Math.round(width)} px of text in ${Math.round(room)} px`);
      }
    }

    // Words broken across lines: a word (no space inside) whose glyphs sit on more than one line.
    const brokenWords: string[] = [];
    const wordy = 'button, a, label, legend, summary, h1, h2, h3, th, dt, dd, [role="button"]';
    for (const element of document.body.querySelectorAll(wordy)) {
      if (!shown(element)) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s\u00a0]{4,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) brokenWords.push(`“${match[0]}” in ${label(element)}`);
        }
      }
    }
    return { viewportWidth, scrollWidth, stickingOut, cut: [...new Set(cut)], brokenWords: [...new Set(brokenWords)] };
  }, screenWidth);
}

/**
 * The page fits the screen: nothing scrolls sideways and no text is cut (each offending element is named with its
 * text and a selector). Soft, so one run of a journey lists every screen that does not fit. Words broken mid-word
 * are attached to the report, not failed: a long word broken is better than one cut, and whether it reads well
 * is for a person looking at the screenshot.
 */
export async function expectFitsWithNothingCut(page: Page, where: string): Promise<FitReport> {
  const report = await measureFit(page);
  const at = `${where} at ${report.viewportWidth} px`;
  expect
    .soft(report.scrollWidth, `${at}: the page scrolls sideways (${report.scrollWidth} px wide); sticking out: ${report.stickingOut.join('; ') || 'nothing found'}`)
    .toBeLessThanOrEqual(report.viewportWidth);
  expect.soft(report.cut, `${at}: text cut off`).toEqual([]);
  return report;
}
