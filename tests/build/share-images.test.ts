// The share images and badges of the built site (dist/ or DIST_DIR): every page with an og:image
// points to a PNG of the declared size, and every result of the content has its badges. Facts that
// stay true when an edition is added are written out (Boé: Or in 2025); the rest is read from the YAML.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/images/png-fs';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { contentFiles, readEditions } from '../support/content-yaml';
import { loadSite, siteOrigin, type BuiltPage, type BuiltSite } from '../support/site-checks';

let site: BuiltSite;
beforeAll(() => {
  requireDist();
  site = loadSite(distDir);
});

const meta = (page: BuiltPage, key: string) =>
  page.elements.find((e) => e.tag === 'meta' && (e.attrs.property === key || e.attrs.name === key))?.attrs.content;
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const file = (sitePath: string) => path.join(distDir, sitePath);

describe('share images', () => {
  it('exist for the home page, every edition, its press kit, every territory and every regional page', () => {
    const withImage = new Set(site.pages.filter((p) => meta(p, 'og:image')).map((p) => p.sitePath));
    const expected = [
      '/',
      ...readEditions()
        .filter((e) => existsSync(file(`/editions/${e.year}/index.html`)))
        .flatMap((e) => [`/editions/${e.year}/`, `/editions/${e.year}/presse/`]),
      ...contentFiles('territories').map((slug) => `/territoires/${slug}/`),
      '/regions/84/',
      '/departements/38/',
    ];
    expect(expected.filter((p) => !withImage.has(p))).toEqual([]);
    expect(
      site.pages.filter((p) => /^\/(regions|departements)\/[^/]+\/$/.test(p.sitePath) && !withImage.has(p.sitePath)).map((p) => p.sitePath),
    ).toEqual([]);
  });

  it('exist for every indexable page: its own image or the site’s (/carte/, /donnees/, /statistiques/, each testimonial…)', () => {
    const noindex = (page: BuiltPage) => meta(page, 'robots')?.includes('noindex');
    const without = site.pages.filter((p) => p.sitePath !== '/404.html' && !noindex(p) && !meta(p, 'og:image')).map((p) => p.sitePath);
    expect(without).toEqual([]);
    const home = meta(
      site.pages.find((p) => p.sitePath === '/')!,
      'og:image',
    );
    for (const sitePath of ['/carte/', '/donnees/', '/statistiques/', '/editions/'])
      expect(
        meta(
          site.pages.find((p) => p.sitePath === sitePath)!,
          'og:image',
        ),
        sitePath,
      ).toBe(home);
  });

  it('date each testimonial as an article (article:published_time), shared with its collectivité’s image', () => {
    const testimonials = site.pages.filter((p) => /^\/temoignages\/[^/]+\/$/.test(p.sitePath));
    expect(testimonials.length).toBeGreaterThan(0);
    for (const page of testimonials) {
      expect(meta(page, 'og:type'), page.sitePath).toBe('article');
      expect(meta(page, 'article:published_time'), page.sitePath).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta(page, 'og:image'), page.sitePath).toMatch(/\/territoires\/[^/]+\/partage\.png$/);
    }
  });

  it('point to a PNG of the site of the declared size, with an alt text and a large card', () => {
    const origin = siteOrigin(site);
    const problems = site.pages.flatMap((page) => {
      const image = meta(page, 'og:image');
      if (!image) return meta(page, 'twitter:card') === 'summary' ? [] : [`${page.file} : twitter:card sans image`];
      const url = new URL(image);
      const found: string[] = [];
      if (url.origin !== origin || !url.pathname.startsWith(site.base)) found.push(`${page.file} : ${image} hors du site`);
      const png = path.join(distDir, url.pathname.slice(site.base.length));
      if (!existsSync(png)) return [...found, `${page.file} : ${image} absent de dist/`];
      const size = pngSize(readFileSync(png));
      const declared = { width: Number(meta(page, 'og:image:width')), height: Number(meta(page, 'og:image:height')) };
      if (JSON.stringify(size) !== JSON.stringify(declared))
        found.push(`${page.file} : ${JSON.stringify(size)} au lieu de ${JSON.stringify(declared)}`);
      if (!meta(page, 'og:image:alt')?.trim()) found.push(`${page.file} : og:image:alt vide`);
      if (meta(page, 'twitter:card') !== 'summary_large_image') found.push(`${page.file} : twitter:card n’est pas summary_large_image`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('are 1200 × 630 and say what they show (Boé’s)', () => {
    const page = site.pages.find((p) => p.sitePath === '/territoires/boe/')!;
    expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(page, 'og:image:alt')).toMatch(
      /^Image de partage de l’Atlas TNL : Boé, Commune · Lot-et-Garonne \(47\)\. Dernière distinction connue : /,
    );
  });
});

describe('badges', () => {
  it('exist as SVG (with a <title>) and PNG (352 × 148) for every result of every published edition, and a current one per territory', () => {
    const problems: string[] = [];
    const latest = new Map<string, number>();
    for (const edition of readEditions()) {
      if (!existsSync(file(`/editions/${edition.year}/index.html`))) continue;
      for (const { territory } of edition.results) {
        latest.set(territory, edition.year);
        const svg = file(`/territoires/${territory}/badge-${edition.year}.svg`);
        const png = file(`/territoires/${territory}/badge-${edition.year}.png`);
        if (!existsSync(svg) || !readFileSync(svg, 'utf8').includes('<title id="titre">')) problems.push(`${svg} absent ou sans <title>`);
        if (!existsSync(png) || JSON.stringify(pngSize(readFileSync(png))) !== '{"width":352,"height":148}')
          problems.push(`${png} absent ou mal dimensionné`);
      }
    }
    for (const [territory, year] of latest) {
      const current = file(`/territoires/${territory}/badge.svg`);
      if (
        !existsSync(current) ||
        readFileSync(current, 'utf8') !== readFileSync(file(`/territoires/${territory}/badge-${year}.svg`), 'utf8')
      )
        problems.push(`${current} n’est pas le badge de ${year}`);
      if (!existsSync(file(`/territoires/${territory}/badge.png`))) problems.push(`/territoires/${territory}/badge.png absent`);
    }
    expect(latest.size).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('show Boé’s Or of 2025 on its 2025 badge, and Abbeville’s level 5 of 2022', () => {
    expect(svgTexts(readFileSync(file('/territoires/boe/badge-2025.svg'), 'utf8'))).toEqual([
      'Territoire Numérique Libre',
      'Or · 2025',
      'Boé',
      'Vérifier sur l’Atlas TNL (non officiel)',
    ]);
    expect(svgTexts(readFileSync(file('/territoires/abbeville/badge-2022.svg'), 'utf8'))).toEqual([
      'Territoire Numérique Libre',
      'Niveau 5 · 2022',
      'Abbeville',
      'Vérifier sur l’Atlas TNL (non officiel)',
    ]);
  });

  it('give Boé’s current badge its latest distinction, Or in 2025 until a newer result is published', () => {
    const years = readEditions()
      .filter((e) => e.results.some((r) => r.territory === 'boe'))
      .map((e) => e.year);
    const current = svgTexts(readFileSync(file('/territoires/boe/badge.svg'), 'utf8'));
    if (years.at(-1) === 2025)
      expect(current).toEqual(['Territoire Numérique Libre', 'Or · 2025', 'Boé', 'Vérifier sur l’Atlas TNL (non officiel)']);
    else expect(current[1]).toMatch(new RegExp(` · ${years.at(-1)}$`));
  });

  it('are shown on the territory page with the code to paste, linked back to the page', () => {
    const html = readFileSync(file('/territoires/boe/index.html'), 'utf8');
    const origin = siteOrigin(site);
    expect(html).toMatch(/<h2 id="montrer-le-label"[^>]*>Montrer ce résultat<\/h2>/);
    expect(html).toMatch(
      new RegExp(
        `&lt;a href=&quot;${origin}/territoires/boe/&quot;&gt;&lt;img src=&quot;${origin}/territoires/boe/badge-\\d{4}\\.svg&quot; width=&quot;176&quot; height=&quot;74&quot; alt=&quot;Territoire Numérique Libre, édition \\d{4} : `,
      ),
    );
  });
});
