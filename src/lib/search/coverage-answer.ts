// The answer to « Ma commune est-elle concernée ? », in words that claim only what is known: when
// (a year; the present tense only for the latest edition), through whom (the commune, its
// intercommunalité, a syndicat it is a member of, its département, its région), and for a commune
// nouvelle, through which former commune. Shared by the search page's script and the build.
import { frSearch } from '../../i18n/fr';
import type { TerritoryKind } from '../../schemas/territory';
import type { Coverage, CoverageItem, CoverageTerritory } from './coverage';

/** Bodies named with a feminine noun (« la commune », « l’intercommunalité », « la région »). */
const FEMININE: ReadonlySet<TerritoryKind> = new Set(['commune', 'epci', 'region']);

/** « labellisée », « distingué »: the participle of the result's edition, agreeing with the body. */
export function participle(territory: Pick<CoverageTerritory, 'awards' | 'kind'>): string {
  const word = territory.awards === 'label' ? 'labellisé' : 'distingué';
  return FEMININE.has(territory.kind) ? `${word}e` : word;
}

/** True when the body's latest known result is of the atlas's latest edition: the only one said in the present tense. */
export function isCurrent(territory: Pick<CoverageTerritory, 'year'>, latestYear: number | undefined): boolean {
  return latestYear !== undefined && territory.year === latestYear;
}

/** « Niveau 5 », « Badge, distinction d’entrée », « mention « Sobriété numérique », niveau non connu »: the result, short. */
export function resultWords(territory: Pick<CoverageTerritory, 'distinction' | 'entry' | 'mentions'>): string {
  const t = frSearch.communes;
  if (territory.distinction) return territory.entry ? t.entry(territory.distinction) : territory.distinction;
  return territory.mentions?.length ? t.mentionsOnly(territory.mentions) : t.unknownLevel;
}

/** « labellisé en 2022 (dernier résultat connu) », « distinguée à l’édition 2025, la dernière »: after the distinction badge. */
export function datedResult(territory: CoverageTerritory, latestYear: number | undefined): string {
  return frSearch.communes.dated(participle(territory), territory.year, isCurrent(territory, latestYear));
}

/** The item the headline speaks of: the closest body covering the whole commune, else the closest covering a part. */
function headlineItem(items: CoverageItem[]): CoverageItem | undefined {
  return items.find((item) => !item.former || item.former.whole) ?? items[0];
}

export interface CoverageHeadline {
  /** `current`: a result of the latest edition; `past`: an older one; `part`: only a former commune of a commune nouvelle. */
  kind: 'current' | 'past' | 'part';
  text: string;
}

/**
 * The headline of a commune's answer, or undefined when nothing known covers it (the caller then
 * says so, with the caveat that the record is incomplete).
 */
export function coverageHeadline(
  commune: { name: string; via?: { name: string; code: string }; code: string },
  coverage: Pick<Coverage, 'items'>,
  latestYear: number | undefined,
): CoverageHeadline | undefined {
  const item = headlineItem(coverage.items);
  if (!item) return undefined;
  const t = frSearch.communes;
  const { territory } = item;
  const result = resultWords(territory);
  const current = isCurrent(territory, latestYear);
  if (item.former && !item.former.whole) {
    // « Oullins » asked: the answer says that this former commune is not the member.
    const asked = commune.via && commune.via.name !== item.former.name ? commune.via.name : undefined;
    return {
      kind: 'part',
      text: t.part({
        asked,
        former: item.former.name,
        commune: commune.name,
        body: t.memberOf(territory.kind, territory.name),
        participle: participle(territory),
        year: territory.year,
        result,
        current,
      }),
    };
  }
  const who = t.who(item.relation, territory.kind, territory.name, item.former && { former: item.former.name, commune: commune.name });
  return {
    kind: current ? 'current' : 'past',
    text: t.headline({ who, participle: participle(territory), year: territory.year, result, current }),
  };
}
