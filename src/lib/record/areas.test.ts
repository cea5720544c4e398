import { describe, expect, it } from 'vitest';
import { atlas, reference } from '../../../tests/support/search-fixture';
import { AREA_LIMITS, areaEditions, areaFeedItems, buildAreas } from './areas';
import { areaPages } from './area-page';

const areas = buildAreas(atlas, reference);
const bodies = (kind: 'region' | 'departement', code: string) =>
  areas.get(kind, code)!.bodies.map((b) => `${b.territory.slug} ${b.relation}${b.communes ? ` ${b.communes}` : ''}`);

describe('buildAreas', () => {
  it('makes one area per région (overseas collectivités aside) and per département with communes', () => {
    expect(areas.regions).toHaveLength(18);
    expect(areas.regions.map((r) => r.code)).not.toContain('975');
    expect(areas.get('departement', '975')).toMatchObject({ name: 'Saint-Pierre-et-Miquelon', region: undefined });
    expect(areas.get('departement', '38')).toMatchObject({ name: 'Isère', region: { code: '84', name: 'Auvergne-Rhône-Alpes' } });
    expect(areas.get('region', '53')!.departements.map((d) => d.code)).toEqual(['22', '29', '35', '56']);
  });

  it('files a commune in its département and région, the latest palmarès first', () => {
    expect(bodies('departement', '38')).toEqual(['echirolles inside', 'saint-martin-d-uriage inside']);
    expect(bodies('region', '84')).toEqual(['echirolles inside', 'saint-martin-d-uriage inside', 'sitiv covers 2']);
  });

  it('files an EPCI and a syndicat where their member communes are, with how many there', () => {
    expect(bodies('departement', '35')).toEqual(['rennes-metropole covers 43']);
    expect(bodies('departement', '69')).toEqual(['sitiv covers 2']);
  });

  it('files a département as itself and in its région, and leaves an area nothing concerns empty', () => {
    expect(bodies('departement', '33')).toEqual(['gironde self']);
    expect(bodies('region', '75')).toEqual(['gironde inside']);
    expect(bodies('departement', '22')).toEqual([]);
  });
});

describe('areaEditions and areaFeedItems', () => {
  const region = areas.get('region', '84')!;

  it('gives the area’s results per edition, newest first, highest distinction first', () => {
    expect(areaEditions(region, atlas).map((e) => [e.edition.year, e.results.map((r) => r.territory.slug)])).toEqual([
      [2025, ['echirolles']],
      [2022, ['echirolles', 'saint-martin-d-uriage', 'sitiv']],
    ]);
  });

  it('writes one feed item per edition, linking to its section of the area page', () => {
    expect(areaFeedItems(region, areaEditions(region, atlas), '/regions/84/')).toEqual([
      {
        title: 'Palmarès 2025, Auvergne-Rhône-Alpes : Échirolles (Argent)',
        link: '/regions/84/#edition-2025',
        pubDate: new Date('2025-12-06T12:00:00Z'),
        description: '1 résultat connu pour l’édition 2025 : Échirolles (Argent).',
      },
      {
        title:
          "Palmarès 2022, Auvergne-Rhône-Alpes : Échirolles (Niveau 5), Saint-Martin-d'Uriage (Niveau 3) et SITIV (distinction non connue)",
        link: '/regions/84/#edition-2022',
        pubDate: new Date('2022-12-06T12:00:00Z'),
        description:
          "3 résultats connus pour l’édition 2022 : Échirolles (Niveau 5), Saint-Martin-d'Uriage (Niveau 3) et SITIV (distinction non connue).",
      },
    ]);
  });

  it('names three bodies in a title and counts the others', () => {
    const [item] = areaFeedItems(
      region,
      [
        {
          edition: atlas.editionByYear.get(2022)!,
          results: [...areaEditions(region, atlas)[1]!.results, ...areaEditions(region, atlas)[0]!.results],
        },
      ],
      '/regions/84/',
    );
    expect(item!.title).toBe(
      "Palmarès 2022, Auvergne-Rhône-Alpes : Échirolles (Niveau 5), Saint-Martin-d'Uriage (Niveau 3), SITIV (distinction non connue) et 1 autre",
    );
  });

  it('keeps a page bounded whatever the content', () => {
    expect(AREA_LIMITS).toEqual({ bodies: 300, perEdition: 150 });
  });
});

describe('areaPages', () => {
  it('gives a région’s page its départements with how many bodies concern each', () => {
    const page = areaPages(areas, 'region', atlas).find((p) => p.area.code === '84')!;
    expect(page.departements.filter((d) => d.count > 0)).toEqual([
      { code: '38', name: 'Isère', count: 2 },
      { code: '69', name: 'Rhône', count: 1 },
    ]);
    expect(page.scaleLengths).toEqual({ 2022: 5, 2025: 4 });
  });
});
