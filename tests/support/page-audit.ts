// What the browser tests check on a loaded page: axe-core (WCAG 2.2 A/AA), console errors,
// failed and third-party requests, and a keyboard walk. Each returns readable problems, in French.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { headersForPath, parseHeadersFile } from '../../src/lib/security-headers';
import { serveDist, type StaticServer } from './serve';

/** Serves a built site with the headers of its own _headers file, as Netlify or Cloudflare would. */
export function serveBuiltSite(root: string, base = '/'): Promise<StaticServer> {
  const rules = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
  return serveDist(root, { base, headers: (urlPath) => headersForPath(rules, urlPath).headers });
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Everything a page logged or requested that it should not have, since the last reset. */
export interface PageLog {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  reset: () => void;
}

/**
 * Watches every page of a context: console errors (CSP violations among them), uncaught
 * exceptions, requests that fail or answer >= 400, and requests to any other origin (aborted, so
 * that a test never reaches the network).
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<PageLog> {
  const log: PageLog = {
    consoleErrors: [],
    failedRequests: [],
    foreignRequests: [],
    reset() {
      this.consoleErrors.length = 0;
      this.failedRequests.length = 0;
      this.foreignRequests.length = 0;
    },
  };
  const isForeign = (url: string) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== origin;
  await context.route(
    (url) => isForeign(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  context.on('page', (page) => watchPage(page, log, isForeign));
  return log;
}

function watchPage(page: Page, log: PageLog, isForeign: (url: string) => boolean): void {
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => log.consoleErrors.push(`exception : ${error.message}`));
  page.on('request', (request) => {
    if (isForeign(request.url())) log.foreignRequests.push(`${request.resourceType()} ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (!isForeign(request.url())) log.failedRequests.push(`${request.url()} : ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isForeign(response.url())) log.failedRequests.push(`${response.url()} : HTTP ${response.status()}`);
  });
}

/** axe-core violations for WCAG 2.0, 2.1 and 2.2, levels A and AA, one line per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself, without opening a blank page per analysis (faster).
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}) : ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((node) => node.target.join(' '))
        .join(' | ')}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4})` : ''}`,
  );
}

/** What the keyboard walk saw, for the test to judge. */
export interface KeyboardReport {
  problems: string[];
  /** Number of Tab presses until focus left the page or came back to the start. */
  stops: number;
}

/**
 * Walks the page with Tab from the top: the first stop must be a skip link to <main>; every stop
 * must show a focus indicator and be on screen, not hidden under another element; every visible
 * focusable element must be reached, in document order, with no positive tabindex. Then activates
 * the skip link and checks that focus lands in <main>.
 */
export async function keyboardWalk(page: Page): Promise<KeyboardReport> {
  const problems: string[] = [];
  const expected: string[] = await page.evaluate(() => {
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
    const all: Element[] = [];
    const collect = (root: Document | ShadowRoot) =>
      root.querySelectorAll('*').forEach((el) => {
        if (el.matches(selector)) all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      });
    collect(document);
    const focusable = all.filter((el) => {
      const html = el as HTMLElement;
      if (html.matches(':disabled') || html.closest('[inert]') || html.getAttribute('tabindex') === '-1') return false;
      return html.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    });
    return focusable.map((el, index) => {
      el.setAttribute('data-kb', String(index));
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} « ${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)} »`;
    });
  });
  const positive = await page.evaluate(() =>
    [...document.querySelectorAll('[tabindex]')]
      .filter((el) => Number(el.getAttribute('tabindex')) > 0)
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  for (const html of positive) problems.push(`tabindex positif (ordre de tabulation imposé) : ${html}`);

  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const reached: number[] = [];
  let stops = 0;
  for (let i = 0; i < expected.length + 10; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
      const shadow = style.boxShadow !== 'none';
      const rect = el.getBoundingClientRect();
      const onScreen =
        rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
      // Entirely hidden (WCAG 2.4.11): the centre and four inner points all under unrelated elements.
      const clampX = (x: number) => Math.min(Math.max(x, 0), innerWidth - 1);
      const clampY = (y: number) => Math.min(Math.max(y, 0), innerHeight - 1);
      const points = [
        [0.5, 0.5],
        [0.15, 0.15],
        [0.85, 0.15],
        [0.15, 0.85],
        [0.85, 0.85],
      ].map(([fx = 0, fy = 0]) => document.elementFromPoint(clampX(rect.left + rect.width * fx), clampY(rect.top + rect.height * fy)));
      const hidden = onScreen && points.every((hit) => hit !== null && !el.contains(hit) && !hit.contains(el));
      const covered = hidden ? (points[0]?.outerHTML.slice(0, 80) ?? '') : null;
      const index = el.getAttribute('data-kb');
      return {
        index: index === null ? -1 : Number(index),
        label: `${el.tagName.toLowerCase()} « ${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)} »`,
        isSkipLink:
          el.tagName === 'A' &&
          // An id selector only: Leaflet's controls are links to a bare '#'.
          /^#[\w-]+$/.test(el.getAttribute('href') ?? '') &&
          !!document.querySelector('main')?.matches(el.getAttribute('href') ?? ''),
        focusVisible: outline || shadow,
        onScreen,
        covered,
      };
    });
    if (!stop) break;
    if (reached.length > 0 && stop.index === reached[0]) break;
    stops++;
    if (stops === 1 && !stop.isSkipLink)
      problems.push(`le premier arrêt de tabulation n’est pas un lien d’évitement vers <main> : ${stop.label}`);
    if (!stop.focusVisible) problems.push(`focus invisible (ni outline ni box-shadow) sur ${stop.label}`);
    if (!stop.onScreen) problems.push(`élément focalisé hors de l’écran : ${stop.label}`);
    else if (stop.covered) problems.push(`élément focalisé masqué par ${stop.covered} : ${stop.label}`);
    if (stop.index >= 0) reached.push(stop.index);
  }
  const missed = expected.filter((_, index) => !reached.includes(index));
  for (const label of missed) problems.push(`jamais atteint au clavier : ${label}`);
  const order = reached.filter((index, position) => reached.indexOf(index) === position);
  const firstOutOfOrder = order.findIndex((index, position) => position > 0 && index < (order[position - 1] as number));
  if (firstOutOfOrder > 0)
    problems.push(
      `ordre de tabulation différent de l’ordre du document : ${expected[order[firstOutOfOrder - 1] as number]} puis ${expected[order[firstOutOfOrder] as number]}`,
    );

  const skip = await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('a[href^="#"]');
    if (!link) return null;
    link.focus();
    return link.getAttribute('href');
  });
  if (skip) {
    await page.keyboard.press('Enter');
    const landed = await page.evaluate(() => {
      const main = document.querySelector('main');
      return !!main && (main === document.activeElement || main.contains(document.activeElement));
    });
    if (!landed) problems.push(`activer le lien d’évitement (${skip}) ne place pas le focus dans <main>`);
  }
  return { problems, stops };
}
