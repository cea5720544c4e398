// The badge a collectivité can show on its site: 176 × 74 CSS pixels (the classic 88 × 31 button,
// doubled so that it stays readable, and a line taller), the year, the result on that edition's own
// scale and the territory's name, as real text with a <title> (read by screen readers and shown on
// hover). A plain text card, not the label's mark: its last line names the atlas, where the result
// and its source are checked, and says it is not official. A result of unknown tier shows its
// mention, or « Niveau non connu », never « Labellisé » (the tier may be an entry distinction).
// The same markup is served as SVG and rendered to PNG (at twice its size, for sharp screens).
import { escapeHtml } from '../escape';
import { shorten, textWidth, type FontWeight } from './text-fit';

export const BADGE = { width: 176, height: 74, pngScale: 2 } as const;

export interface BadgeData {
  /** "Territoire Numérique Libre" */
  label: string;
  /** The distinction's label in its edition's scale ("Or", "Niveau 5"), or what is known when it is not ("Mention spéciale"). */
  distinction: string;
  year: number;
  territory: string;
  /** Where the result is checked, and that the badge is not the label's mark ("Vérifier sur l’Atlas TNL (non officiel)"). */
  footer: string;
  /** The accessible name of the image (its <title>), a full sentence. */
  title: string;
}

const WIDTH = BADGE.width - 16;
const FONTS = "Inter, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
/** The main line's type size, and the smallest it may shrink to so that a longer text stays whole. */
const MAIN_SIZE = 17;
const MAIN_MIN_SIZE = 12;

/** The badge as a standalone SVG document. */
export function badgeSvg(badge: BadgeData): string {
  const { width, height } = BADGE;
  const main = `${badge.distinction} · ${badge.year}`;
  const mainWidth = textWidth(main, MAIN_SIZE, 'bold');
  const mainSize = mainWidth <= WIDTH ? MAIN_SIZE : Math.max(MAIN_MIN_SIZE, Math.floor((MAIN_SIZE * WIDTH * 10) / mainWidth) / 10);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="titre">`,
    `<title id="titre">${escapeHtml(badge.title)}</title>`,
    `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" rx="5" fill="#ffffff" stroke="#1b3a6b" stroke-width="2"/>`,
    `<rect x="1" y="1" width="${width - 2}" height="19" rx="5" fill="#1b3a6b"/>`,
    `<rect x="1" y="12" width="${width - 2}" height="8" fill="#1b3a6b"/>`,
    line(15, badge.label, 10.5, 'bold', '#ffffff'),
    line(39, main, mainSize, 'bold', '#1e1e28'),
    line(55, badge.territory, 11, 'regular', '#1e1e28'),
    line(68, badge.footer, 8.5, 'regular', '#1e1e28'),
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
