// The badge a labelled collectivité can show on its site: 176 × 62 CSS pixels (the classic 88 × 31
// button, doubled so that it stays readable), the year, the distinction on that edition's own scale
// and the territory's name, as real text with a <title> (read by screen readers and shown on hover).
// The same markup is served as SVG and rendered to PNG (at twice its size, for sharp screens).
import { escapeHtml } from '../escape';
import { LOOK } from '../look';
import { shorten, textWidth, type FontWeight } from './text-fit';

export const BADGE = { width: 176, height: 62, pngScale: 2 } as const;

export interface BadgeData {
  /** "Territoire Numérique Libre" */
  label: string;
  /** The distinction's label in its edition's scale ("Or", "Niveau 5"), or what is shown when it is not known. */
  distinction: string;
  year: number;
  territory: string;
  /** The accessible name of the image (its <title>), a full sentence. */
  title: string;
}

const WIDTH = BADGE.width - 16;
const FONTS = "Inter, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** The badge as a standalone SVG document. */
export function badgeSvg(badge: BadgeData): string {
  const { width, height } = BADGE;
  const { background, primary, inverse, text } = LOOK.colour;
  const main = `${badge.distinction} · ${badge.year}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="titre">`,
    `<title id="titre">${escapeHtml(badge.title)}</title>`,
    `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" rx="5" fill="${background}" stroke="${primary}" stroke-width="2"/>`,
    `<rect x="1" y="1" width="${width - 2}" height="19" rx="5" fill="${primary}"/>`,
    `<rect x="1" y="12" width="${width - 2}" height="8" fill="${primary}"/>`,
    line(15, badge.label, 10.5, 'bold', inverse),
    line(39, main, 17, 'bold', text),
    line(55, badge.territory, 11, 'regular', text),
    '</svg>',
  ].join('');
}

/**
 * One centred line: shortened with « … » when it is much too long, and given a `textLength` when it
 * comes close to the edges, so that another font of the reader's browser keeps it inside the badge.
 */
function line(y: number, content: string, size: number, weight: FontWeight, fill: string): string {
  const shown = shorten(content, size, WIDTH * 1.15, weight);
  const measured = textWidth(shown, size, weight);
  const fit = measured > WIDTH * 0.85 ? ` textLength="${Math.min(WIDTH, Math.round(measured))}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<text x="${BADGE.width / 2}" y="${y}" text-anchor="middle" font-family="${FONTS}" font-size="${size}" font-weight="${weight === 'bold' ? 700 : 400}" fill="${fill}"${fit}>${escapeHtml(shown)}</text>`;
}
