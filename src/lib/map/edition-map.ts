// The map of one edition as a standalone SVG (and its PNG twin, rendered by the image cache): every
// collectivité the atlas knows for that edition, with its distinction on the edition's own scale,
// for a journalist to drop into an article. Its title says « N connues sur M », never a total for a
// partial list, and its legend counts each step against what the edition publishes.
import { frKnown, frMap } from '../../i18n/fr';
import type { AtlasEdition } from '../record/atlas';
import { chartDocument } from '../record/chart-svg';
import { escapeHtml } from '../escape';
import { distinctionTone, LOOK } from '../look';
import { groupNearby } from './static-markers';
import { pointMarker, type BaseMap } from './svg-map';
import { areaOf } from './map-data';

/** Marker height in the base map's units, as on the map page without JavaScript. */
const SIZE = 30;
const LEGEND_ROW = 30;
const LEGEND_FONT = 16;
const r1 = (value: number) => Math.round(value * 10) / 10;

export interface EditionMapText {
  /** « Source : Atlas TNL … · <permalink> · fond de carte … » */
  attribution: string;
}

export interface EditionMap {
  svg: string;
  width: number;
  height: number;
  title: string;
  /** The same in words, for the <desc> and the alt text of the PNG. */
  description: string;
}

/** « Territoire Numérique Libre, édition 2025 : 8 collectivités connues sur 36 distinguées (chiffre officiel) » */
export function editionMapTitle(edition: AtlasEdition): string {
  return `Territoire Numérique Libre, édition ${edition.year} : ${frKnown.edition(edition.knowledge)}`;
}

/** The edition's map as a standalone SVG document, with its size. */
export function editionMap(map: BaseMap, edition: AtlasEdition, text: EditionMapText): EditionMap {
  const scaleLength = edition.scale.length;
  const areas = new Set(edition.results.flatMap((r) => areaOf(r.territory)));
  const placed = edition.results
    .filter((r) => r.territory.position)
    .map((r) => ({ ...pointMarker(r.territory.position!.lon, r.territory.position!.lat), item: r }))
    // Highest distinctions first: they seed the groups.
    .sort((a, b) => (b.item.rank ?? -1) - (a.item.rank ?? -1));
  const groups = groupNearby(placed, SIZE);
  const paint = (tone: number) =>
    tone === 0
      ? { fill: LOOK.colour.background, stroke: LOOK.colour.muted, text: LOOK.colour.text, dash: ' stroke-dasharray="4 3"' }
      : {
          fill: LOOK.tone[tone] ?? LOOK.colour.primary,
          stroke: LOOK.colour.background,
          text: LOOK.colour.background,
          dash: '',
        };
  const markers = groups
    .reverse()
    .map(({ x, y, items }) => {
      const single = items.length === 1 ? items[0]! : undefined;
      const tone = single ? distinctionTone(single.rank, scaleLength) : 0;
      const label = single ? (single.distinction?.short ?? single.distinction?.label ?? frMap.unknownShort) : String(items.length);
      const width = single ? Math.max(SIZE, 12 + label.length * 11) : SIZE + 2;
      const p = single
        ? paint(tone)
        : { fill: LOOK.colour.primary, stroke: LOOK.colour.background, text: LOOK.colour.background, dash: '' };
      const names = items.map((r) => `${r.territory.name} (${r.distinction?.label ?? frMap.unknownDistinction})`).join(' ; ');
      return (
        `<g><title>${escapeHtml(names)}</title>` +
        `<rect x="${r1(x - width / 2)}" y="${r1(y - SIZE / 2)}" width="${width}" height="${SIZE}" rx="${single ? SIZE / 2 : 3}" fill="${p.fill}" stroke="${p.stroke}" stroke-width="2"${p.dash}/>` +
        `<text x="${r1(x)}" y="${r1(y + 6.5)}" text-anchor="middle" font-size="17" font-weight="700" fill="${p.text}">${escapeHtml(label)}</text></g>`
      );
    })
    .join('');
  const areaPaths = map.departements
    .filter((d) => areas.has(d.code))
    .map((d) => `<path d="${d.d}" fill="${LOOK.colour.primarySoft}" stroke="${LOOK.map.border}" stroke-width=".7"/>`)
    .join('');
  const base =
    `<path fill="${LOOK.map.land}" d="${map.land}"/>` +
    areaPaths +
    `<g fill="none" stroke="${LOOK.map.border}" stroke-linejoin="round" stroke-linecap="round"><path stroke-width=".7" d="${map.borders.departements}"/><path stroke-width="1.8" d="${map.borders.regions}"/></g>` +
    `<g fill="none" stroke="${LOOK.map.frame}">${map.insets.map((i) => `<rect x="${i.x}" y="${i.y}" width="${i.width}" height="${i.height}"/>`).join('')}</g>`;
  // The legend: each step, highest first, counted against what the edition publishes; then the unknown.
  const rows = edition.knowledge.distinctions.map((d) => ({
    tone: d.distinction ? distinctionTone(d.rank, scaleLength) : 0,
    mark: d.distinction ? (d.distinction.short ?? d.distinction.label) : frMap.unknownShort,
    text: `${d.distinction?.label ?? frMap.unknownDistinction} : ${d.distinction ? frKnown.distinction(d) : d.known}`,
  }));
  const legendTop = map.height + 16;
  const legend = rows
    .map((row, i) => {
      const p = paint(row.tone);
      const y = legendTop + i * LEGEND_ROW;
      const width = Math.max(SIZE, 12 + row.mark.length * 11) * 0.8;
      return (
        `<rect x="0" y="${y}" width="${r1(width)}" height="${SIZE * 0.8}" rx="${(SIZE * 0.8) / 2}" fill="${p.fill}" stroke="${row.tone === 0 ? p.stroke : p.fill}" stroke-width="1.5"${p.dash}/>` +
        `<text x="${r1(width / 2)}" y="${y + 17}" text-anchor="middle" font-size="14" font-weight="700" fill="${p.text}">${escapeHtml(row.mark)}</text>` +
        `<text x="${r1(width + 10)}" y="${y + 17}" font-size="${LEGEND_FONT}" fill="${LOOK.colour.text}">${escapeHtml(row.text)}</text>`
      );
    })
    .join('');
  const unplaced = edition.results.length - placed.length;
  const title = editionMapTitle(edition);
  const description = `${title}. ${rows.map((r) => r.text).join(' ; ')}.${unplaced > 0 ? ` ${unplaced} sans position sur la carte.` : ''} La carte ne montre que les collectivités connues de l’atlas.`;
  const svg = chartDocument(
    { width: map.width, height: legendTop + rows.length * LEGEND_ROW, markup: base + markers + legend },
    { id: `carte-${edition.year}`, title, description, attribution: text.attribution },
  );
  const [, width, height] = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg)!;
  return { svg, width: Number(width), height: Number(height), title, description };
}
