// Static checks of a built site (any output folder, any base path): each returns the list of
// problems found, in French, naming the page and the line, so that a failing test says what to fix.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlElements, type HtmlElement } from './html';

export interface BuiltPage {
  /** File relative to the output folder: 'editions/2022/index.html'. */
  file: string;
  /** Site path without the base: '/editions/2022/', '/404.html'. */
  sitePath: string;
  html: string;
  elements: HtmlElement[];
}

export interface BuiltSite {
  root: string;
  /** Base path, with slashes at both ends: '/' or '/atlas/'. */
  base: string;
  pages: BuiltPage[];
}

/** Every file under root, relative, with '/' separators, sorted. */
export function listFiles(root: string): string[] {
  return (
    readdirSync(root, { recursive: true, withFileTypes: true })
      // The compressed copies a server sends in a file's stead (.gz, .br) are not files of the site.
      .filter((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort()
  );
}

/**
 * Reads every HTML page of a built site; each page is parsed the first time a check asks for its
 * elements, once (a check that reads only some pages, or only their text, parses nothing else).
 */
export function loadSite(root: string, base = '/', options: { keep?: (element: HtmlElement) => boolean } = {}): BuiltSite {
  const { keep } = options;
  const pages = listFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file): BuiltPage => {
      const html = readFileSync(path.join(root, file), 'utf8');
      let elements: HtmlElement[] | undefined;
      return {
        file,
        sitePath: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
        html,
        get elements() {
          elements ??= keep ? htmlElements(html).filter(keep) : htmlElements(html);
          return elements;
        },
      };
    });
  return { root, base, pages };
}

const ROOT_CONFIG = path.resolve(import.meta.dirname, '../../.htmlvalidate.json');

/** html-validate with the project's .htmlvalidate.json, whatever folder the site was built in. */
export function htmlProblems(site: BuiltSite): string[] {
  const config = JSON.parse(readFileSync(ROOT_CONFIG, 'utf8')) as ConfigData & { $schema?: string };
  delete config.$schema;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  return site.pages.flatMap((page) =>
    validator
      .validateStringSync(page.html, page.file)
      .results.flatMap((result) => result.messages.map((m) => `${page.file}:${m.line}:${m.column} ${m.message} (${m.ruleId})`)),
  );
}

/** Attributes holding a URL, per element; srcset values are lists. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  form: ['action'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  object: ['data'],
  embed: ['src'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Tags the static checks read whatever their attributes (metadata, resources, scripts, styles, links). */
const CHECKED_TAGS = new Set(['html', 'head', 'title', 'meta', 'link', 'script', 'style', 'base', ...Object.keys(URL_ATTRIBUTES)]);

/**
 * The elements the checks of this file read: the tags above, and any element with an id or a name
 * (anchors), a style attribute or an on* attribute. Loading only these (`loadSite(…, { keep })`)
 * keeps 10,000 parsed pages within memory: the inline SVG of maps and charts is most of a page.
 */
export function isCheckedElement(element: HtmlElement): boolean {
  if (CHECKED_TAGS.has(element.tag)) return true;
  for (const name in element.attrs) if (name === 'id' || name === 'name' || name === 'style' || /^on[a-z]+$/.test(name)) return true;
  return false;
}

/** Whether following this URL is a navigation (links may leave the site) rather than a resource load. */
function isNavigation(element: HtmlElement): boolean {
  if (element.tag === 'a' || element.tag === 'area' || element.tag === 'form') return true;
  if (element.tag !== 'link') return false;
  const rel = (element.attrs.rel ?? '').toLowerCase().split(/\s+/);
  return rel.some((r) => ['canonical', 'alternate', 'sitemap', 'license', 'author', 'help', 'next', 'prev', 'me'].includes(r));
}

function urlsOf(element: HtmlElement): string[] {
  return (URL_ATTRIBUTES[element.tag] ?? []).flatMap((name) => {
    const value = element.attrs[name];
    if (value === undefined) return [];
    if (name !== 'srcset') return [value.trim()];
    return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
  });
}

/** The file a site path is served from, or undefined; also says when a folder lacks its final slash. */
export function resolveFile(root: string, sitePath: string): { file?: string; missingSlash?: boolean } {
  const file = path.join(root, decodeURIComponent(sitePath));
  if (sitePath.endsWith('/')) return existsSync(path.join(file, 'index.html')) ? { file: path.join(file, 'index.html') } : {};
  if (!existsSync(file)) return {};
  if (statSync(file).isDirectory()) return { missingSlash: existsSync(path.join(file, 'index.html')) };
  return { file };
}

/** The origin the site was built for, read from the home page's canonical link. */
export function siteOrigin(site: BuiltSite): string {
  const home = site.pages.find((page) => page.sitePath === '/');
  const canonical = home?.elements.find((e) => e.tag === 'link' && e.attrs.rel === 'canonical')?.attrs.href;
  if (!canonical) throw new Error('La page d’accueil n’a pas de lien canonique : impossible de connaître l’adresse du site.');
  return new URL(canonical).origin;
}

/**
 * Every internal link and resource resolves to a file of the build (under the base path), every
 * #anchor to an id of its target page, and no page loads anything from another origin.
 */
export function linkProblems(site: BuiltSite): string[] {
  const origin = siteOrigin(site);
  const problems: string[] = [];
  const idsByFile = new Map<string, Set<string>>();
  // A target page of the site is already read (and parsed once); a file outside the list is read here.
  const pageByFile = new Map(site.pages.map((page) => [path.join(site.root, page.file), page]));
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const elements = pageByFile.get(file)?.elements ?? htmlElements(readFileSync(file, 'utf8'));
      ids = new Set(elements.flatMap((e) => [e.attrs.id, e.tag === 'a' ? e.attrs.name : undefined].filter((v) => v !== undefined)));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  for (const page of site.pages) {
    const pageUrl = new URL(`${site.base}${page.sitePath.slice(1)}`, origin);
    for (const element of page.elements) {
      for (const value of urlsOf(element)) {
        const where = `${page.file}:${element.line} <${element.tag}> « ${value} »`;
        if (value === '' || value === '#') {
          problems.push(`${where} : lien vide.`);
          continue;
        }
        if (/^(mailto|tel|data):/i.test(value)) continue;
        if (/^javascript:/i.test(value)) {
          problems.push(`${where} : URL javascript: interdite (CSP).`);
          continue;
        }
        const url = new URL(value, pageUrl);
        if (url.origin !== origin) {
          if (!isNavigation(element)) problems.push(`${where} : ressource chargée depuis une autre origine (${url.origin}).`);
          continue;
        }
        if (!url.pathname.startsWith(site.base)) {
          problems.push(`${where} : hors du chemin de base ${site.base}.`);
          continue;
        }
        const target = resolveFile(site.root, `/${url.pathname.slice(site.base.length)}`);
        if (target.missingSlash) problems.push(`${where} : dossier sans barre oblique finale (ajoutez « / »).`);
        else if (!target.file) problems.push(`${where} : aucun fichier ne correspond à ${url.pathname}.`);
        else if (url.hash && target.file.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!idsOf(target.file).has(id)) problems.push(`${where} : l’ancre #${id} n’existe pas dans ${url.pathname}.`);
        }
      }
    }
  }
  return problems;
}

const meta = (page: BuiltPage, attribute: 'name' | 'property', key: string) =>
  page.elements.find((e) => e.tag === 'meta' && e.attrs[attribute] === key)?.attrs.content?.trim();

/** Whether a page asks search engines not to index it (then it needs no sitemap entry). */
export function isNoindex(page: BuiltPage): boolean {
  return /noindex/.test(meta(page, 'name', 'robots') ?? '');
}

/**
 * Each page has lang="fr", one unique non-empty title, a description, a canonical URL pointing at
 * itself and the Open Graph tags.
 */
export function metadataProblems(site: BuiltSite): string[] {
  const origin = siteOrigin(site);
  const problems: string[] = [];
  const titles = new Map<string, string[]>();
  for (const page of site.pages) {
    const say = (problem: string) => problems.push(`${page.file} : ${problem}`);
    const html = page.elements.find((e) => e.tag === 'html');
    if (html?.attrs.lang !== 'fr') say(`<html lang="${html?.attrs.lang ?? ''}"> au lieu de lang="fr".`);
    const title = page.elements.filter((e) => e.tag === 'title' && e.parent === 'head');
    const text = title[0]?.text().trim() ?? '';
    if (title.length !== 1 || !text) say(`${title.length} balise(s) <title>, il en faut une, non vide.`);
    else titles.set(text, [...(titles.get(text) ?? []), page.file]);
    if (!meta(page, 'name', 'description')) say('pas de <meta name="description"> (ou vide).');
    const canonical = page.elements.filter((e) => e.tag === 'link' && e.attrs.rel === 'canonical').map((e) => e.attrs.href ?? '');
    const expected = new URL(`${site.base}${page.sitePath.slice(1)}`, origin).href;
    if (canonical.length !== 1) say(`${canonical.length} lien(s) canonique(s), il en faut un.`);
    else if (canonical[0] !== expected) say(`lien canonique « ${canonical[0]} » au lieu de « ${expected} ».`);
    for (const property of ['og:title', 'og:description', 'og:type', 'og:url', 'og:site_name', 'og:locale']) {
      if (!meta(page, 'property', property)) say(`pas de <meta property="${property}">.`);
    }
    const ogUrl = meta(page, 'property', 'og:url');
    if (ogUrl && canonical.length === 1 && ogUrl !== canonical[0]) say(`og:url « ${ogUrl} » diffère du lien canonique.`);
  }
  for (const [title, files] of titles) {
    if (files.length > 1) problems.push(`Titre « ${title} » porté par ${files.length} pages : ${files.join(', ')}.`);
  }
  return problems;
}

/** The only type of inline <script> a page may hold: JSON-LD, data that no browser runs (schema.org markup). */
export const INLINE_DATA_SCRIPT_TYPE = 'application/ld+json';

/** No script can run inline: no <script> without src but JSON-LD (which must parse), no on* attribute. */
export function inlineScriptProblems(site: BuiltSite): string[] {
  return site.pages.flatMap((page) =>
    page.elements.flatMap((element) => {
      const where = `${page.file}:${element.line}`;
      const found: string[] = [];
      const type = (element.attrs.type ?? '').trim().toLowerCase();
      if (element.tag === 'script' && element.attrs.src === undefined) {
        const text = element.text().trim();
        if (type !== INLINE_DATA_SCRIPT_TYPE)
          found.push(`${where} : <script> en ligne (interdit par la CSP ; Astro doit l’émettre en fichier) : « ${text.slice(0, 80)} ».`);
        else if (!isJson(text))
          found.push(`${where} : <script type="${INLINE_DATA_SCRIPT_TYPE}"> dont le contenu n’est pas du JSON valide.`);
      }
      for (const name of Object.keys(element.attrs))
        if (/^on[a-z]+$/.test(name)) found.push(`${where} : attribut ${name} sur <${element.tag}> (interdit par la CSP).`);
      return found;
    }),
  );
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * robots.txt points to the sitemap; the sitemap lists every indexable page and only pages that
 * exist; the RSS feed links only to pages that exist.
 */
export function sitemapProblems(site: BuiltSite): string[] {
  const origin = siteOrigin(site);
  const problems: string[] = [];
  const robotsFile = path.join(site.root, 'robots.txt');
  if (!existsSync(robotsFile)) return ['robots.txt est absent.'];
  const index = new URL(`${site.base}sitemap-index.xml`, origin).href;
  if (!readFileSync(robotsFile, 'utf8').includes(`Sitemap: ${index}`)) problems.push(`robots.txt ne mentionne pas « Sitemap: ${index} ».`);
  const local = (url: string) => path.join(site.root, new URL(url).pathname.slice(site.base.length));
  const locs = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
  if (!existsSync(local(index))) return [...problems, 'sitemap-index.xml est absent.'];
  const listed = new Set<string>();
  for (const sitemap of locs(local(index))) {
    if (!existsSync(local(sitemap))) {
      problems.push(`sitemap-index.xml cite ${sitemap}, absent.`);
      continue;
    }
    // Every <url> says when its page last changed, as a W3C date (AAAA-MM-JJ) that is a real day.
    for (const [entry = '', url = ''] of readFileSync(local(sitemap), 'utf8').matchAll(/<url>.*?<loc>([^<]+)<\/loc>.*?<\/url>/gs)) {
      const lastmod = /<lastmod>([^<]+)<\/lastmod>/.exec(entry)?.[1];
      if (!lastmod || !/^\d{4}-\d{2}-\d{2}/.test(lastmod) || Number.isNaN(Date.parse(lastmod)))
        problems.push(`Le sitemap donne ${url} sans date de modification (<lastmod> AAAA-MM-JJ) : « ${lastmod ?? ''} ».`);
    }
    for (const url of locs(local(sitemap))) {
      listed.add(url);
      if (!url.startsWith(origin + site.base) || !resolveFile(site.root, `/${new URL(url).pathname.slice(site.base.length)}`).file)
        problems.push(`Le sitemap cite ${url}, qui n’est pas une page du site.`);
    }
  }
  for (const page of site.pages) {
    const url = new URL(`${site.base}${page.sitePath.slice(1)}`, origin).href;
    if (page.sitePath !== '/404.html' && !isNoindex(page) && !listed.has(url)) problems.push(`${url} manque dans le sitemap.`);
    if (isNoindex(page) && listed.has(url)) problems.push(`${url} est « noindex » mais figure dans le sitemap.`);
  }
  const feed = path.join(site.root, 'rss.xml');
  if (!existsSync(feed)) return [...problems, 'rss.xml est absent.'];
  for (const [, url = ''] of readFileSync(feed, 'utf8').matchAll(/<link>([^<]+)<\/link>/g)) {
    if (!url.startsWith(origin + site.base) || !resolveFile(site.root, `/${new URL(url).pathname.slice(site.base.length)}`).file)
      problems.push(`Le flux RSS cite ${url}, qui n’est pas une page du site.`);
  }
  return problems;
}

/**
 * No inline style: no style attribute and no <style> element, in HTML or inline SVG (the
 * Content-Security-Policy allows stylesheets only as files of the site: style-src 'self').
 */
export function inlineStyleProblems(site: BuiltSite): string[] {
  return site.pages.flatMap((page) =>
    page.elements.flatMap((element) => {
      const where = `${page.file}:${element.line}`;
      if (element.tag === 'style')
        return [`${where} : élément <style> en ligne (interdit par la CSP ; mettez ces règles dans une feuille de style du site).`];
      if (element.attrs.style !== undefined)
        return [`${where} : attribut style="${element.attrs.style}" sur <${element.tag}> (interdit par la CSP ; utilisez une classe).`];
      return [];
    }),
  );
}

/** Tags that end a line of text (a browser lays their content out on its own line), or hold no text. */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol option p pre section select summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
/** Where text is not prose: code, scripts, drawings, fields. */
const NOT_PROSE = /<(script|style|svg|template|textarea|pre)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi;
/**
 * A word, the end of a sentence (« . », or « ! » and « ? » after their French space), inline tags at
 * most, and a capitalised word: « retrouvé.<span>Une », « Quoi ?<strong>Rien ».
 */
const GLUED = /(?:\p{Ll}{2}[.!?]|\p{Ll}[ \u00a0\u202f][!?])((?:<[^>]*>)*)\p{Lu}\p{Ll}/gu;

/** A word glued to an inline element, before or after it: « la clé<code>annee</code> », « </code>avec ». */
const GLUED_TO_ELEMENT = /\p{L}((?:<\/?(?:a|abbr|b|cite|code|em|i|mark|q|small|strong|time)\n*>)+)\p{L}/gu;

/**
 * Whether the tags between two pieces of text leave them on one line of text: no block-level tag,
 * and not the end of an element then the start of its sibling (two links side by side are laid out
 * as buttons or items more often than as words of a sentence).
 */
function sameRun(tags: string): boolean {
  const found = [...tags.matchAll(/<(\/?)([a-z][a-z0-9-]*)/gi)].map((tag) => ({ closing: tag[1] === '/', name: tag[2]!.toLowerCase() }));
  if (found.some((tag) => BLOCK_TAGS.has(tag.name))) return false;
  return !found.some((tag, i) => tag.closing && found.slice(i + 1).some((next) => !next.closing));
}

/**
 * Text glued after the end of a sentence: a capital letter right after a full stop (or ! or ?) with
 * no space, where only inline tags stand between (« retrouvé.Une » when a <span> follows a text
 * without a space); a block-level tag between them puts the next sentence on its own line. And a
 * word glued to a link, a code or an emphasis (« la clé<code>annee</code> »): Astro drops the line
 * break that Prettier puts between a word and an element, with the space it stood for.
 */
export function gluedSentenceProblems(site: BuiltSite): string[] {
  return site.pages.flatMap((page) => {
    // Text and tag names only (an attribute is not prose: « Base.CzZPG3xa.css »); the line breaks
    // kept, so that a match still gives its line.
    const prose = page.html
      .replace(NOT_PROSE, (match) => match.replace(/[^\n]/g, ''))
      .replace(/<(\/?[a-z][a-z0-9-]*)[^>]*>/gi, (match, name: string) => `<${name}${match.replace(/[^\n]/g, '')}>`);
    const problems: string[] = [];
    const report = (index: number, length: number, what: string) => {
      const line = prose.slice(0, index).split('\n').length;
      const start = Math.max(0, index - 30);
      const around = prose
        .slice(start, index + length + 20)
        .replace(/<[^>]*>|<[^>]*$|^[^<]*>/g, '')
        .replace(/\s+/g, ' ')
        // Whole words only.
        .replace(start > 0 ? /^\S*\s/ : /^/, '')
        .replace(/\s\S*$/, '')
        .trim();
      problems.push(`${page.file}:${line} : ${what}, sans espace : « ${around} ».`);
    };
    for (const match of prose.matchAll(GLUED))
      if (sameRun(match[1]!)) report(match.index, match[0].length, 'texte collé après la fin d’une phrase');
    for (const match of prose.matchAll(GLUED_TO_ELEMENT))
      if (sameRun(match[1]!)) report(match.index, match[0].length, 'mot collé à un élément');
    return problems;
  });
}

/**
 * The site paths reached from `start` by following links, without JavaScript, through the pages
 * `within` accepts (the directory and its pages); returns every path linked to.
 */
export function reachableFrom(site: BuiltSite, start: string, within: (sitePath: string) => boolean): Set<string> {
  const byPath = new Map(site.pages.map((page) => [page.sitePath, page]));
  const origin = 'http://site.invalid';
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const page = byPath.get(queue.shift()!);
    if (!page) continue;
    const pageUrl = new URL(`${site.base}${page.sitePath.slice(1)}`, origin);
    for (const element of page.elements) {
      if (element.tag !== 'a' || !element.attrs.href) continue;
      const url = new URL(element.attrs.href, pageUrl);
      if (url.origin !== origin || !url.pathname.startsWith(site.base)) continue;
      const target = `/${decodeURIComponent(url.pathname.slice(site.base.length))}`;
      if (reached.has(target)) continue;
      reached.add(target);
      if (within(target)) queue.push(target);
    }
  }
  return reached;
}
