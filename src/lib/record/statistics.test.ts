import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { getBaseMap } from '../map/base-map-fs';
import { choroplethLayout, departementCentres } from '../map/choropleth';
import { loadReference } from '../reference/reference-fs';
import {
  barCharts,
  completenessTotals,
  cumulativeComparison,
  departementsView,
  distributionsByScheme,
  editionCompleteness,
  editionDistribution,
  editionEvolutions,
  renewals,
  schemeColumns,
  statisticsPage,
  territoriesByRegion,
} from './statistics';

const atlas = fixtureAtlas();
const [y2022, y2025] = atlas.editions;

describe('editionCompleteness', () => {
  it('compares known results with the official count of each edition', () => {
    expect(editionCompleteness(atlas)).toEqual([
      { year: 2022, known: 4, knownDistinction: 3, official: 23, status: 'partial', awards: 'label' },
      { year: 2025, known: 5, knownDistinction: 5, official: 30, status: 'partial', awards: 'distinction' },
    ]);
  });

  it('totals only editions whose official count is published', () => {
    expect(
      completenessTotals([
        { year: 2016, known: 8, knownDistinction: 8, status: 'partial', awards: 'label' },
        ...editionCompleteness(atlas),
      ]),
    ).toEqual({
      editionsWithOfficial: 2,
      known: 9,
      official: 53,
    });
  });
});

describe('cumulativeComparison', () => {
  it('counts the distinct territories known up to each edition that sources give a cumulative total for', () => {
    expect(cumulativeComparison(atlas)).toEqual([
      {
        year: 2022,
        known: 4,
        cited: [
          { count: 72, precision: 'exact', quotedOn: '2023-03', quotedBy: 'Article partenaire', source: 'https://example.org/palmares' },
        ],
      },
      { year: 2025, known: 7, cited: [{ count: 75, precision: 'plus-de', quotedBy: 'ADULLACT' }] },
    ]);
  });

  it('is empty when no edition quotes a total', () => {
    expect(cumulativeComparison({ ...atlas, editions: atlas.editions.map((e) => ({ ...e, citedTotals: [] })) })).toEqual([]);
  });
});

describe('editionDistribution', () => {
  it('counts results per distinction of the edition’s own scale, highest first', () => {
    const medals = editionDistribution(y2025!);
    expect(medals.counts.map((c) => `${c.distinction?.label}:${c.count}`)).toEqual(['Or:1', 'Argent:1', 'Bronze:2', 'Badge:1']);
    expect(medals.counts.map((c) => c.rank)).toEqual([3, 2, 1, 0]);
  });

  it('keeps every step of the scale, even without results, and adds unknown distinctions last', () => {
    const levels = editionDistribution(y2022!);
    expect(levels.counts.map((c) => `${c.distinction?.label ?? 'inconnue'}:${c.count}`)).toEqual([
      'Niveau 5:2',
      'Niveau 4:1',
      'Niveau 3:0',
      'Niveau 2:0',
      'Niveau 1:0',
      'inconnue:1',
    ]);
    expect(levels.counts[0]!.official).toBe(3);
    expect(levels.counts[4]!.official).toBe(0);
    // Levels 2 and 3: no name and no official count, a list never published, not an empty one.
    expect(levels.counts.map((c) => c.status)).toEqual(['partial', 'partial', 'unpublished', 'unpublished', 'complete', 'partial']);
  });

  it('counts the special mentions declared by the edition', () => {
    expect(editionDistribution(y2025!).mentions.map((m) => `${m.mention.label}:${m.count}`)).toEqual([
      'Sobriété numérique:2',
      'Meilleure première candidature:1',
    ]);
  });
});

describe('distributionsByScheme', () => {
  it('groups editions by scheme, most recent first, each with its own scale', () => {
    const groups = distributionsByScheme(atlas);
    expect(groups.map((g) => [g.scheme, g.firstYear, g.lastYear, g.scale.length])).toEqual([
      ['badge-bronze-argent-or', 2025, 2025, 4],
      ['niveaux-1-5', 2022, 2022, 5],
    ]);
  });
});

describe('schemeColumns', () => {
  it('lists the distinctions of the latest scale first, then those only older editions used', () => {
    const [medals] = distributionsByScheme(atlas);
    const older = { ...medals!.editions[0]!, scale: [{ id: 'etoile', label: 'Étoile' }, ...medals!.scale] };
    const columns = schemeColumns({ ...medals!, editions: [...medals!.editions, older] });
    expect(columns.map((d) => d.label)).toEqual(['Or', 'Argent', 'Bronze', 'Badge', 'Étoile']);
  });
});

describe('territoriesByRegion', () => {
  it('counts territories and results per région, bodies without région last', () => {
    const rows = territoriesByRegion(atlas).map((r) => `${r.region?.name ?? '—'}:${r.territories}:${r.results}`);
    expect(rows).toEqual(['Auvergne-Rhône-Alpes:3:4', 'Bretagne:2:2', 'Hauts-de-France:1:2', '—:1:1']);
  });
});

describe('renewals', () => {
  it('groups territories by the number of editions they are known in', () => {
    expect(renewals(atlas).map((g) => [g.editions, g.territories.map((t) => t.slug)])).toEqual([
      [1, ['agence-nationale', 'bretagne', 'lyon', 'rennes-metropole', 'syndicat-test']],
      [2, ['abbeville', 'echirolles']],
    ]);
  });
});

describe('statisticsPage', () => {
  const page = statisticsPage(fixtureAtlas());

  it('says in words what each chart shows', () => {
    expect(page.period).toBe('2022–2025');
    expect(page.completeness.summary).toBe(
      'Pour les 2 éditions dont le nombre officiel est publié, l’atlas connaît 9 des 53 collectivités labellisées ou distinguées (17 %).',
    );
    expect(page.completeness.withoutOfficialText).toBe('');
    expect(page.kinds.summary).toBe(
      'Les 7 collectivités des palmarès connus : 3 communes, 1 autre organisme public, 1 région, 1 intercommunalité, 1 syndicat.',
    );
    expect(page.regions.summary).toBe(
      'Les collectivités connues se répartissent dans 3 régions. Auvergne-Rhône-Alpes en compte le plus : 3, pour 4 résultats.',
    );
    expect(page.renewals.summary).toBe(
      '2 collectivités ont un résultat connu dans au moins deux éditions. Le plus grand nombre d’éditions connues pour une même collectivité est 2 : Abbeville et Échirolles. Une édition manquante peut être un résultat non retrouvé : ces nombres sont des minimums.',
    );
  });

  it('names at most five of the most constant bodies in the summary, the others counted (the table and the CSV list them all)', () => {
    const abbeville = atlas.territories.find((t) => t.slug === 'abbeville')!;
    const twins = Array.from({ length: 6 }, (_, i) => ({ ...abbeville, slug: `abbeville-${i}`, name: `Abbeville ${i}` }));
    const wide = {
      ...atlas,
      territories: [...atlas.territories, ...twins],
      resultsByTerritory: new Map([
        ...atlas.resultsByTerritory,
        ...twins.map((t) => [t.slug, atlas.resultsByTerritory.get('abbeville')!] as const),
      ]),
    };
    const summary = statisticsPage(wide).renewals.summary;
    expect(summary).toContain('est 2 : Abbeville, Abbeville 0, Abbeville 1, Abbeville 2, Abbeville 3 et 3 autres.');
    expect(statisticsPage(wide).renewals.data.rows.at(-1)?.[2]).toBe(
      'Abbeville | Abbeville 0 | Abbeville 1 | Abbeville 2 | Abbeville 3 | Abbeville 4 | Abbeville 5 | Échirolles',
    );
  });

  it('gives each chart its numbers as a table, the first cell of a row being its header', () => {
    expect(page.completeness.table.rows[0]).toEqual([
      { text: 2022, href: '/editions/2022/' },
      { text: 4, num: true },
      { text: 3, num: true },
      { text: '23 labellisées', num: true },
      { text: '17 %', num: true },
      { text: 'liste partielle' },
    ]);
    expect(page.completeness.table.rows[1]![3]).toEqual({ text: '30 distinguées', num: true });
    expect(page.renewals.table.rows[0]).toEqual([
      { text: 2 },
      { text: 2, num: true },
      {
        links: [
          { text: 'Abbeville', href: '/territoires/abbeville/' },
          { text: 'Échirolles', href: '/territoires/echirolles/' },
        ],
      },
    ]);
  });

  it('names each scale by its lowest and highest distinction, with no shared 1–5', () => {
    // French quotes with no-break spaces inside.
    expect(page.distributions.map((d) => d.scaleName)).toEqual([
      'de «\u00a0Badge\u00a0» à «\u00a0Or\u00a0»',
      'de «\u00a0Niveau 1\u00a0» à «\u00a0Niveau 5\u00a0»',
    ]);
  });
});

describe('editionEvolutions', () => {
  it('counts first-time, renewed, returning and not-seen-again territories with the edition pages’ definitions', () => {
    expect(editionEvolutions(atlas)).toEqual([
      { year: 2022, firstTime: 4, renewed: 0, returning: 0, notSeenAgain: 0, known: 4 },
      { year: 2025, previousYear: 2022, firstTime: 3, renewed: 2, returning: 0, notSeenAgain: 2, known: 5 },
    ]);
  });

  it('counts a territory back after an edition without a known result as returning', () => {
    const later = { ...y2022!, year: 2026 };
    const [, , y2026] = editionEvolutions({ ...atlas, editions: [y2022!, y2025!, later] });
    expect(y2026).toEqual({ year: 2026, previousYear: 2025, firstTime: 0, renewed: 2, returning: 2, notSeenAgain: 3, known: 4 });
  });
});

describe('the charts’ data (CSV of /statistiques/)', () => {
  const page = statisticsPage(fixtureAtlas());

  it('gives the coverage chart the numbers of its table, empty where the table says « non retrouvé »', () => {
    expect(page.completeness.data).toEqual({
      header: [
        'edition',
        'resultats_connus',
        'dont_distinction_connue',
        'officiel',
        'officiel_sens',
        'part_connue_pourcent',
        'statut_liste',
      ],
      rows: [
        [2022, 4, 3, 23, 'labellisees', 17, 'partial'],
        [2025, 5, 5, 30, 'distinguees', 17, 'partial'],
      ],
    });
  });

  it('gives each edition’s distribution its counts in the edition’s own scale, highest first, unknown last', () => {
    const y2022Chart = page.distributions[1]!.charts[0]!;
    expect(y2022Chart.slug).toBe('distinctions-2022');
    expect(y2022Chart.data.rows).toEqual([
      ['Niveau 5', '5', 5, 2, 3, 'partial'],
      ['Niveau 4', '4', 4, 1, null, 'partial'],
      ['Niveau 3', '3', 3, 0, null, 'unpublished'],
      ['Niveau 2', '2', 2, 0, null, 'unpublished'],
      ['Niveau 1', '1', 1, 0, 0, 'complete'],
      ['Distinction non connue', null, null, 1, null, null],
    ]);
    // An unpublished list is written out and has no bar; a complete one says its number.
    expect(y2022Chart.layout.rows.map((row) => [row.bars[0]!.text, row.bars[0]!.value])).toEqual([
      ['2 connues sur 3', 2],
      ['1 connue', 1],
      ['liste non publiée', null],
      ['liste non publiée', null],
      ['0', 0],
      ['1', 1],
    ]);
  });

  it('compares editions in words and leaves the first edition uncompared', () => {
    expect(page.evolutions.summary).toBe(
      'En 2025, 3 collectivités ont leur premier résultat connu, 2 ont aussi un résultat connu en 2022, 0 a un résultat plus ancien mais aucun connu en 2022, et 2 collectivités avec un résultat connu en 2022 n’en ont aucun de connu en 2025. Les palmarès connus étant incomplets, un résultat non connu n’est pas une absence : ces nombres décrivent le relevé, pas le label.',
    );
    expect(page.evolutions.data.rows).toEqual([
      [2022, 4, null, null, null, 4],
      [2025, 3, 2, 0, 2, 5],
    ]);
    expect(page.evolutions.table.rows.at(-1)!.map((c) => ('text' in c ? c.text : ''))).toEqual([2022, 4, '—', '—', '—', 4]);
    expect(page.evolutions.layout.rows[0]!.bars.map((b) => b.text)).toEqual([
      '4 premiers résultats connus',
      'première édition du relevé : pas de comparaison',
    ]);
  });

  it('lists every bar chart once, in page order, with a stable slug', () => {
    expect(barCharts(page).map((c) => c.slug)).toEqual([
      'couverture',
      'distinctions-2025',
      'distinctions-2022',
      'evolutions',
      'types',
      'regions',
      'renouvellements',
    ]);
  });
});

describe('departementsView', () => {
  const { departements } = loadReference();
  const view = departementsView(choroplethLayout(atlas.territories, getBaseMap(), departementCentres(departements.values())));

  it('says where the bodies are and which ones have no single département', () => {
    expect(view.summary).toBe(
      'Les collectivités connues se trouvent dans 4 départements sur 101. Isère (38) : 2 collectivités. 2 collectivités ne sont pas comptées : elles n’ont pas un seul département (région, organisme national ou présent dans plusieurs départements).',
    );
  });

  it('tables the départements with bodies, and gives every département in the CSV with its class', () => {
    expect(view.table.rows.map((row) => row.map((c) => ('text' in c ? c.text : c.links.map((l) => l.text).join(', '))))).toEqual([
      ['Isère', '38', 2, 'Échirolles, Syndicat « Numérique », Isère'],
      ['Ille-et-Vilaine', '35', 1, 'Rennes Métropole'],
      ['Rhône', '69', 1, 'Lyon'],
      ['Somme', '80', 1, 'Abbeville'],
    ]);
    expect(view.data.rows).toHaveLength(101);
    expect(view.data.rows[0]).toEqual(['Isère', '38', 2, '2 collectivités', 'Échirolles | Syndicat « Numérique », Isère']);
    expect(view.data.rows.at(-1)).toEqual(['Yvelines', '78', 0, 'Aucune collectivité', '']);
  });
});
