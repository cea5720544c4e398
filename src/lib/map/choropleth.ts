// The choropleth of /statistiques/: how many labelled bodies each département holds, drawn at build
// time on the reference base map (svg-map.ts), DROM in their insets. Never colour alone: each
// coloured département carries its number on the map, the legend names each class in words, and
// the page gives the same numbers as a table.
import { escapeHtml } from '../escape';
import type { ResolvedTerritory } from '../content/territories';
import { compareFrench } from '../text';
import { LOOK } from '../look';
import { chartDocument, type ChartText, type StandaloneText } from '../record/chart-svg';
import { pointMarker, type BaseMap } from './svg-map';
import type { SvgPoint } from './projection';

export interface DepartementCount {
  code: string;
  name: string;
  /** Labelled bodies of the record whose département is this one, by name. */
  territories: ResolvedTerritory[];
}

export interface DepartementCounts {
  /** Every département of the base map, most bodies first, then by name. */
  departements: DepartementCount[];
  /** Bodies without a single département of the map (régions, national or cross-département bodies), by name. */
  elsewhere: ResolvedTerritory[];
}

/** Labelled bodies per département of the map (a body counts in the département it belongs to). */
export function departementCounts(territories: readonly ResolvedTerritory[], map: Pick<BaseMap, 'departements'>): DepartementCounts {
  const byCode = new Map(map.departements.map((d) => [d.code, { code: d.code, name: d.nom, territories: [] as ResolvedTerritory[] }]));
  const elsewhere: ResolvedTerritory[] = [];
  for (const territory of territories) {
    const entry = territory.departement && byCode.get(territory.departement.code);
    if (entry) entry.territories.push(territory);
    else elsewhere.push(territory);
  }
  const byName = (a: ResolvedTerritory, b: ResolvedTerritory) => compareFrench(a.name, b.name);
  const departements = [...byCode.values()]
    .map((d) => ({ ...d, territories: d.territories.sort(byName) }))
    .sort((a, b) => b.territories.length - a.territories.length || compareFrench(a.name, b.name));
  return { departements, elsewhere: elsewhere.sort(byName) };
}

/** A class of the choropleth: counts from `min` to `max` (no `max`: and more), its fill and its name. */
export interface ChoroplethClass {
  min: number;
  max?: number;
  fill: string;
  /** « 1 collectivité », « 2 à 3 collectivités », « 4 collectivités ou plus ». */
  label: string;
}

/** Fills from light to dark (LOOK.choropleth); text stays on a white halo. */
const CLASS_FILLS = LOOK.choropleth;

/** « 1 collectivité », « 3 collectivités ». */
const bodies = (n: number) => `${n} ${n > 1 ? 'collectivités' : 'collectivité'}`;

/**
 * Classes that double in width (1, 2–3, 4–7, 8–15, 16 or more), as many as the largest count
 * needs, the last one ending at it: readable with a handful of bodies per département and with
 * hundreds. The fifth, darkest class has no upper bound.
 */
export function choroplethClasses(largest: number): ChoroplethClass[] {
  const top = Math.max(1, largest);
  const classes: ChoroplethClass[] = [];
  for (let i = 0; i < CLASS_FILLS.length && 2 ** i <= top; i++) {
    const min = 2 ** i;
    const max = i === CLASS_FILLS.length - 1 ? undefined : Math.min(2 * min - 1, top);
    const label = max === undefined ? `${min} collectivités ou plus` : max === min ? bodies(min) : `${min} à ${max} collectivités`;
    classes.push({ min, ...(max !== undefined && { max }), fill: CLASS_FILLS[i]!, label });
  }
  return classes;
}

/** The class of a count, undefined for zero. */
export function classOf(count: number, classes: ChoroplethClass[]): ChoroplethClass | undefined {
  return classes.find((c) => count >= c.min && (c.max === undefined || count <= c.max));
}

/** A number placed on the map, and the point it stands for when it had to move aside. */
export interface PlacedLabel {
  code: string;
  text: string;
  x: number;
  y: number;
  /** The département's centre, when the label was moved away from it to stay legible. */
  from?: SvgPoint;
}

const LABEL_FONT = 20;
const labelBox = (text: string, x: number, y: number) => {
  const width = text.length * LABEL_FONT * 0.62 + 6;
  return { left: x - width / 2, right: x + width / 2, top: y - LABEL_FONT * 0.85, bottom: y + LABEL_FONT * 0.2 };
};
type Box = ReturnType<typeof labelBox>;
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places each count at its département's centre; where labels would overlap (Paris and its
 * neighbours), moves the later ones outwards, on the nearest free spot, with a leader line.
 */
export function placeLabels(
  items: Array<{ code: string; count: number; centre: SvgPoint }>,
  bounds: { width: number; height: number },
): PlacedLabel[] {
  const placed: Array<PlacedLabel & { box: Box }> = [];
  const inside = (b: Box) => b.left >= 0 && b.top >= 0 && b.right <= bounds.width && b.bottom <= bounds.height;
  const free = (b: Box) => inside(b) && !placed.some((p) => overlaps(p.box, b));
  for (const { code, count, centre } of items) {
    const text = String(count);
    // Baseline so that the digits sit centred on the point.
    const base = { x: centre.x, y: centre.y + LABEL_FONT * 0.35 };
    let spot: { x: number; y: number } | undefined = free(labelBox(text, base.x, base.y)) ? base : undefined;
    for (let radius = 22; !spot && radius <= 130; radius += 12) {
      for (let step = 0; step < 12 && !spot; step++) {
        const angle = (step / 12) * 2 * Math.PI;
        const candidate = { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) };
        if (free(labelBox(text, candidate.x, candidate.y))) spot = candidate;
      }
    }
    const at = spot ?? base;
    placed.push({
      code,
      text,
      x: Math.round(at.x * 10) / 10,
      y: Math.round(at.y * 10) / 10,
      ...(at !== base && { from: centre }),
      box: labelBox(text, at.x, at.y),
    });
  }
  return placed.map(({ box: _box, ...label }) => label);
}

/** What the choropleth draws: every département with its count, its class and its label. */
export interface ChoroplethLayout {
  map: BaseMap;
  counts: DepartementCounts;
  classes: ChoroplethClass[];
  labels: PlacedLabel[];
}

/** Counts, classes and labels for the base map; `centres` gives each département's point (DROM in their insets). */
export function choroplethLayout(
  territories: readonly ResolvedTerritory[],
  map: BaseMap,
  centres: ReadonlyMap<string, SvgPoint>,
): ChoroplethLayout {
  const counts = departementCounts(territories, map);
  const largest = counts.departements[0]?.territories.length ?? 0;
  const labels = placeLabels(
    counts.departements
      .filter((d) => d.territories.length > 0 && centres.has(d.code))
      .map((d) => ({ code: d.code, count: d.territories.length, centre: centres.get(d.code)! })),
    map,
  );
  return { map, counts, classes: choroplethClasses(largest), labels };
}

/** « Isère (38) : 6 collectivités », the tooltip of a coloured département. */
export function departementTitle(d: DepartementCount): string {
  return `${d.name} (${d.code}) : ${bodies(d.territories.length)}`;
}

function mapMarkup(layout: ChoroplethLayout, withBase: boolean): string {
  const { map, counts, classes, labels } = layout;
  const paths = new Map(map.departements.map((d) => [d.code, d.d]));
  const areas = counts.departements
    .filter((d) => d.territories.length > 0)
    .map((d) => {
      const fill = classOf(d.territories.length, classes)!.fill;
      return `<path d="${paths.get(d.code)}" fill="${fill}" stroke="${LOOK.map.border}" stroke-width=".7" stroke-linejoin="round"><title>${escapeHtml(departementTitle(d))}</title></path>`;
    })
    .join('');
  const base = withBase
    ? `<path fill="${LOOK.map.land}" d="${map.land}"/>` +
      `<g fill="none" stroke="${LOOK.map.border}" stroke-linejoin="round" stroke-linecap="round"><path stroke-width=".7" d="${map.borders.departements}"/></g>` +
      `<g fill="none" stroke="${LOOK.map.frame}">${map.insets.map((i) => `<rect x="${i.x}" y="${i.y}" width="${i.width}" height="${i.height}"/>`).join('')}</g>`
    : '';
  const regionBorders = withBase
    ? `<path fill="none" stroke="${LOOK.map.border}" stroke-width="1.8" stroke-linejoin="round" d="${map.borders.regions}"/>`
    : '';
  const leaders = labels
    .filter((l) => l.from)
    .map((l) => `<line x1="${l.from!.x}" y1="${l.from!.y}" x2="${l.x}" y2="${Math.round((l.y - LABEL_FONT * 0.35) * 10) / 10}"/>`)
    .join('');
  const texts = labels.map((l) => `<text x="${l.x}" y="${l.y}" data-departement="${escapeHtml(l.code)}">${l.text}</text>`).join('');
  return (
    base +
    `<g class="areas">${areas}</g>` +
    regionBorders +
    `<g stroke="${LOOK.colour.text}" stroke-width="1.2">${leaders}</g>` +
    `<g class="counts" font-size="${LABEL_FONT}" font-weight="700" text-anchor="middle" fill="${LOOK.colour.text}" stroke="${LOOK.colour.background}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${texts}</g>`
  );
}

const LEGEND_ROW = 30;

/** The legend of the standalone file: a swatch and the name of each class, « aucune » first. */
function legendMarkup(classes: ChoroplethClass[], y: number): { markup: string; height: number } {
  const rows = [{ fill: LOOK.map.land, label: 'Aucune collectivité' }, ...classes];
  const markup = rows
    .map(
      (row, i) =>
        `<rect x="0" y="${y + i * LEGEND_ROW}" width="28" height="18" fill="${row.fill}" stroke="${LOOK.colour.muted}" stroke-width=".6"/>` +
        `<text x="38" y="${y + i * LEGEND_ROW + 14}" font-size="16" fill="${LOOK.colour.text}">${escapeHtml(row.label)}</text>`,
    )
    .join('');
  return { markup, height: rows.length * LEGEND_ROW };
}

/**
 * The choropleth as SVG. On the page (no `standalone`), an overlay of the coloured départements
 * and their numbers, drawn over the shared base map (/fond-de-carte.svg, same viewBox); with
 * `standalone`, a complete file: base map, legend, title and attribution.
 */
export function choroplethSvg(layout: ChoroplethLayout, text: ChartText, standalone?: StandaloneText): string {
  const { map } = layout;
  if (standalone) {
    const legend = legendMarkup(layout.classes, map.height + 12);
    const markup = mapMarkup(layout, true) + legend.markup;
    return chartDocument({ width: map.width, height: map.height + 12 + legend.height, markup }, { ...text, ...standalone });
  }
  const id = escapeHtml(text.id);
  return (
    `<svg class="choropleth" viewBox="${map.viewBox}" role="img" aria-labelledby="${id}-titre ${id}-desc">` +
    `<title id="${id}-titre">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.description)}</desc>` +
    `${mapMarkup(layout, false)}</svg>`
  );
}

/** Each département's centre in the base map's SVG space (DROM in their insets), from the reference. */
export function departementCentres(departements: Iterable<{ code: string; centre?: { lat: number; lon: number } }>): Map<string, SvgPoint> {
  return new Map([...departements].flatMap((d) => (d.centre ? [[d.code, pointMarker(d.centre.lon, d.centre.lat)] as const] : [])));
}
