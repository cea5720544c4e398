// The regional palmarès and the press kits of the built site (dist/ or DIST_DIR). Facts that stay
// true when an edition or a result is added are written out (Abbeville: level 5 in 2022; SITIV:
// level 3 in 2021, level 5 in 2022, members in the Rhône and the Loire); counts come from the YAML.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../src/lib/reference/reference-fs';
import { distDir, listPages, readPage, requireDist, textOf } from '../../scripts/lib/built-site-fs';
import { readEditions } from '../support/content-yaml';
import { htmlElements } from '../support/html';
import { childText, childrenNamed, parseXml } from '../support/xml';

beforeAll(requireDist);

/** The « Par collectivité » line of a body on an area page, as text. */
function bodyLine(sitePath: string, name: string): string {
  const html = readPage(sitePath);
  const history = html.slice(html.indexOf('id="par-collectivite"'));
  const start = history.indexOf(`>${name}</a>`);
  if (start < 0) return '';
  return textOf(history.slice(history.lastIndexOf('<li', start), history.indexOf('</ol>', start)));
}

describe('the regional pages', () => {
  it('exist for every région and département, listed by the index', () => {
    const pages = listPages();
    const regions = pages.filter((p) => /^\/regions\/\d{2}\/$/.test(p));
    const departements = pages.filter((p) => /^\/departements\/[^/]+\/$/.test(p));
    expect(regions).toHaveLength(18);
    expect(departements).toHaveLength(new Set([...loadReference().communes.values()].map((c) => c.departement)).size);
    const index = readPage('/regions/');
    expect([...regions, ...departements].filter((p) => !index.includes(`href="${p}"`))).toEqual([]);
  });

  it('list a commune of the région with its history on each edition’s own scale', () => {
    expect(bodyLine('/regions/32/', 'Abbeville')).toMatch(/^Abbeville Commune · Somme \(80\) .*2022 Niveau 5/);
    expect(bodyLine('/departements/80/', 'Abbeville')).toMatch(/^Abbeville Commune .*2022 Niveau 5/);
  });

  it('list a syndicat in every département and région of its member communes, with how many are there', () => {
    expect(bodyLine('/departements/69/', 'SITIV')).toMatch(
      /^SITIV Syndicat · 6 communes membres dans le département .*2022 Niveau 5 2021 Niveau 3/,
    );
    expect(bodyLine('/departements/42/', 'SITIV')).toMatch(/^SITIV Syndicat · 2 communes membres dans le département /);
    expect(bodyLine('/regions/84/', 'SITIV')).toMatch(/^SITIV Syndicat · 8 communes membres dans la région 2022 Niveau 5 2021 Niveau 3/);
  });

  it('list a commune’s EPCI on the département page (Cesson-Sévigné: Rennes Métropole)', () => {
    expect(loadReference().communes.get('35051')?.epci).toBe('243500139');
    expect(bodyLine('/departements/35/', 'Rennes Métropole')).toMatch(
      /^Rennes Métropole Intercommunalité · 43 communes membres dans le département /,
    );
  });

  it('link to their feed, the commune lookup and the région', () => {
    const html = readPage('/departements/38/');
    expect(html).toMatch(
      /<link rel="alternate" type="application\/rss\+xml" title="Palmarès du label Territoire Numérique Libre : Isère \(38\)" href="\/departements\/38\/rss.xml">/,
    );
    expect(html).toContain('href="/recherche/departements/38/"');
    expect(html).toContain('href="/regions/84/"');
  });
});

describe('the regional feeds', () => {
  const feeds = listPages()
    .filter((p) => /^\/(regions|departements)\/[^/]+\/$/.test(p))
    .map((p) => `${p}rss.xml`);
  // Well-formed RSS 2.0, checked with every announced feed by tests/build/feeds.test.ts.
  const itemsOf = (feed: string) => {
    const channel = childrenNamed(parseXml(readFileSync(path.join(distDir, feed), 'utf8')), 'channel')[0]!;
    return childrenNamed(channel, 'item').map((item) => ({ title: childText(item, 'title')!, link: childText(item, 'link')! }));
  };

  it('exist for every area page, announced on it', () => {
    expect(feeds.length).toBeGreaterThan(100);
    const announces = (page: string, feed: string) =>
      htmlElements(readPage(page)).some((e) => e.tag === 'link' && e.attrs.type === 'application/rss+xml' && e.attrs.href === feed);
    const missing = feeds.filter((feed) => !existsSync(path.join(distDir, feed)) || !announces(feed.replace(/rss\.xml$/, ''), feed));
    expect(missing).toEqual([]);
  });

  it('link only to pages and sections that exist', () => {
    const problems = feeds.flatMap((feed) =>
      itemsOf(feed).flatMap(({ link }) => {
        const url = new URL(link);
        const file = path.join(distDir, url.pathname, 'index.html');
        if (!existsSync(file)) return [`${feed} : ${link} absent`];
        const ids = new Set(htmlElements(readFileSync(file, 'utf8')).map((e) => e.attrs.id));
        return url.hash && !ids.has(url.hash.slice(1)) ? [`${feed} : ancre ${url.hash} absente de ${url.pathname}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('have an item per edition in which a body of the area has a result', () => {
    const items = itemsOf('/departements/80/rss.xml');
    expect(items.find((i) => i.title.startsWith('Palmarès 2022, Somme (80) : '))?.title).toContain('Abbeville (Niveau 5)');
    const years = readEditions()
      .filter((e) => e.results.some((r) => r.territory === 'sitiv'))
      .map((e) => e.year);
    const titles = itemsOf('/departements/42/rss.xml').map((i) => i.title);
    for (const year of years) expect(titles.some((t) => t.startsWith(`Palmarès ${year}, Loire (42) : `) && t.includes('SITIV'))).toBe(true);
  });
});

describe('the press kit of each edition', () => {
  const editions = readEditions().filter((e) => existsSync(path.join(distDir, `editions/${e.year}/index.html`)));

  it('exists for every edition, linked from its page, with one table row per known result', () => {
    const problems = editions.flatMap((edition) => {
      const page = `/editions/${edition.year}/presse/`;
      if (!readPage(`/editions/${edition.year}/`).includes(`href="${page}"`)) return [`${edition.year} : pas de lien vers ${page}`];
      const html = readPage(page);
      const rows = (html.slice(html.indexOf('<tbody')).match(/<tr\b/g) ?? []).length;
      return rows === edition.results.length ? [] : [`${page} : ${rows} lignes au lieu de ${edition.results.length}`];
    });
    expect(problems).toEqual([]);
  });

  it('says the official count of 2025 first, then how many the atlas knows and its results in Or, Boé among them', () => {
    const edition = editions.find((e) => e.year === 2025)!;
    const text = textOf(readPage('/editions/2025/presse/'));
    const known = edition.results.length;
    const or = edition.results.filter((r) => r.distinction === 'or').length;
    expect(text).toContain(
      `En 2025, 36 collectivités ont été distinguées (chiffre officiel) ; l’atlas en connaît ${known}, dont ${or} en Or : `,
    );
    expect(text).toMatch(/dont \d+ en Or : [^.]*Boé/);
  });

  it('links to the data files of its own edition, which exist and hold its rows', () => {
    const html = readPage('/editions/2022/presse/');
    for (const file of ['resultats-tableur.csv', 'resultats.csv', 'resultats.json']) {
      expect(html).toContain(`href="/donnees/editions/2022/${file}"`);
      expect(existsSync(path.join(distDir, 'donnees/editions/2022', file))).toBe(true);
    }
    expect(readFileSync(path.join(distDir, 'donnees/editions/2022/resultats.csv'), 'utf8')).toMatch(
      /\n2022,niveaux-1-5,abbeville,Abbeville,commune,80001,.*,5,Niveau 5,5,5,/,
    );
  });

  it('gives the permalink and a citation to adapt', () => {
    const text = textOf(readPage('/editions/2022/presse/'));
    expect(text).toContain(
      'Atlas TNL, « Palmarès 2022 du label Territoire Numérique Libre », http://localhost:4321/editions/2022/, consulté le [date].',
    );
  });
});
