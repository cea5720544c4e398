// The series behind /statistiques/: how much of each edition is known, the distribution of
// distinctions read from each edition's own scale, territories by région, renewals; and, at the
// end, everything the page shows (charts, summaries in words, tables), so that the page stays thin.
import { formatCitedCount, formatNumber, formatPartialDate, fr, frKnown, plural, pluralForm, yearRange } from '../../i18n/fr';
import type { CitedTotal, Distinction, Mention } from '../../schemas/edition';
import { classOf, departementTitle, type ChoroplethLayout } from '../map/choropleth';
import type { CsvCell } from '../open-data/csv';
import { distinctionTone } from '../look';
import { paths, withBase } from '../urls';
import type { Atlas, AtlasEdition } from './atlas';
import { editionChanges } from './changes';
import { barChartLayout, type BarChartLayout, type DataTableData, type TableCell } from './charts';
import { keyFigures, type KeyFigures } from './key-figures';
import { namesForSentence } from './press-kit';
import type { ResolvedTerritory } from '../content/territories';
import { compareFrench } from '../text';
import type { AwardWord, ListStatus } from './knowledge';

export interface EditionCompleteness {
  year: number;
  /** Results known to the atlas. */
  known: number;
  /** Known results whose distinction is known. */
  knownDistinction: number;
  /** Official number of labelled (or distinguished) collectivités, when published. */
  official?: number;
  /** Whether the edition's list is complete, partial or not published (knowledge.ts). */
  status: ListStatus;
  /** « labellisées » or « distinguées », from the edition's scale. */
  awards: AwardWord;
}

/** Known results against the official count, per edition, oldest first: the edition's knowledge. */
export function editionCompleteness(atlas: Atlas): EditionCompleteness[] {
  return atlas.editions.map(({ knowledge: k }) => ({
    year: k.year,
    known: k.known,
    knownDistinction: k.knownDistinction,
    official: k.official,
    status: k.status,
    awards: k.awards,
  }));
}

export interface CompletenessTotals {
  /** Editions with a published official count. */
  editionsWithOfficial: number;
  /** Sum of known results over those editions. */
  known: number;
  /** Sum of their official counts. */
  official: number;
}

/** Totals over the editions whose official count is published (the others cannot be compared). */
export function completenessTotals(coverage: EditionCompleteness[]): CompletenessTotals {
  const comparable = coverage.filter((c) => c.official !== undefined);
  return {
    editionsWithOfficial: comparable.length,
    known: comparable.reduce((sum, c) => sum + Math.min(c.known, c.official ?? 0), 0),
    official: comparable.reduce((sum, c) => sum + (c.official ?? 0), 0),
  };
}

export interface DistinctionCount {
  /** The distinction, or null for known results whose distinction is not known. */
  distinction: Distinction | null;
  /** Position in the edition's scale (0 = lowest), null when unknown. */
  rank: number | null;
  count: number;
  /** Official number for this distinction, when published. */
  official?: number;
  /** Whether its list is complete, partial or not published: an unpublished list is never drawn as 0. */
  status: ListStatus;
}

export interface EditionDistribution {
  year: number;
  scheme: string;
  scale: Distinction[];
  /** One entry per distinction of the edition's own scale, highest first, then unknown if any. */
  counts: DistinctionCount[];
  /** Special mentions declared by the edition, with how many known results received each. */
  mentions: Array<{ mention: Mention; count: number }>;
}

/** Results per distinction of one edition, read from that edition's scale (never a fixed 1–5). */
export function editionDistribution(edition: AtlasEdition): EditionDistribution {
  return {
    year: edition.year,
    scheme: edition.scheme,
    scale: edition.scale,
    counts: edition.knowledge.distinctions.map(({ distinction, rank, known, official, status }) => ({
      distinction,
      rank,
      count: known,
      official,
      status,
    })),
    mentions: edition.mentions.map((mention) => ({
      mention,
      count: edition.results.filter((r) => r.mentions.some((m) => m.id === mention.id)).length,
    })),
  };
}

export interface SchemeGroup {
  scheme: string;
  /** Scale of the group's most recent edition (each edition still keeps its own). */
  scale: Distinction[];
  firstYear: number;
  lastYear: number;
  editions: EditionDistribution[];
}

/**
 * Distributions grouped by runs of consecutive editions sharing a scheme, most recent run first
 * and, inside a run, most recent edition first.
 */
export function distributionsByScheme(atlas: Atlas): SchemeGroup[] {
  const groups: SchemeGroup[] = [];
  for (const edition of atlas.editions) {
    const last = groups.at(-1);
    const distribution = editionDistribution(edition);
    if (last && last.scheme === edition.scheme) {
      last.editions.unshift(distribution);
      last.lastYear = edition.year;
      last.scale = edition.scale;
    } else {
      groups.push({
        scheme: edition.scheme,
        scale: edition.scale,
        firstYear: edition.year,
        lastYear: edition.year,
        editions: [distribution],
      });
    }
  }
  return groups.reverse();
}

/**
 * Columns for a table of a scheme group: the distinctions of its most recent scale, highest first,
 * then any distinction that only older editions of the group use.
 */
export function schemeColumns(group: SchemeGroup): Distinction[] {
  const columns = [...group.scale].reverse();
  for (const edition of group.editions)
    for (const d of [...edition.scale].reverse()) if (!columns.some((c) => c.id === d.id)) columns.push(d);
  return columns;
}

export interface RegionCount {
  /** The région, or null for bodies without one (national agencies). */
  region: { code: string; name: string } | null;
  territories: number;
  /** Known results of these territories, all editions together. */
  results: number;
}

/** Territories and results per région, most territories first, bodies without région last. */
export function territoriesByRegion(atlas: Atlas): RegionCount[] {
  const byCode = new Map<string, RegionCount>();
  for (const territory of atlas.territories) {
    const key = territory.region?.code ?? '';
    const entry = byCode.get(key) ?? { region: territory.region ?? null, territories: 0, results: 0 };
    entry.territories += 1;
    entry.results += atlas.resultsByTerritory.get(territory.slug)?.length ?? 0;
    byCode.set(key, entry);
  }
  return [...byCode.values()].sort(
    (a, b) =>
      Number(a.region === null) - Number(b.region === null) ||
      b.territories - a.territories ||
      b.results - a.results ||
      compareFrench(a.region?.name ?? '', b.region?.name ?? ''),
  );
}

export interface RenewalGroup {
  /** Number of editions with a known result. */
  editions: number;
  /** Territories with exactly that many, by name. */
  territories: ResolvedTerritory[];
}

/** Territories grouped by how many editions they are known to be labelled in, 1 upwards. */
export function renewals(atlas: Atlas): RenewalGroup[] {
  const counts = atlas.territories.map((t) => ({ territory: t, editions: atlas.resultsByTerritory.get(t.slug)?.length ?? 0 }));
  const max = counts.reduce((most, c) => Math.max(most, c.editions), 0);
  return Array.from({ length: max }, (_, i) => ({
    editions: i + 1,
    territories: counts
      .filter((c) => c.editions === i + 1)
      .map((c) => c.territory)
      .sort((a, b) => compareFrench(a.name, b.name)),
  }));
}

export interface CumulativeComparison {
  /** The edition up to which both counts run. */
  year: number;
  /** Distinct territories with a known result in this edition or an earlier one. */
  known: number;
  /** The totals sources quote for the same period (labelled at least once up to this edition). */
  cited: CitedTotal[];
}

/**
 * The atlas's own cumulative count beside the totals that sources quote, for each edition that has
 * one, oldest first: how much of the record is known. One pass over the results.
 */
export function cumulativeComparison(atlas: Atlas): CumulativeComparison[] {
  const seen = new Set<string>();
  const rows: CumulativeComparison[] = [];
  for (const edition of atlas.editions) {
    for (const result of edition.results) seen.add(result.territory.slug);
    if (edition.citedTotals.length > 0) rows.push({ year: edition.year, known: seen.size, cited: edition.citedTotals });
  }
  return rows;
}

export interface EditionEvolution {
  year: number;
  /** The edition before it in the record, if any. */
  previousYear?: number;
  /** Territories with their first known result (`new` and `first-known` of changes.ts). */
  firstTime: number;
  /** Territories with a known result in the previous edition too, whatever the change of distinction. */
  renewed: number;
  /** Territories with an earlier result but none known in the previous edition (« de retour » only if that list is complete). */
  returning: number;
  /** Territories with a result in the previous edition and none known in this one. */
  notSeenAgain: number;
  /** Known results of the edition. */
  known: number;
}

/**
 * Per edition, how its known results relate to the previous edition's, with the definitions of the
 * edition pages' « évolutions » (changes.ts), worded as what the record holds, never as what the
 * label did: first known result, known the edition before too, earlier result but none known the
 * edition before, known the edition before but not in this one.
 */
export function editionEvolutions(atlas: Atlas): EditionEvolution[] {
  return atlas.editions.map((edition) => {
    const { previous, changes } = editionChanges(atlas.editions, edition.year);
    const count = (...kinds: string[]) => changes.filter((c) => kinds.includes(c.kind)).length;
    return {
      year: edition.year,
      ...(previous && { previousYear: previous.year }),
      firstTime: count('new', 'first-known'),
      renewed: count('up', 'down', 'same', 'renewed'),
      returning: count('returning', 'unknown-previous'),
      notSeenAgain: count('not-renewed', 'previous-only'),
      known: edition.results.length,
    };
  });
}

// --- The page ---------------------------------------------------------------------------------

/** A chart's numbers as a CSV table (/statistiques/<chart>.csv): the same numbers as its table. */
export interface ChartData {
  header: string[];
  rows: CsvCell[][];
}

/** A chart of the page: its layout, its summary in words, its numbers as a table and as CSV. */
export interface ChartView {
  /** Stable name: anchor `#graphique-<slug>` on the page, files /statistiques/<slug>.csv and .svg. */
  slug: string;
  /** Accessible name of the drawing, title of its files. */
  title: string;
  layout: BarChartLayout;
  summary: string;
  /** The description of the drawing, when more than the summary. */
  description?: string;
  table: DataTableData;
  data: ChartData;
}

/** One edition's small chart in the distributions by scheme. */
export interface DistributionChart extends Omit<ChartView, 'table' | 'summary'> {
  distribution: EditionDistribution;
  description: string;
}

export interface StatisticsPage {
  figures: KeyFigures;
  /** "2016–2025" */
  period: string;
  description: string;
  completeness: ChartView & { withoutOfficialText: string; description: string };
  /** The totals sources quote beside the atlas's own count; absent when no source quotes one. */
  cumulative?: DataTableData;
  distributions: Array<{ group: SchemeGroup; scaleName: string; charts: DistributionChart[]; table: DataTableData }>;
  evolutions: ChartView;
  kinds: ChartView;
  regions: ChartView;
  renewals: ChartView;
}

const percentValue = (part: number, whole: number) => Math.round((part / whole) * 100);
const percent = (part: number, whole: number) => `${percentValue(part, whole)} %`;
const editionLink = (year: number): TableCell => ({ text: year, href: withBase(paths.edition(year)) });

/** "de « Badge » à « Or »": how a scale is named in headings. */
function scaleName(scale: readonly { label: string }[]): string {
  return scale.length > 1 ? `de « ${scale[0]!.label} » à « ${scale.at(-1)!.label} »` : `« ${scale[0]?.label ?? ''} »`;
}

function completenessView(atlas: Atlas): StatisticsPage['completeness'] {
  const rows = editionCompleteness(atlas);
  const totals = completenessTotals(rows);
  const withoutOfficial = rows.filter((c) => c.official === undefined).map((c) => c.year);
  const summary =
    totals.official > 0
      ? `Pour les ${totals.editionsWithOfficial} éditions dont le nombre officiel est publié, l’atlas connaît ${totals.known} des ${totals.official} collectivités labellisées ou distinguées (${percent(totals.known, totals.official)}).`
      : 'Aucune édition ne publie de nombre officiel : les résultats connus ne peuvent pas être comparés.';
  const withoutOfficialText =
    withoutOfficial.length > 0
      ? ` Le nombre officiel n’a pas été retrouvé pour ${pluralForm(withoutOfficial.length, 'l’édition', 'les éditions')} ${withoutOfficial.join(', ').replace(/, (\d+)$/, ' et $1')}.`
      : '';
  return {
    slug: 'couverture',
    title: 'Résultats connus et nombre officiel, par édition',
    layout: barChartLayout(
      rows.map((c) => ({
        label: `Édition ${c.year}`,
        bars: [
          {
            series: 'official',
            value: c.official ?? null,
            text:
              c.official === undefined
                ? 'chiffre officiel non retrouvé'
                : `${formatNumber(c.official)} ${frKnown.awarded(c.awards, c.official)} (officiel)`,
          },
          {
            series: 'known',
            value: c.known,
            text: c.status === 'complete' ? `${plural(c.known, 'connue')} (liste complète)` : plural(c.known, 'connue'),
          },
        ],
      })),
    ),
    summary,
    withoutOfficialText,
    description: `${summary}${withoutOfficialText} ${rows.map((c) => `${c.year} : ${frKnown.editionShort(c)}`).join(' ; ')}.`,
    table: {
      caption: 'Résultats connus et chiffres officiels, par édition',
      captionId: 'tableau-couverture',
      columns: [
        { label: 'Édition' },
        { label: 'Résultats connus', num: true },
        { label: 'dont distinction connue', num: true },
        { label: 'Labellisées ou distinguées (officiel)', num: true },
        { label: 'Part connue', num: true },
        { label: 'Liste' },
      ],
      rows: rows.map((c) => [
        editionLink(c.year),
        { text: c.known, num: true },
        { text: c.knownDistinction, num: true },
        {
          text: c.official === undefined ? 'non retrouvé' : `${formatNumber(c.official)} ${frKnown.awarded(c.awards, c.official)}`,
          num: true,
        },
        { text: c.official ? percent(Math.min(c.known, c.official), c.official) : '—', num: true },
        { text: frKnown.status[c.status] },
      ]),
    },
    data: {
      header: [
        'edition',
        'resultats_connus',
        'dont_distinction_connue',
        'officiel',
        'officiel_sens',
        'part_connue_pourcent',
        'statut_liste',
      ],
      rows: rows.map((c) => [
        c.year,
        c.known,
        c.knownDistinction,
        c.official ?? null,
        c.awards === 'label' ? 'labellisees' : 'distinguees',
        c.official ? percentValue(Math.min(c.known, c.official), c.official) : null,
        c.status,
      ]),
    },
  };
}

function distributionsView(atlas: Atlas): StatisticsPage['distributions'] {
  const groups = distributionsByScheme(atlas);
  // One shared length scale for all the small charts.
  const largestCount = Math.max(1, ...groups.flatMap((g) => g.editions.flatMap((e) => e.counts.map((c) => c.count))));
  // Never a bare « 0 » for a list nobody published, never a known count as a total.
  const countText = (c: DistinctionCount) => (c.distinction === null ? String(c.count) : frKnown.distinction({ known: c.count, ...c }));
  const label = (c: DistinctionCount) => c.distinction?.label ?? fr.distinction.unknown;
  return groups.map((group) => {
    const columns = schemeColumns(group);
    return {
      group,
      scaleName: scaleName(group.scale),
      charts: group.editions.map((e) => {
        const described = e.counts.map((c) => `${label(c)} : ${countText(c)}`).join(' ; ');
        return {
          slug: `distinctions-${e.year}`,
          title: `Distinctions connues de l’édition ${e.year}`,
          distribution: e,
          data: {
            header: ['distinction', 'distinction_id', 'rang', 'resultats_connus', 'officiel', 'statut_liste'],
            rows: e.counts.map((c) => [
              label(c),
              c.distinction?.id ?? null,
              c.rank === null ? null : c.rank + 1,
              c.count,
              c.official ?? null,
              c.distinction === null ? null : c.status,
            ]),
          },
          layout: barChartLayout(
            e.counts.map((c) => ({
              label: label(c),
              bars: [
                {
                  series: 'count',
                  // An unpublished list has no bar: its length would say « 0 ».
                  value: c.status === 'unpublished' && c.distinction !== null ? null : c.count,
                  text: countText(c),
                  tone: distinctionTone(c.rank, e.scale.length),
                },
              ],
            })),
            { width: 320, max: largestCount },
          ),
          description: `Résultats connus de l’édition ${e.year} par distinction, sur son échelle ${scaleName(e.scale)}. ${described || 'Aucun résultat connu.'}`,
        };
      }),
      table: {
        caption: `Résultats connus par distinction, de ${group.firstYear} à ${group.lastYear} (« sur » le chiffre officiel quand il est publié)`,
        captionId: `tableau-${group.scheme}`,
        columns: [
          { label: 'Édition' },
          ...columns.map((d) => ({ label: d.label, num: true })),
          { label: fr.distinction.unknown, num: true },
        ],
        rows: group.editions.map((e) => [
          { text: e.year },
          ...columns.map((d): TableCell => {
            const cell = e.counts.find((c) => c.distinction?.id === d.id);
            return { text: cell ? countText(cell) : 'hors échelle', num: true };
          }),
          { text: e.counts.find((c) => c.distinction === null)?.count ?? 0, num: true },
        ]),
      },
    };
  });
}

/** Where a cited total comes from: who quoted it, when, with what note. */
function citedOrigin(c: CitedTotal): string {
  return [c.quotedBy, c.quotedOn && formatPartialDate(c.quotedOn), c.note].filter(Boolean).join(' · ') || 'origine non précisée';
}

function cumulativeTable(atlas: Atlas): DataTableData | undefined {
  const rows = cumulativeComparison(atlas);
  if (rows.length === 0) return undefined;
  return {
    caption: 'Collectivités labellisées au moins une fois, jusqu’à chaque édition',
    captionId: 'tableau-totaux-cites',
    columns: [
      { label: 'Jusqu’à l’édition' },
      { label: 'Total cité', num: true },
      { label: 'Origine du chiffre' },
      { label: 'Connues de l’atlas', num: true },
    ],
    // The totals whose source page is kept come first: a reader who quotes the first line quotes a sourced figure.
    rows: rows
      .flatMap((row) => row.cited.map((c) => ({ row, c })))
      .sort((a, b) => Number(!a.c.source) - Number(!b.c.source))
      .map(({ row, c }): TableCell[] => [
        editionLink(row.year),
        { text: formatCitedCount(c), num: true },
        c.source ? { text: citedOrigin(c), href: c.source, external: true } : { text: citedOrigin(c) },
        { text: formatNumber(row.known), num: true },
      ]),
  };
}

function kindsView(figures: KeyFigures): ChartView {
  return {
    slug: 'types',
    title: 'Collectivités des palmarès connus, par type',
    layout: barChartLayout(
      figures.byKind.map((k) => ({
        label: fr.kindsPlural[k.kind],
        bars: [{ series: 'count', value: k.count, text: formatNumber(k.count) }],
      })),
    ),
    summary: `Les ${figures.territoryCount} collectivités des palmarès connus : ${figures.byKind.map((k) => `${plural(k.count, fr.kinds[k.kind].toLowerCase(), fr.kindsPlural[k.kind].toLowerCase())}`).join(', ')}.`,
    table: {
      caption: 'Collectivités par type',
      columns: [{ label: 'Type' }, { label: 'Collectivités', num: true }],
      rows: figures.byKind.map((k) => [{ text: fr.kindsPlural[k.kind] }, { text: k.count, num: true }]),
    },
    data: { header: ['type', 'type_id', 'collectivites'], rows: figures.byKind.map((k) => [fr.kindsPlural[k.kind], k.kind, k.count]) },
  };
}

function regionsView(atlas: Atlas, figures: KeyFigures): ChartView {
  const regions = territoriesByRegion(atlas);
  const regionName = (r: RegionCount) => r.region?.name ?? 'Sans région (organisme national)';
  const top = regions[0];
  return {
    slug: 'regions',
    title: 'Collectivités des palmarès connus, par région',
    layout: barChartLayout(
      regions.map((r) => ({ label: regionName(r), bars: [{ series: 'count', value: r.territories, text: formatNumber(r.territories) }] })),
    ),
    summary: top
      ? `Les collectivités connues se répartissent dans ${plural(figures.regionCount, 'région')}. ${regionName(top)} en compte le plus : ${top.territories}, pour ${plural(top.results, 'résultat')}.`
      : 'Aucune collectivité connue.',
    table: {
      caption: 'Collectivités et résultats connus par région',
      captionId: 'tableau-regions',
      columns: [{ label: 'Région' }, { label: 'Collectivités', num: true }, { label: 'Résultats connus', num: true }],
      rows: regions.map((r) => [{ text: regionName(r) }, { text: r.territories, num: true }, { text: r.results, num: true }]),
    },
    data: {
      header: ['region', 'region_code', 'collectivites', 'resultats_connus'],
      rows: regions.map((r) => [regionName(r), r.region?.code ?? null, r.territories, r.results]),
    },
  };
}

function renewalsView(atlas: Atlas, figures: KeyFigures): ChartView {
  const groups = renewals(atlas);
  const mostLoyal = groups.at(-1);
  return {
    slug: 'renouvellements',
    title: 'Collectivités selon le nombre d’éditions où un résultat est connu',
    layout: barChartLayout(
      groups.map((g) => ({
        label: plural(g.editions, 'édition'),
        bars: [{ series: 'count', value: g.territories.length, text: plural(g.territories.length, 'collectivité') }],
      })),
    ),
    summary: `${plural(figures.renewedCount, 'collectivité a', 'collectivités ont')} un résultat connu dans au moins deux éditions.${
      mostLoyal && mostLoyal.editions > 1
        ? ` Le plus grand nombre d’éditions connues pour une même collectivité est ${mostLoyal.editions} : ${namesForSentence(mostLoyal.territories.map((t) => t.name))}.`
        : ''
    } Une édition manquante peut être un résultat non retrouvé : ces nombres sont des minimums.`,
    table: {
      caption: 'Collectivités selon le nombre d’éditions connues',
      captionId: 'tableau-renouvellements',
      columns: [{ label: 'Éditions connues' }, { label: 'Nombre', num: true }, { label: 'Collectivités' }],
      rows: [...groups]
        .reverse()
        .map((g) => [
          { text: g.editions },
          { text: g.territories.length, num: true },
          { links: g.territories.map((t) => ({ text: t.name, href: withBase(paths.territory(t.slug)) })) },
        ]),
    },
    data: {
      header: ['editions_connues', 'collectivites', 'noms'],
      rows: groups.map((g) => [g.editions, g.territories.length, g.territories.map((t) => t.name).join(' | ')]),
    },
  };
}

function evolutionsView(atlas: Atlas): ChartView {
  const rows = editionEvolutions(atlas);
  const last = rows.at(-1);
  const counted = (n: number, singular: string, pluralWord: string) => `${n} ${pluralForm(n, singular, pluralWord)}`;
  const summary = last
    ? last.previousYear === undefined
      ? `Une seule édition connue : ses ${plural(last.known, 'résultat')} sont tous des premiers résultats connus.`
      : `En ${last.year}, ${plural(last.firstTime, 'collectivité a son', 'collectivités ont leur')} premier résultat connu, ${plural(last.renewed, 'a', 'ont')} aussi un résultat connu en ${last.previousYear}, ${plural(last.returning, 'a', 'ont')} un résultat plus ancien mais aucun connu en ${last.previousYear}, et ${plural(last.notSeenAgain, 'collectivité', 'collectivités')} avec un résultat connu en ${last.previousYear} ${pluralForm(last.notSeenAgain, 'n’en a', 'n’en ont')} aucun de connu en ${last.year}.`
    : 'Aucune édition connue.';
  return {
    slug: 'evolutions',
    title: 'Premiers résultats connus, et résultats connus ou non l’édition précédente, par édition',
    layout: barChartLayout(
      rows.map((r) => ({
        label: `Édition ${r.year}`,
        bars: [
          { series: 'new', value: r.firstTime, text: counted(r.firstTime, 'premier résultat connu', 'premiers résultats connus') },
          ...(r.previousYear === undefined
            ? [{ series: 'renewed', value: null, text: 'première édition du relevé : pas de comparaison' }]
            : [
                {
                  series: 'renewed',
                  value: r.renewed,
                  text: counted(r.renewed, 'connue juste avant aussi', 'connues juste avant aussi'),
                },
                {
                  series: 'returning',
                  value: r.returning,
                  // Short enough to follow its bar on a phone: the title, the table and the summary say it in full.
                  text: counted(r.returning, 'connue plus tôt, pas juste avant', 'connues plus tôt, pas juste avant'),
                },
                {
                  series: 'absent',
                  value: r.notSeenAgain,
                  text: counted(r.notSeenAgain, 'connue juste avant, pas celle-ci', 'connues juste avant, pas celle-ci'),
                },
              ]),
        ],
      })),
    ),
    summary: `${summary} Les palmarès connus étant incomplets, un résultat non connu n’est pas une absence : ces nombres décrivent le relevé, pas le label.`,
    table: {
      caption: 'Premiers résultats connus, et résultats connus ou non l’édition précédente, par édition',
      captionId: 'tableau-evolutions',
      columns: [
        { label: 'Édition' },
        { label: 'Premier résultat connu', num: true },
        { label: 'Résultat connu l’édition précédente aussi', num: true },
        { label: 'Résultat plus ancien, aucun connu l’édition précédente', num: true },
        { label: 'Résultat connu l’édition précédente, aucun connu celle-ci', num: true },
        { label: 'Résultats connus', num: true },
      ],
      rows: [...rows].reverse().map((r) => {
        const compared = (n: number): TableCell => ({ text: r.previousYear === undefined ? '—' : n, num: true });
        return [
          editionLink(r.year),
          { text: r.firstTime, num: true },
          compared(r.renewed),
          compared(r.returning),
          compared(r.notSeenAgain),
          { text: r.known, num: true },
        ];
      }),
    },
    data: {
      header: [
        'edition',
        'premier_resultat_connu',
        'connu_edition_precedente',
        'plus_ancien_sans_resultat_connu_edition_precedente',
        'connu_edition_precedente_seulement',
        'resultats_connus',
      ],
      rows: rows.map((r) => {
        const compared = (n: number) => (r.previousYear === undefined ? null : n);
        return [r.year, r.firstTime, compared(r.renewed), compared(r.returning), compared(r.notSeenAgain), r.known];
      }),
    },
  };
}

/** The choropleth's summary, table and CSV, from its layout (src/lib/map/choropleth.ts). */
export function departementsView(layout: ChoroplethLayout): Omit<ChartView, 'layout'> {
  const { departements, elsewhere } = layout.counts;
  const withBodies = departements.filter((d) => d.territories.length > 0);
  const top = withBodies[0];
  const className = (n: number) => classOf(n, layout.classes)?.label ?? 'Aucune collectivité';
  const summary = top
    ? `Les collectivités connues se trouvent dans ${plural(withBodies.length, 'département')} sur ${departements.length}. ${departementTitle(top)}.${
        elsewhere.length > 0
          ? ` ${plural(elsewhere.length, 'collectivité n’est', 'collectivités ne sont')} pas ${pluralForm(elsewhere.length, 'comptée', 'comptées')} : ${pluralForm(elsewhere.length, 'elle n’a', 'elles n’ont')} pas un seul département (région, organisme national ou présent dans plusieurs départements).`
          : ''
      }`
    : 'Aucune collectivité connue n’a de département.';
  return {
    slug: 'departements',
    title: 'Collectivités des palmarès connus, par département',
    summary,
    description: `${summary} ${withBodies.map((d) => departementTitle(d)).join(' ; ')}.`,
    table: {
      caption: 'Collectivités des palmarès connus, par département (les autres départements n’en comptent aucune)',
      captionId: 'tableau-departements',
      columns: [{ label: 'Département' }, { label: 'Code' }, { label: 'Collectivités', num: true }, { label: 'Lesquelles' }],
      rows: withBodies.map((d) => [
        { text: d.name },
        { text: d.code },
        { text: d.territories.length, num: true },
        { links: d.territories.map((t) => ({ text: t.name, href: withBase(paths.territory(t.slug)) })) },
      ]),
    },
    data: {
      header: ['departement', 'departement_code', 'collectivites', 'classe', 'noms'],
      rows: departements.map((d) => [
        d.name,
        d.code,
        d.territories.length,
        className(d.territories.length),
        d.territories.map((t) => t.name).join(' | '),
      ]),
    },
  };
}

/** Everything /statistiques/ shows, from the atlas. */
export function statisticsPage(atlas: Atlas): StatisticsPage {
  const figures = keyFigures(atlas);
  const period = yearRange(figures.firstYear, figures.lastYear);
  return {
    figures,
    period,
    description: `Statistiques du label Territoire Numérique Libre (${period}) : résultats connus par édition face aux chiffres officiels, distinctions, évolutions, types de collectivités, régions, départements et renouvellements.`,
    completeness: completenessView(atlas),
    cumulative: cumulativeTable(atlas),
    distributions: distributionsView(atlas),
    evolutions: evolutionsView(atlas),
    kinds: kindsView(figures),
    regions: regionsView(atlas, figures),
    renewals: renewalsView(atlas, figures),
  };
}

/** Every bar chart of the page, in page order: what its files (/statistiques/<slug>.csv, .svg) hold. */
export function barCharts(page: StatisticsPage): Array<Pick<ChartView, 'slug' | 'title' | 'layout' | 'data'> & { description: string }> {
  return [
    { ...page.completeness },
    ...page.distributions.flatMap((d) => d.charts),
    { ...page.evolutions, description: page.evolutions.description ?? page.evolutions.summary },
    { ...page.kinds, description: page.kinds.summary },
    { ...page.regions, description: page.regions.summary },
    { ...page.renewals, description: page.renewals.summary },
  ];
}
