import { describe, expect, it } from 'vitest';
import { shorten, textWidth, wrapText } from './text-fit';

describe('textWidth', () => {
  it('adds Inter’s advance widths, accented letters as their base letter', () => {
    expect(textWidth('Or', 100, 'bold')).toBeCloseTo(77.1 + 42.3, 1);
    expect(textWidth('Boé', 10)).toBe(textWidth('Boe', 10));
    expect(textWidth('', 10)).toBe(0);
  });

  it('counts a character it does not know as a wide one', () => {
    expect(textWidth('漢', 10)).toBe(7);
  });
});

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('Boé', 76, 1080, 2, 'bold')).toEqual(['Boé']);
  });

  it('wraps at spaces and after hyphens', () => {
    expect(wrapText('Communauté d’agglomération Dracénie Provence Verdon', 64, 1080, 2, 'bold')).toEqual([
      'Communauté d’agglomération',
      'Dracénie Provence Verdon',
    ]);
    expect(wrapText('Saint-Martin-d’Uriage', 20, 160, 3)).toEqual(['Saint-Martin-', 'd’Uriage']);
  });

  it('ends the last line with « … » when the text needs more lines than allowed', () => {
    const lines = wrapText('Un nom de collectivité bien trop long pour tenir sur deux lignes de cette image', 76, 700, 2, 'bold');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line, 76, 'bold')).toBeLessThanOrEqual(700);
  });
});

describe('shorten', () => {
  it('keeps a text that fits, and cuts one that does not at a word, with « … »', () => {
    expect(shorten('Boé', 11, 160)).toBe('Boé');
    expect(shorten('Communauté d’agglomération Dracénie Provence Verdon', 11, 184)).toBe('Communauté d’agglomération…');
    expect(shorten('Communauté d’agglomération', 11, 140)).toBe('Communauté d’agglomé…');
  });
});
