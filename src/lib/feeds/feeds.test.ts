import { describe, expect, it } from 'vitest';
import { fixtureAtlas, fixtureCorrections2022 } from '../../../tests/support/atlas-fixture';
import { atlas as searchAtlas, reference } from '../../../tests/support/search-fixture';
import { areaPages } from '../record/area-page';
import { buildAreas } from '../record/areas';
import { FEEDS, areaFeedOptions, correctionItems, editionItems, feedLinkTitle, feedOptions, newestFirst, testimonialItems } from './feeds';

const atlas = fixtureAtlas();

describe('editionItems', () => {
  it('gives each edition an item dated by its announcement, with its known and official counts', () => {
    expect(editionItems(atlas, '/atlas/')[0]).toEqual({
      title: 'Palmarès 2022 du label Territoire Numérique Libre',
      link: '/atlas/editions/2022/',
      pubDate: new Date('2022-12-06T12:00:00Z'),
      description:
        'Résultats annoncés le 6 décembre 2022 (Open Source Experience, Paris) : 4 collectivités connues sur 23 labellisées (chiffre officiel) ; liste partielle.',
    });
  });
});

describe('testimonialItems', () => {
  const entry = (id: string, edition: number, publishedOn?: string) => ({
    id,
    data: { title: `Témoignage ${id}`, summary: 'Résumé.', edition, ...(publishedOn && { publishedOn }) },
  });

  it('dates a testimonial by its source, or else by its edition’s announcement', () => {
    const items = testimonialItems(atlas, [entry('lyon-2022', 2022, '2023-03-01'), entry('abbeville-2025', 2025)], '/');
    expect(items.map((i) => [i.link, i.pubDate.toISOString()])).toEqual([
      ['/temoignages/lyon-2022/', '2023-03-01T12:00:00.000Z'],
      ['/temoignages/abbeville-2025/', '2025-12-06T12:00:00.000Z'],
    ]);
  });

  it('leaves out a testimonial whose edition is not published', () => {
    expect(testimonialItems(atlas, [entry('brouillon-2030', 2030)], '/')).toEqual([]);
  });
});

describe('newestFirst', () => {
  it('puts the newest item first, and items of the same day in title order', () => {
    const day = new Date('2025-11-19T12:00:00Z');
    const items = [
      { title: 'B', link: '/b/', pubDate: day, description: '' },
      { title: 'Ancien', link: '/a/', pubDate: new Date('2020-01-01T12:00:00Z'), description: '' },
      { title: 'A', link: '/a/', pubDate: day, description: '' },
    ];
    expect(newestFirst(items).map((i) => i.title)).toEqual(['A', 'B', 'Ancien']);
  });
});

describe('feedOptions', () => {
  it('links each feed’s channel to the page it belongs to, under the base path', () => {
    const site = new URL('https://exemple.fr');
    expect(feedOptions('editions', [], site, '/atlas/').site).toBe('https://exemple.fr/atlas/editions/');
    expect(feedOptions('testimonials', [], site, '/').site).toBe('https://exemple.fr/temoignages/');
    expect(feedOptions('all', [], site, '/')).toMatchObject({
      site: 'https://exemple.fr/',
      title: 'Atlas du label Territoire Numérique Libre',
    });
  });

  it('gives each feed its own address (atom:link rel="self"), under the base path', () => {
    const options = feedOptions('editions', [], new URL('https://exemple.fr'), '/atlas/');
    expect(options.xmlns).toEqual({ atom: 'http://www.w3.org/2005/Atom' });
    expect(options.customData).toBe(
      '<language>fr-FR</language><atom:link href="https://exemple.fr/atlas/editions/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });

  it('names each feed for its autodiscovery link', () => {
    expect(feedLinkTitle('editions')).toBe('Éditions · Atlas TNL (RSS)');
    expect(FEEDS.testimonials.path).toBe('/temoignages/rss.xml');
  });
});

describe('areaFeedOptions', () => {
  const page = areaPages(buildAreas(searchAtlas, reference), 'departement', searchAtlas).find((p) => p.area.code === '38')!;
  const options = areaFeedOptions(page, new URL('https://exemple.fr'), '/atlas/');

  it('names the département with its code and links the channel to its page, with its slash', () => {
    expect(options.title).toBe('Palmarès du label Territoire Numérique Libre : Isère (38)');
    expect(options.site).toBe('https://exemple.fr/atlas/departements/38/');
    expect(options.customData).toContain(
      '<atom:link href="https://exemple.fr/atlas/departements/38/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });

  it('gives each item the full address of its edition’s section, so that nothing is added after the anchor', () => {
    expect(options.items.map((i) => i.link)).toEqual([
      'https://exemple.fr/atlas/departements/38/#edition-2025',
      'https://exemple.fr/atlas/departements/38/#edition-2022',
    ]);
  });
});

describe('correctionItems', () => {
  it('announces each correction as its own item, dated by the correction, linked to its anchor (a new guid)', () => {
    const corrected = fixtureAtlas(fixtureCorrections2022);
    expect(correctionItems(corrected, '/atlas/')).toEqual([
      {
        title: 'Correction du palmarès 2022 : Bretagne',
        link: '/atlas/territoires/bretagne/#correction-2022-bretagne-2023-02-01',
        pubDate: new Date('2023-02-01T12:00:00Z'),
        description:
          'Retiré le 1 février 2023 : résultat retiré du relevé (il était : Niveau 3). Raison : La région n’était pas candidate en 2022 : homonymie dans la source. (source : https://example.org/bretagne)',
      },
      {
        title: 'Correction du palmarès 2022 : Lyon',
        link: '/atlas/territoires/lyon/#correction-2022-lyon-2023-02-01',
        pubDate: new Date('2023-02-01T12:00:00Z'),
        description:
          'Corrigé le 1 février 2023 : Niveau 5 → Niveau 4. Raison : La ville indique le niveau 4 ; le palmarès relayé disait 5. (source : https://example.org/lyon-niveau-4)',
      },
    ]);
    // The edition's own item is unchanged: same link, same date.
    expect(editionItems(corrected, '/atlas/')[0]).toMatchObject({
      link: '/atlas/editions/2022/',
      pubDate: new Date('2022-12-06T12:00:00Z'),
    });
    expect(correctionItems(atlas)).toEqual([]);
    // In the feed, the anchor's link is a full URL: @astrojs/rss would add a slash after the anchor of a path.
    const options = feedOptions('editions', correctionItems(corrected, '/atlas/'), new URL('https://exemple.fr'), '/atlas/');
    expect(options.items.map((i) => i.link)).toEqual([
      'https://exemple.fr/atlas/territoires/bretagne/#correction-2022-bretagne-2023-02-01',
      'https://exemple.fr/atlas/territoires/lyon/#correction-2022-lyon-2023-02-01',
    ]);
  });
});
