// The RSS feeds of the built site (DIST_DIR): every announced feed parses and links to real pages
// (tests/support/feed-checks.ts), each kind of update has its feed with one item per edition or
// testimonial of the content folder (CONTENT_DIR), announced on the pages it belongs to. And the
// checks themselves, on bad feeds: they must refuse them and say why.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { contentFiles, readEditions } from '../support/content-yaml';
import { announcedFeeds, feedFileProblems, feedProblems } from '../support/feed-checks';
import { htmlElements } from '../support/html';
import { loadSite, type BuiltSite } from '../support/site-checks';
import { childText, childrenNamed, parseXml } from '../support/xml';

describe('parseXml', () => {
  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml('<?xml version="1.0"?><rss version="2.0"><a x=\'1\'>A &amp; B &#233;<![CDATA[<b>]]></a><c/></rss>');
    expect(root).toMatchObject({ name: 'rss', attrs: { version: '2.0' } });
    expect(root.children.map((c) => [c.name, c.attrs, c.text])).toEqual([
      ['a', { x: '1' }, 'A & B é<b>'],
      ['c', {}, ''],
    ]);
  });

  it('refuses what is not well-formed XML, saying where', () => {
    expect(() => parseXml('<rss><channel></rss>')).toThrow('</rss> ferme <channel> (position 14)');
    expect(() => parseXml('<rss>')).toThrow('<rss> jamais fermé (position 5)');
    expect(() => parseXml('<rss>&nbsp;</rss>')).toThrow('entité « &nbsp; » inconnue à la position 5');
    expect(() => parseXml('<rss>A & B</rss>')).toThrow('« & » sans « ; » à la position 5');
    expect(() => parseXml('<a/><b/>')).toThrow('contenu après l’élément racine (position 4)');
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow('attribut x en double');
    expect(() => parseXml('<a x=1/>')).toThrow('balise <a> mal formée');
  });
});

describe('feedFileProblems', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'flux-'));
  const page = (file: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '<!doctype html><title>x</title>');
  };
  page('index.html');
  page('editions/2022/index.html');
  const html = '<html><head><link rel="canonical" href="https://exemple.fr/"></head></html>';
  const site: BuiltSite = { root, base: '/', pages: [{ file: 'index.html', sitePath: '/', html, elements: htmlElements(html) }] };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const item = (link: string, date: string) =>
    `<item><title>T</title><link>${link}</link><guid>${link}</guid><description>D</description><pubDate>${date}</pubDate></item>`;
  const feed = (items: string, self = '/bad.xml') =>
    `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title><description>D</description><link>https://exemple.fr/</link><atom:link href="https://exemple.fr${self}" rel="self" type="application/rss+xml"/>${items}</channel></rss>`;

  it('accepts RSS 2.0 whose items link to pages of the site, newest first, and which gives its own address', () => {
    writeFileSync(path.join(root, 'ok.xml'), feed(item('https://exemple.fr/editions/2022/', 'Tue, 06 Dec 2022 12:00:00 GMT'), '/ok.xml'));
    expect(feedFileProblems(site, '/ok.xml')).toEqual([]);
  });

  it('refuses a feed without its own address (atom:link rel="self"), or with another one', () => {
    writeFileSync(
      path.join(root, 'anonymous.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><description>D</description><link>https://exemple.fr/</link></channel></rss>',
    );
    expect(feedFileProblems(site, '/anonymous.xml')).toEqual([
      '/anonymous.xml : pas d’espace de noms atom (xmlns:atom) pour atom:link.',
      '/anonymous.xml : <channel> sans <atom:link href="https://exemple.fr/anonymous.xml" rel="self" type="application/rss+xml"/>.',
    ]);
    writeFileSync(path.join(root, 'elsewhere.xml'), feed('', '/rss.xml'));
    expect(feedFileProblems(site, '/elsewhere.xml')).toEqual([
      '/elsewhere.xml : <channel> sans <atom:link href="https://exemple.fr/elsewhere.xml" rel="self" type="application/rss+xml"/>.',
    ]);
  });

  it('refuses a link to a missing page, a date out of RFC 822, items out of order, and broken XML', () => {
    writeFileSync(
      path.join(root, 'bad.xml'),
      feed(
        item('https://exemple.fr/editions/2099/', 'Tue, 06 Dec 2022 12:00:00 GMT') +
          item('https://exemple.fr/', '2023-12-06') +
          item('https://ailleurs.fr/', 'Wed, 06 Dec 2023 12:00:00 GMT'),
      ),
    );
    expect(feedFileProblems(site, '/bad.xml')).toEqual([
      '/bad.xml : <item> n° 1 : lien https://exemple.fr/editions/2099/, qui n’est pas une page du site.',
      '/bad.xml : <item> n° 2 : date « 2023-12-06 » hors du format RFC 822 (ex. Wed, 19 Nov 2025 12:00:00 GMT).',
      '/bad.xml : <item> n° 3 : lien https://ailleurs.fr/, qui n’est pas une page du site.',
      '/bad.xml : <item> n° 3 : plus récent que l’élément qui le précède (le plus récent d’abord).',
    ]);
    writeFileSync(path.join(root, 'broken.xml'), '<rss version="2.0"><channel></rss>');
    expect(feedFileProblems(site, '/broken.xml')).toEqual(['/broken.xml : XML mal formé : </rss> ferme <channel> (position 28).']);
    expect(feedFileProblems(site, '/absent.xml')).toEqual(['/absent.xml : flux annoncé mais absent.']);
  });
});

describe('the feeds of dist/', () => {
  let site: BuiltSite;
  beforeAll(() => {
    requireDist();
    site = loadSite(distDir);
  });
  const items = (sitePath: string) => {
    const channel = childrenNamed(parseXml(readFeed(sitePath)), 'channel')[0]!;
    return childrenNamed(channel, 'item').map((item) => ({
      title: childText(item, 'title'),
      link: new URL(childText(item, 'link')!).pathname,
    }));
  };
  const linksOf = (file: string) =>
    site.pages
      .find((p) => p.file === file)!
      .elements.filter((e) => e.tag === 'link' && e.attrs.rel === 'alternate' && e.attrs.type === 'application/rss+xml')
      .map((e) => e.attrs.href);

  it('are all well-formed RSS 2.0, linking only to pages of the site, newest item first', () => {
    expect([...announcedFeeds(site).keys()]).toEqual(expect.arrayContaining(['/rss.xml', '/editions/rss.xml', '/temoignages/rss.xml']));
    expect(feedProblems(site)).toEqual([]);
  });

  it('have a feed of editions with one item per edition of the content folder, newest first', () => {
    const years = readEditions().map((e) => e.year);
    expect(items('/editions/rss.xml').map((i) => i.link)).toEqual([...years].reverse().map((y) => `/editions/${y}/`));
  });

  it('have a feed of testimonials with one item per testimonial', () => {
    expect(
      items('/temoignages/rss.xml')
        .map((i) => i.link)
        .sort(),
    ).toEqual(contentFiles('testimonials').map((id) => `/temoignages/${id}/`));
  });

  it('have a site-wide feed with every edition and every testimonial', () => {
    const links = items('/rss.xml').map((i) => i.link);
    expect(links.sort()).toEqual([...items('/editions/rss.xml'), ...items('/temoignages/rss.xml')].map((i) => i.link).sort());
  });

  it('are announced on the pages they belong to, the home page announcing all', () => {
    // Feeds of other kinds (régions…) may be announced too: only these three are checked here.
    const own = (file: string) =>
      linksOf(file).filter((href) => ['/rss.xml', '/editions/rss.xml', '/temoignages/rss.xml'].includes(href ?? ''));
    expect(own('index.html')).toEqual(['/rss.xml', '/editions/rss.xml', '/temoignages/rss.xml']);
    expect(own('editions/index.html')).toEqual(['/rss.xml', '/editions/rss.xml']);
    for (const year of readEditions().map((e) => e.year))
      expect(own(`editions/${year}/index.html`)).toEqual(['/rss.xml', '/editions/rss.xml']);
    expect(own('temoignages/index.html')).toEqual(['/rss.xml', '/temoignages/rss.xml']);
    for (const id of contentFiles('testimonials'))
      expect(own(`temoignages/${id}/index.html`)).toEqual(['/rss.xml', '/temoignages/rss.xml']);
    expect(own('territoires/index.html')).toEqual(['/rss.xml']);
  });
});

function readFeed(sitePath: string): string {
  return readFileSync(path.join(distDir, sitePath), 'utf8');
}
