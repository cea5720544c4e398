// Static checks of the RSS feeds of a built site (any output folder, any base path): every feed a
// page announces (<link rel="alternate" type="application/rss+xml">) is well-formed RSS 2.0 whose
// channel and items link to pages of the site, newest item first. Problems are French sentences.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveFile, siteOrigin, type BuiltSite } from './site-checks';
import { childText, childrenNamed, parseXml, type XmlElement } from './xml';

export const RSS_TYPE = 'application/rss+xml';

/** Every feed announced by a page of the site, as a site path without the base, with the pages announcing it. */
export function announcedFeeds(site: BuiltSite): Map<string, string[]> {
  const origin = siteOrigin(site);
  const feeds = new Map<string, string[]>();
  for (const page of site.pages) {
    const pageUrl = new URL(`${site.base}${page.sitePath.slice(1)}`, origin);
    for (const e of page.elements) {
      if (e.tag !== 'link' || e.attrs.rel !== 'alternate' || e.attrs.type !== RSS_TYPE || !e.attrs.href) continue;
      const url = new URL(e.attrs.href, pageUrl);
      const sitePath = url.origin === origin && url.pathname.startsWith(site.base) ? `/${url.pathname.slice(site.base.length)}` : url.href;
      feeds.set(sitePath, [...(feeds.get(sitePath) ?? []), page.file]);
    }
  }
  return feeds;
}

/** RFC 822 dates as RSS 2.0 wants them: « Wed, 19 Nov 2025 12:00:00 GMT ». */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

/** What is wrong with one feed file, given its site path. */
export function feedFileProblems(site: BuiltSite, sitePath: string): string[] {
  const file = path.join(site.root, sitePath);
  if (!existsSync(file)) return [`${sitePath} : flux annoncé mais absent.`];
  let rss: XmlElement;
  try {
    rss = parseXml(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`${sitePath} : XML mal formé : ${(error as Error).message}.`];
  }
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${sitePath} : ${problem}`);
  if (rss.name !== 'rss' || rss.attrs.version !== '2.0')
    say(`racine <${rss.name} version="${rss.attrs.version ?? ''}">, attendu <rss version="2.0">.`);
  const channel = childrenNamed(rss, 'channel')[0];
  if (!channel) return [...problems, `${sitePath} : pas de <channel>.`];
  for (const name of ['title', 'link', 'description']) if (!childText(channel, name)) say(`<channel> sans <${name}>.`);
  const origin = siteOrigin(site);
  const checkLink = (url: string | undefined, where: string) => {
    if (!url) say(`${where} sans <link>.`);
    else if (!URL.canParse(url)) say(`${where} : lien « ${url} » qui n’est pas une adresse complète.`);
    else {
      const target = new URL(url);
      const local = target.origin === origin && target.pathname.startsWith(site.base);
      if (!local || !resolveFile(site.root, `/${target.pathname.slice(site.base.length)}`).file)
        say(`${where} : lien ${url}, qui n’est pas une page du site.`);
    }
  };
  checkLink(childText(channel, 'link'), '<channel>');
  // Its own address (atom:link rel="self"), as the W3C feed validator asks: the feed's public address.
  const self = childrenNamed(channel, 'atom:link').filter((link) => link.attrs.rel === 'self');
  const expectedSelf = new URL(`${site.base}${sitePath.slice(1)}`, origin).href;
  if (rss.attrs['xmlns:atom'] !== 'http://www.w3.org/2005/Atom') say('pas d’espace de noms atom (xmlns:atom) pour atom:link.');
  if (self.length !== 1 || self[0]!.attrs.href !== expectedSelf || self[0]!.attrs.type !== RSS_TYPE)
    say(`<channel> sans <atom:link href="${expectedSelf}" rel="self" type="${RSS_TYPE}"/>.`);
  let previous = Infinity;
  childrenNamed(channel, 'item').forEach((item, index) => {
    const where = `<item> n° ${index + 1}`;
    for (const name of ['title', 'description', 'guid']) if (!childText(item, name)) say(`${where} sans <${name}>.`);
    checkLink(childText(item, 'link'), where);
    const date = childText(item, 'pubDate') ?? '';
    if (!RFC_822.test(date)) say(`${where} : date « ${date} » hors du format RFC 822 (ex. Wed, 19 Nov 2025 12:00:00 GMT).`);
    else if (Date.parse(date) > previous) say(`${where} : plus récent que l’élément qui le précède (le plus récent d’abord).`);
    else previous = Date.parse(date);
  });
  return problems;
}

/** Every announced feed parses as RSS 2.0 and links only to pages of the site; each announcement has a title. */
export function feedProblems(site: BuiltSite): string[] {
  const untitled = site.pages.flatMap((page) =>
    page.elements
      .filter((e) => e.tag === 'link' && e.attrs.rel === 'alternate' && e.attrs.type === RSS_TYPE && !e.attrs.title?.trim())
      .map((e) => `${page.file}:${e.line} : lien vers un flux sans titre (title).`),
  );
  return [...untitled, ...[...announcedFeeds(site).keys()].flatMap((sitePath) => feedFileProblems(site, sitePath))];
}
