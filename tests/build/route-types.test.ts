import { describe, expect, it } from 'vitest';
import { pageRoutes, routeFor, routeOf, samplePages } from '../support/route-types';

describe('routeFor', () => {
  const routes = pageRoutes();
  const fileOf = (sitePath: string) => routeFor(sitePath, routes)?.file;

  it('finds the page file of each kind of path, static segments first', () => {
    expect(
      ['/', '/404.html', '/a-propos/', '/territoires/', '/territoires/sitiv/', '/territoires/a-z/3/', '/editions/2022/'].map(fileOf),
    ).toEqual([
      'index.astro',
      '404.astro',
      '[page].astro',
      'territoires/index.astro',
      'territoires/[slug].astro',
      'territoires/a-z/[number].astro',
      'editions/[year].astro',
    ]);
    expect(['/editions/2025/palmares/or/', '/editions/2025/palmares/or/2/', '/editions/2025/presse/'].map(fileOf)).toEqual([
      'editions/[year]/palmares/[distinction]/[...page].astro',
      'editions/[year]/palmares/[distinction]/[...page].astro',
      'editions/[year]/presse/index.astro',
    ]);
  });

  it('knows no route for a path no page file writes', () => {
    expect(fileOf('/inconnu/de/nulle/part/')).toBeUndefined();
  });

  it('says whether a route has parameters', () => {
    expect([routeOf('carte/index.astro').templated, routeOf('territoires/[slug].astro').templated]).toEqual([false, true]);
  });
});

describe('samplePages', () => {
  const routes = pageRoutes();
  const page = (sitePath: string, size = 10) => ({ sitePath, html: 'x'.repeat(size) });

  it('keeps every page up to the threshold', () => {
    const pages = [page('/'), page('/territoires/a/'), page('/territoires/b/')];
    expect(samplePages(pages, routes, { threshold: 3, perRoute: 1 })).toEqual(pages);
  });

  it('beyond, keeps every page of a route without parameters, a spread of each templated route and its largest page', () => {
    const territories = Array.from({ length: 10_000 }, (_, i) =>
      page(`/territoires/t${String(i).padStart(5, '0')}/`, i === 4321 ? 99 : 10),
    );
    const pages = [page('/'), page('/carte/'), page('/editions/2022/'), page('/editions/2025/'), ...territories];
    const sample = samplePages(pages, routes, { threshold: 100, perRoute: 3 });
    expect(sample.map((p) => p.sitePath)).toEqual([
      '/',
      '/carte/',
      '/editions/2022/',
      '/editions/2025/',
      '/territoires/t00000/',
      '/territoires/t04321/',
      '/territoires/t05000/',
      '/territoires/t09999/',
    ]);
  });
});
