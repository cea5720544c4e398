// What the browser tests check on a loaded page: axe-core (WCAG 2.2 A/AA), console errors,
// failed and third-party requests, and a keyboard walk. Each returns readable problems, in French.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

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
  // Every Content-Security-Policy violation (a style attribute, an inline script…) becomes a console
  // error, whatever the browser itself logs about it.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `CSP : ${event.effectiveDirective} a bloqué ${event.blockedURI || 'du contenu en ligne'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  );
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

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe-core into every page and frame of the context before the page's own scripts (a script
 * added by the browser driver, not subject to the page's CSP), so that each analysis only runs it.
 */
export async function prepareAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/** axe-core violations for WCAG 2.0, 2.1 and 2.2, levels A and AA, one line per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
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
  /** Number of distinct elements reached with Tab. */
  stops: number;
}

/**
 * The visible elements that should be reachable with Tab, in document order, each marked with
 * data-kb-expected (runs in the page).
 */
function markExpected(): { count: number; labels: string[] } {
  // Native controls, and elements whose role says they are controls (they must be focusable too).
  const selector = [
    'a[href]',
    'area[href]',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'summary',
    'iframe',
    '[tabindex]',
    '[contenteditable="true"]',
    ...['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'slider', 'spinbutton', 'combobox', 'textbox'].map(
      (role) => `[role="${role}"]`,
    ),
  ].join(', ');
  const all: HTMLElement[] = [];
  const collect = (root: Document | ShadowRoot) =>
    root.querySelectorAll<HTMLElement>('*').forEach((el) => {
      if (el.matches(selector)) all.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    });
  collect(document);
  // Tab reaches one radio button per group: the checked one, or the first.
  const radioStop = (input: HTMLInputElement) => {
    const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(input.name)}"]`)].filter(
      (radio) => radio.form === input.form && !radio.disabled,
    );
    return (group.find((radio) => radio.checked) ?? group[0]) === input;
  };
  const expected = all.filter((el) => {
    if (el.matches(':disabled') || el.closest('[inert]') || el.getAttribute('tabindex') === '-1') return false;
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name && !radioStop(el)) return false;
    return el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
  });
  return {
    count: expected.length,
    labels: expected.map((el) => {
      el.setAttribute('data-kb-expected', '');
      const text = (el.textContent || el.getAttribute('aria-label') || el.getAttribute('title') || '').trim().replace(/\s+/g, ' ');
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} « ${text.slice(0, 40)} »`;
    }),
  };
}

/**
 * Walks the page with Tab from the top: the first stop must be a skip link to <main>; every stop
 * must show a focus indicator and be on screen, not entirely hidden under another element; every
 * visible focusable element must be reached, in document order, with no positive tabindex. Then
 * activates the skip link and checks that focus lands in <main>. The expected elements are read
 * again after the walk, so that controls added by scripts meanwhile are counted.
 */
export async function keyboardWalk(page: Page): Promise<KeyboardReport> {
  const problems: string[] = [];
  const positive = await page.evaluate(() =>
    [...document.querySelectorAll('[tabindex]')]
      .filter((el) => Number(el.getAttribute('tabindex')) > 0)
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  for (const html of positive) problems.push(`tabindex positif (ordre de tabulation imposé) : ${html}`);

  const { count } = await page.evaluate(markExpected);
  // Each stop is recorded in the page when focus arrives (focusin), so that Tab can be pressed in
  // batches without a round trip per stop.
  await page.evaluate(() => {
    const state = { stops: [] as object[], wrapped: false };
    (window as unknown as { __keyboardWalk: typeof state }).__keyboardWalk = state;
    document.addEventListener(
      'focusin',
      () => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el || el === document.body || el === document.documentElement) return;
        if (el.hasAttribute('data-kb-stop')) {
          if (el.getAttribute('data-kb-stop') === '1') state.wrapped = true;
          return;
        }
        if (state.wrapped) return;
        el.setAttribute('data-kb-stop', String(state.stops.length + 1));
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
        const href = el.getAttribute('href') ?? '';
        state.stops.push({
          label: `${el.tagName.toLowerCase()} « ${(el.textContent || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40)} »`,
          isSkipLink: el.tagName === 'A' && href.startsWith('#') && href.length > 1 && !!document.querySelector('main')?.matches(href),
          focusVisible: outline || shadow,
          onScreen,
          covered: hidden ? (points[0]?.outerHTML.slice(0, 80) ?? '') : null,
        });
      },
      true,
    );
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  // Tab until focus comes back to the first stop or leaves the page (to the browser's own controls).
  for (let pressed = 0; pressed < count * 2 + 50; pressed += 10) {
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    const done = await page.evaluate(() => {
      const state = (window as unknown as { __keyboardWalk: { stops: object[]; wrapped: boolean } }).__keyboardWalk;
      return state.wrapped || (state.stops.length > 0 && document.activeElement === document.body);
    });
    if (done) break;
  }
  const walked = await page.evaluate(
    () =>
      (
        window as unknown as {
          __keyboardWalk: {
            stops: { label: string; isSkipLink: boolean; focusVisible: boolean; onScreen: boolean; covered: string | null }[];
          };
        }
      ).__keyboardWalk.stops,
  );
  walked.forEach((stop, index) => {
    if (index === 0 && !stop.isSkipLink)
      problems.push(`le premier arrêt de tabulation n’est pas un lien d’évitement vers <main> : ${stop.label}`);
    if (!stop.focusVisible) problems.push(`focus invisible (ni outline ni box-shadow) sur ${stop.label}`);
    if (!stop.onScreen) problems.push(`élément focalisé hors de l’écran : ${stop.label}`);
    else if (stop.covered) problems.push(`élément focalisé entièrement masqué par ${stop.covered} : ${stop.label}`);
  });
  const stops = walked.length;

  // After the walk: what should have been reached (scripts may have added controls), and in what order.
  const order = await page.evaluate(() => {
    const reached = [...document.querySelectorAll('[data-kb-stop]')]
      .filter((el) => el.getRootNode() === document)
      .sort((a, b) => Number(a.getAttribute('data-kb-stop')) - Number(b.getAttribute('data-kb-stop')));
    const inversion = reached.findIndex(
      (el, i) => i > 0 && !!(el.compareDocumentPosition(reached[i - 1] as Element) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    const label = (el?: Element) =>
      el
        ? `${el.tagName.toLowerCase()} « ${(el.textContent || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40)} »`
        : '';
    document.querySelectorAll('[data-kb-expected]').forEach((el) => el.removeAttribute('data-kb-expected'));
    return inversion > 0 ? { before: label(reached[inversion - 1]), after: label(reached[inversion]) } : null;
  });
  if (order) problems.push(`ordre de tabulation différent de l’ordre du document : ${order.before} puis ${order.after}`);
  const { labels } = await page.evaluate(markExpected);
  const reached = await page.evaluate(() =>
    [...document.querySelectorAll('[data-kb-expected]')].map((el) => el.hasAttribute('data-kb-stop')),
  );
  reached.forEach((wasReached, index) => {
    if (!wasReached) problems.push(`jamais atteint au clavier : ${labels[index]}`);
  });

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
