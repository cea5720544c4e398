// One module owns the look (src/lib/look.ts): no colour written anywhere else in src/, every
// look() of the stylesheets names one of its colours, and a distinction's class comes from its
// helper. Tests are left out: they write their expected colours out.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOOK, resolveLookColours } from '../../src/lib/look';

const root = path.resolve(import.meta.dirname, '../..');
const LOOK_MODULE = 'src/lib/look.ts';

/** The source files of src/ that can hold a colour: TypeScript, JavaScript, Astro components and stylesheets. */
const sources = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .map((file) => path.posix.join('src', file.split(path.sep).join('/')))
  .filter((file) => /\.(ts|mjs|js|astro|css)$/.test(file) && !file.endsWith('.test.ts'))
  .sort();
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/**
 * A colour written out: #rgb, #rgba, #rrggbb or #rrggbbaa (not an HTML entity such as &#039;),
 * a colour function, or a named colour given to a colour property or attribute. The keywords that
 * are no colour of the site's own stay allowed: currentColor, transparent, none, inherit.
 */
const COLOUR_LITERALS = [
  /(?<![&\w])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi,
  /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi,
  /\b(?:fill|stroke|color|background(?:-color)?|border(?:-[a-z]+)*|outline(?:-color)?|box-shadow|stop-color)\s*[:=]\s*["'{]?[^;"'}\n]*\b(?:white|black|red|green|blue|yellow|orange|purple|pink|gray|grey|silver|navy|maroon|teal)\b/gi,
];

describe('the look', () => {
  it('is read from src/ files that exist', () => {
    expect(sources).toContain(LOOK_MODULE);
    expect(sources).toContain('src/styles/global.css');
    expect(sources).toContain('src/components/Header.astro');
  });

  it('owns every colour of src/: none is written in another module, component or stylesheet', () => {
    const found = sources
      .filter((file) => file !== LOOK_MODULE)
      .flatMap((file) => {
        const text = read(file);
        return COLOUR_LITERALS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => `${file}: ${m[0]}`));
      });
    expect(found).toEqual([]);
  });

  it('would see the colours it forbids', () => {
    const sample = 'a { color: #fff; background: rgb(0 0 0 / 45%); border: 1px solid white } <rect fill="#1b3a6b"/> &#039;';
    expect(COLOUR_LITERALS.flatMap((pattern) => [...sample.matchAll(pattern)].map((m) => m[0]))).toEqual([
      '#fff',
      '#1b3a6b',
      'rgb(',
      'border: 1px solid white',
    ]);
    expect(COLOUR_LITERALS.some((pattern) => pattern.test('fill="currentColor" stroke="none" background: transparent'))).toBe(false);
  });

  it('has every look() of the stylesheets and <style> blocks name one of its colours', () => {
    const styled = sources.filter((file) => /\.(css|astro)$/.test(file));
    const references = styled.flatMap((file) => [...read(file).matchAll(/look\([^)]*\)/g)].map((m) => ({ file, reference: m[0] })));
    expect(references.length).toBeGreaterThan(30);
    const unknown = references.filter(({ reference }) => {
      try {
        resolveLookColours(reference);
        return false;
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
  });

  it('gives the custom properties of global.css their colours, one look() each', () => {
    const properties = [...read('src/styles/global.css').matchAll(/^\s*(--(?:c|tone)-[\w-]+):\s*([^;]+);/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(properties)).toEqual({
      '--c-text': 'look(colour.text)',
      '--c-muted': 'look(colour.muted)',
      '--c-bg': 'look(colour.background)',
      '--c-surface': 'look(colour.surface)',
      '--c-border': 'look(colour.border)',
      '--c-primary': 'look(colour.primary)',
      '--c-primary-soft': 'look(colour.primarySoft)',
      '--c-link': 'look(colour.link)',
      '--c-focus': 'look(colour.focus)',
      '--c-accent': 'look(colour.accent)',
      '--tone-0': 'look(tone.0)',
      '--tone-1': 'look(tone.1)',
      '--tone-2': 'look(tone.2)',
      '--tone-3': 'look(tone.3)',
      '--tone-4': 'look(tone.4)',
      '--tone-5': 'look(tone.5)',
    });
  });

  it('gives a distinction its class in one place: no tone-N class is put together by hand', () => {
    const byHand = sources
      .filter((file) => file !== LOOK_MODULE)
      .flatMap((file) => [...read(file).matchAll(/tone-\$\{|['"`]tone-['"`]/g)].map((m) => `${file}: ${m[0]}`));
    expect(byHand).toEqual([]);
  });

  it('draws the favicon (public/, a static file) in its colours, as the header’s logo', () => {
    const favicon = read('public/favicon.svg');
    expect([...favicon.matchAll(/(fill|stroke)="(#\w+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      `fill ${LOOK.colour.primary}`,
      `stroke ${LOOK.colour.inverse}`,
    ]);
  });
});
