// The Open Graph image (1200 × 630) as SVG markup, rendered to PNG at build time (png-fs.ts). A
// text-only design: dark text on white, the obtained step of a scale written out in words and
// drawn filled (the others outlined), so that nothing depends on colour alone.
import { escapeHtml } from '../escape';
import { LOOK } from '../look';
import { shorten, textWidth, wrapText } from './text-fit';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** What a share image says, from top to bottom. */
export interface ShareCard {
  /** The site's name, in the top band. */
  site: string;
  /** A short line above the title: what kind of page this is ("Commune · Lot-et-Garonne (47)"). */
  kicker: string;
  /** The subject, in large type (wrapped on two lines at most). */
  title: string;
  /** Up to three lines of facts under the title. */
  lines: string[];
  /** An edition's scale, its steps from the lowest to the highest, with the obtained one (if any). */
  scale?: { caption: string; steps: string[]; achieved: number | null };
  /** The page's address, without the protocol. */
  footer: string;
}

const MARGIN = 60;
const INNER = SHARE_IMAGE.width - 2 * MARGIN;
const { text: INK, muted: MUTED, primary: PRIMARY, background: PAPER, inverse: ON_PRIMARY } = LOOK.colour;

/** The card as a standalone SVG document. */
export function shareImageSvg(card: ShareCard): string {
  const { width, height } = SHARE_IMAGE;
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
    `<rect width="${width}" height="96" fill="${PRIMARY}"/>`,
    text(MARGIN, 62, shorten(card.site, 36, INNER, 'bold'), 36, 'bold', ON_PRIMARY),
    text(MARGIN, 166, shorten(card.kicker, 34, INNER), 34, 'regular', MUTED),
  ];
  const titleSize = textWidth(card.title, 76, 'bold') <= INNER ? 76 : 64;
  const titleLines = wrapText(card.title, titleSize, INNER, 2, 'bold');
  titleLines.forEach((line, i) => parts.push(text(MARGIN, 250 + i * (titleSize + 10), line, titleSize, 'bold', INK)));
  let y = 250 + (titleLines.length - 1) * (titleSize + 10) + 72;
  for (const line of card.lines.slice(0, card.scale ? 2 : 3)) {
    parts.push(text(MARGIN, y, shorten(line, 36, INNER), 36, 'regular', INK));
    y += 50;
  }
  if (card.scale) parts.push(scaleRow(card.scale, y + 4));
  parts.push(
    `<rect x="0" y="${height - 72}" width="${width}" height="2" fill="${PRIMARY}"/>`,
    text(MARGIN, height - 26, shorten(card.footer, 28, INNER), 28, 'regular', MUTED),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

/** "Échelle 2025 :" then one box per step; the obtained step is filled, bold and followed by nothing else. */
function scaleRow(scale: NonNullable<ShareCard['scale']>, top: number): string {
  const captionWidth = textWidth(scale.caption, 28) + 20;
  const gap = 12;
  const boxWidth = Math.min(200, (INNER - captionWidth - gap * (scale.steps.length - 1)) / scale.steps.length);
  const parts = [text(MARGIN, top + 38, scale.caption, 28, 'regular', MUTED)];
  scale.steps.forEach((step, i) => {
    const x = MARGIN + captionWidth + i * (boxWidth + gap);
    const achieved = i === scale.achieved;
    parts.push(
      `<rect x="${round(x)}" y="${top}" width="${round(boxWidth)}" height="56" rx="6" fill="${achieved ? PRIMARY : PAPER}" stroke="${achieved ? PRIMARY : MUTED}" stroke-width="${achieved ? 4 : 2}"/>`,
      text(
        x + boxWidth / 2,
        top + 38,
        shorten(step, 26, boxWidth - 16, achieved ? 'bold' : 'regular'),
        26,
        achieved ? 'bold' : 'regular',
        achieved ? ON_PRIMARY : MUTED,
        'middle',
      ),
    );
  });
  return parts.join('');
}

function text(x: number, y: number, content: string, size: number, weight: 'regular' | 'bold', fill: string, anchor?: 'middle'): string {
  return `<text x="${round(x)}" y="${round(y)}" font-family="Inter" font-size="${size}" font-weight="${weight === 'bold' ? 700 : 400}" fill="${fill}"${anchor ? ` text-anchor="${anchor}"` : ''}>${escapeHtml(content)}</text>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
