// Text measured without a browser, for the SVG templates of the share images and badges: advance
// widths of Inter (the font the PNGs are rendered with, measured once with resvg at 1,000 units per
// em), so that a name is wrapped or shortened before it overflows. Browsers showing the SVG badge
// with another sans-serif get `textLength`, which makes the text fit the same width.

const CHARS = " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'’-–—()«»/&·…";
const WIDTHS = {
  regular: [
    281, 562, 612, 571, 612, 583, 370, 613, 591, 242, 242, 549, 242, 876, 591, 600, 612, 612, 392, 528, 342, 591, 572, 818, 546, 572, 552,
    690, 654, 730, 722, 601, 590, 746, 743, 269, 571, 672, 565, 903, 753, 765, 639, 765, 644, 642, 646, 744, 690, 985, 682, 679, 629, 631,
    407, 610, 618, 646, 593, 620, 566, 619, 620, 288, 288, 302, 288, 288, 511, 300, 261, 460, 500, 1000, 365, 365, 583, 583, 360, 644, 288,
    864,
  ],
  bold: [
    237, 581, 630, 588, 630, 596, 398, 632, 623, 271, 271, 580, 271, 913, 623, 613, 630, 630, 423, 560, 383, 623, 612, 850, 580, 615, 573,
    747, 662, 740, 722, 607, 587, 750, 747, 281, 584, 719, 565, 932, 762, 771, 648, 777, 657, 655, 667, 732, 747, 1038, 738, 731, 664, 674,
    431, 630, 646, 676, 622, 649, 582, 651, 649, 334, 334, 343, 334, 338, 560, 339, 311, 468, 500, 1000, 377, 377, 660, 660, 388, 672, 334,
    1002,
  ],
};
/** Width of a character missing from the table (a wide-ish letter, to err on the safe side). */
const FALLBACK = 700;

export type FontWeight = keyof typeof WIDTHS;

const tables = Object.fromEntries(
  Object.entries(WIDTHS).map(([weight, widths]) => [weight, new Map([...CHARS].map((c, i) => [c, widths[i]!]))]),
) as Record<FontWeight, Map<string, number>>;

/** Estimated width of a text at a font size, in the same unit as the size. Accented letters count as their base letter. */
export function textWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
  const table = tables[weight];
  let total = 0;
  for (const char of text) total += table.get(char) ?? table.get(char.normalize('NFD')[0] ?? '') ?? FALLBACK;
  return (total * size) / 1000;
}

/**
 * Splits a text into at most `maxLines` lines no wider than `maxWidth`, at spaces (and after
 * hyphens); the last line ends with « … » when the text does not fit.
 */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number, weight: FontWeight = 'regular'): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=-)(?=.)/));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const glue = line === '' || line.endsWith('-') ? '' : ' ';
    if (line === '' || textWidth(line + glue + word, size, weight) <= maxWidth) line += glue + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines && lines.every((l) => textWidth(l, size, weight) <= maxWidth)) return lines;
  const kept = lines.slice(0, maxLines);
  kept[kept.length - 1] = lines.slice(kept.length - 1).join(' ');
  return kept.map((l) => shorten(l, size, maxWidth, weight));
}

/** The text, or its longest beginning (cut at a word when possible) followed by « … », that fits `maxWidth`. */
export function shorten(text: string, size: number, maxWidth: number, weight: FontWeight = 'regular'): string {
  if (textWidth(text, size, weight) <= maxWidth) return text;
  const chars = [...text];
  let end = chars.length;
  while (end > 1 && textWidth(`${chars.slice(0, end).join('').trimEnd()}…`, size, weight) > maxWidth) end--;
  const cut = chars.slice(0, end).join('');
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > cut.length / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
