// Keyboard-only steps for the journeys that use no pointer: Tab to a control by its name, and check at every step
// that the focus is on screen and drawn (an outline or a shadow), as someone without a mouse needs it.
import { expect, type Page } from '@playwright/test';

interface FocusedElement {
  tag: string;
  name: string;
  drawn: boolean;
  onScreen: boolean;
}

/** The focused element, with its accessible-ish name, or null when nothing (the body) has the focus. */
export async function focused(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const labelledBy = element.getAttribute('aria-labelledby');
    const name =
      element.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      '';
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      name: name.replace(/\s+/g, ' ').trim(),
      drawn: outline || style.boxShadow !== 'none',
      onScreen: box.width > 0 && box.height > 0,
    };
  });
}

/** Fails unless something has the focus and shows it. */
export async function expectVisibleFocus(page: Page, step: string): Promise<FocusedElement> {
  const element = await focused(page);
  expect(element, `after ${step}, something has the focus`).not.toBeNull();
  expect(element!.onScreen && element!.drawn, `after ${step}, the focus on <${element!.tag}> “${element!.name}” is drawn on screen`).toBe(true);
  return element!;
}

/** Presses Tab until the focused element's name matches, checking the focus is visible at every stop. */
export async function tabTo(page: Page, name: RegExp, options: { backwards?: boolean; most?: number } = {}): Promise<FocusedElement> {
  const most = options.most ?? 60;
  const stops: string[] = [];
  for (let i = 0; i < most; i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    // Nothing focused in the page: the Tab went to the browser's own controls (past the page's last element, or
    // from where a control that a navigation removed used to be); the next Tab comes back to the page's first.
    if ((await focused(page)) === null) {
      stops.push('(the browser)');
      continue;
    }
    const element = await expectVisibleFocus(page, `Tab to ${name}`);
    if (name.test(element.name)) return element;
    stops.push(`<${element.tag}> ${element.name.slice(0, 40)}`);
  }
  throw new Error(`Tab never reached ${name}; it stopped at:\n${stops.join('\n')}`);
}
