// HTML of the map's legend, list and marker glyphs, as strings: the same markup is written at build
// time (the page without JavaScript) and by the browser when the filters change, so both never drift.
import { frKnown, frMap, plural } from '../../i18n/fr';
import type { MapData, MapDistinction, MapTerritory } from './map-data';
import type { Legend, MapEntry, RegionGroup } from './filter';
import { escapeHtml } from '../escape';
import { distinctionClass } from '../look';
import { paths, withBase } from '../urls';

/**
 * The marker glyph of a distinction: its short text ("5", "Or") in a shape coloured by its tone, or
 * "?" in a dashed white shape when unknown. Decorative (aria-hidden): the label is always written
 * next to it or given to the marker as its name, so the distinction is never told by colour alone.
 */
export function markHtml(distinction: MapDistinction | null): string {
  const tone = distinction ? distinction.tone : 0;
  const text = distinction ? distinction.short : frMap.unknownShort;
  return `<span class="${distinctionClass(tone, 'mark')}" aria-hidden="true">${escapeHtml(text)}</span>`;
}

/** The glyph of a group of nearby territories: a count in a square, never mistaken for a distinction. */
export function clusterMarkHtml(count: number): string {
  return `<span class="tnl-cluster" aria-hidden="true">${count}</span>`;
}

/** The name of a distinction, or "Distinction non connue". */
export function distinctionLabel(distinction: MapDistinction | null): string {
  return distinction ? distinction.label : frMap.unknownDistinction;
}

/** Glyph and name of a distinction, for lists and popups. */
export function distinctionHtml(distinction: MapDistinction | null): string {
  return `<span class="tnl-distinction">${markHtml(distinction)} ${escapeHtml(distinctionLabel(distinction))}</span>`;
}

function countHtml(text: string | number): string {
  return ` <span class="tnl-count">(${escapeHtml(String(text))})</span>`;
}

/**
 * A step's count in the legend. For one edition's whole list, against what the edition publishes:
 * « 3 », « 2 connues sur 4 », « liste non publiée » — never a bare « 0 » for a list nobody published.
 * In any other view, the number of collectivités shown, known ones: « 3 connues », « aucune ».
 */
function stepCount(legend: Legend, distinction: MapDistinction, count: number): string {
  if (legend.whole) return frKnown.distinction({ known: count, official: distinction.official, status: distinction.status });
  return count === 0 ? frMap.noneShown : plural(count, 'connue');
}

/** The legend: the scale(s) of the view with their counts, "not known", groups and areas. */
export function legendHtml(legend: Legend, { clusters = true, areas = true } = {}): string {
  const groups = legend.groups
    .map((group) => {
      const title = group.title ? `<p class="tnl-legend-title">${escapeHtml(group.title)}</p>` : '';
      const items = group.steps
        .map(({ distinction, count }) => `<li>${distinctionHtml(distinction)}${countHtml(stepCount(legend, distinction, count))}</li>`)
        .join('');
      return `${title}<ul>${items}</ul>`;
    })
    .join('');
  const extra = [
    `<li>${distinctionHtml(null)}${countHtml(legend.unknownCount === 0 ? frMap.noneShown : legend.unknownCount)}</li>`,
    clusters ? `<li><span class="tnl-distinction">${clusterMarkHtml(3)} ${escapeHtml(frMap.legendCluster)}</span></li>` : '',
    areas
      ? `<li><span class="tnl-distinction"><span class="tnl-area" aria-hidden="true"></span> ${escapeHtml(frMap.legendArea)}</span></li>`
      : '',
  ].join('');
  return `${groups}<ul>${extra}</ul>`;
}

/** "Commune · Isère (38)" */
export function placeText(territory: MapTerritory, data: MapData): string {
  const dep = territory.departement ? `${data.departements[territory.departement] ?? ''} (${territory.departement})` : '';
  return [frMap.kinds[territory.kind], dep].filter(Boolean).join(' · ');
}

export interface ListOptions {
  /** Base path of the site ("/" or "/atlas/"). */
  base: string;
  /**
   * `view`: the distinction of the view's edition and a button showing the territory on the map;
   * `history`: the distinction of every edition, for the page without JavaScript.
   */
  mode: 'view' | 'history';
  /** Prefix of the heading ids, unique on the page. */
  idPrefix: string;
  /** Level of the région headings. */
  headingLevel?: 2 | 3;
}

/** "2023 : Niveau 5 · 2022 : Niveau 4", newest first: plain text, light enough for 10,000 territories. */
function historyHtml(territory: MapTerritory, data: MapData): string {
  const items = territory.results.toReversed().map(([year, id]) => {
    const distinction = data.editions.find((e) => e.year === year)?.scale.find((d) => d.id === id) ?? null;
    return `${year} : ${escapeHtml(distinctionLabel(distinction))}`;
  });
  return `<p class="tnl-history">${items.join(' · ')}</p>`;
}

function viewHtml({ territory, year, distinction }: MapEntry): string {
  const locate = territory.point
    ? `<button type="button" class="tnl-locate" data-locate="${escapeHtml(territory.slug)}" aria-label="${escapeHtml(frMap.locateLabel(territory.name))}">${escapeHtml(frMap.locate)}</button>`
    : `<span class="tnl-muted">${escapeHtml(frMap.unplaced)}</span>`;
  return `<p class="tnl-item-distinction">${distinctionHtml(distinction)} <span class="tnl-year">(${year})</span> ${locate}</p>`;
}

/**
 * The list of a view, grouped by région under headings: each territory with a link to its page,
 * its kind and département, and its distinction(s).
 */
export function listHtml(groups: RegionGroup<MapEntry>[], data: MapData, options: ListOptions): string {
  const h = `h${options.headingLevel ?? 3}`;
  return groups
    .map((group) => {
      const id = `${options.idPrefix}-${group.code ?? 'national'}`;
      const items = group.items
        .map((entry) => {
          const { territory } = entry;
          const href = withBase(paths.territory(territory.slug), options.base);
          const details = options.mode === 'view' ? viewHtml(entry) : historyHtml(territory, data);
          const slug = options.mode === 'view' ? ` data-slug="${escapeHtml(territory.slug)}"` : '';
          return (
            `<li${slug}><a href="${escapeHtml(href)}">${escapeHtml(territory.name)}</a> ` +
            `<span class="tnl-muted">${escapeHtml(placeText(territory, data))}</span>${details}</li>`
          );
        })
        .join('');
      return (
        `<section class="tnl-region" aria-labelledby="${id}"><${h} id="${id}">${escapeHtml(group.name)} ` +
        `<span class="tnl-count">(${group.total ?? group.items.length})</span></${h}><ul class="tnl-items">${items}</ul></section>`
      );
    })
    .join('');
}

/** Content of a territory's popup on the map: name (link), kind, département, distinction. */
export function popupHtml(entry: MapEntry, data: MapData, base: string): string {
  const { territory, year, distinction } = entry;
  const href = withBase(paths.territory(territory.slug), base);
  const approximate = territory.approximate ? ` <span class="tnl-muted">(${escapeHtml(frMap.approximatePosition)})</span>` : '';
  return (
    `<p class="tnl-popup-name"><a href="${escapeHtml(href)}">${escapeHtml(territory.name)}</a></p>` +
    `<p>${escapeHtml(placeText(territory, data))}${approximate}</p>` +
    `<p>${distinctionHtml(distinction)} <span class="tnl-year">(${year})</span></p>`
  );
}
