// The badge a collectivité can show on its site: 176 × 74 CSS pixels (the classic 88 × 31 button,
// doubled so that it stays readable, and a line taller), the label's name, the result on that
// edition's own scale with its year in the pill the pages show it in (its tone of src/lib/look.ts,
// dashed when not known) and the territory's name, as real text with a <title> (read by screen
// readers and shown on hover). A plain text card, not the label's mark: its last line names the
// atlas, where the result and its source are checked, and says it is not official. A result of
// unknown tier shows its mention, or « Niveau non connu », never « Labellisé » (the tier may be an
// entry distinction).
// The same markup is served as SVG and rendered to PNG (at twice its size, for sharp screens).
import { escapeHtml } from '../escape';
import { LOOK } from '../look';
import { shorten, textWidth, type FontWeight } from './text-fit';

export const BADGE = { width: 176, height: 74, pngScale: 2 } as const;

export interface BadgeData {
  /** "Territoire Numérique Libre" */
  label: string;
  /** The distinction's label in its edition's scale ("Or", "Niveau 5"), or what is known when it is not ("Mention spéciale"). */
  distinction: string;
  /** The distinction's tone (distinctionTone of src/lib/look.ts): 0 when it is not known. */
  tone: number;
  year: number;
  territory: string;
  /** Where the result is checked, and that the badge is not the label's mark ("Vérifier sur l’Atlas TNL (non officiel)"). */
  footer: string;
  /** The accessible name of the image (its <title>), a full sentence. */
  title: string;
}

const WIDTH = BADGE.width - 16;
const FONTS = "Inter, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
/** The pill: its box, the size of its text and the widest the text may be. */
const PILL = { top: 23, height: 21, padding: 9, size: 15, minSize: 11, maxText: WIDTH - 20 } as const;

/**
 * The colours of a tone's pill, as on the pages (.badge.tone-N of global.css): the tone with white
 * text; « not known » white with a dashed grey outline and grey text.
 */
export function pillColours(tone: number): { fill: string; text: string; outline?: string } {
  const { background, muted, inverse } = LOOK.colour;
  const fill = tone > 0 ? LOOK.tone[tone] : undefined;
  return fill === undefined ? { fill: background, text: muted, outline: muted } : { fill, text: inverse };
}

/** The badge as a standalone SVG document. */
export function badgeSvg(badge: BadgeData): string {
  const { width, height } = BADGE;
  const { background, primary, inverse } = LOOK.colour;
  const main = `${badge.distinction} · ${badge.year}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="titre">`,
    `<title id="titre">${escapeHtml(badge.title)}</title>`,
    `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" rx="5" fill="${background}" stroke="${primary}" stroke-width="2"/>`,
    `<rect x="1" y="1" width="${width - 2}" height="19" rx="5" fill="${primary}"/>`,
    `<rect x="1" y="12" width="${width - 2}" height="8" fill="${primary}"/>`,
    line(15, badge.label, 10.5, 'bold', inverse),
    pill(main, badge.tone),
    line(56, badge.territory, 11, 'regular', LOOK.colour.text),
    line(69, badge.footer, 8.5, 'regular', LOOK.colour.text),
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

/**
 * The distinction and its year in a pill sized to the text, in a smaller type (down to 11 px) when it
 * is long, so that a result stays whole (« Mentions spéciales · 2025 »). The text always gets its
 * measured width as its `textLength`, so that it stays inside the pill in any font of the reader's browser.
 */
function pill(content: string, tone: number): string {
  const full = textWidth(content, PILL.size, 'bold');
  const size = full <= PILL.maxText ? PILL.size : Math.max(PILL.minSize, Math.floor((PILL.size * PILL.maxText * 10) / full) / 10);
  const shown = shorten(content, size, PILL.maxText * 1.15, 'bold');
  const textLength = Math.min(PILL.maxText, Math.round(textWidth(shown, size, 'bold')));
  const pillWidth = textLength + 2 * PILL.padding;
  const colours = pillColours(tone);
  const outline = colours.outline ? ` stroke="${colours.outline}" stroke-dasharray="3 2"` : '';
  // Inter's capitals are 0.73 em tall: the baseline that centres them in the pill.
  const baseline = Math.round((PILL.top + PILL.height / 2 + size * 0.365) * 10) / 10;
  return (
    `<rect x="${(BADGE.width - pillWidth) / 2}" y="${PILL.top}" width="${pillWidth}" height="${PILL.height}" rx="${PILL.height / 2}" fill="${colours.fill}"${outline}/>` +
    `<text x="${BADGE.width / 2}" y="${baseline}" text-anchor="middle" font-family="${FONTS}" font-size="${size}" font-weight="700" fill="${colours.text}" textLength="${textLength}" lengthAdjust="spacingAndGlyphs">${escapeHtml(shown)}</text>`
  );
}
