import { describe, expect, it } from 'vitest';
import { headerRules, renderHeadersFile } from '../../src/lib/site-files/security-headers';
import { parseHeadersFile, ruleMatches } from './headers-file-reader';

const FILES = ['index.html', 'carte/embed/index.html', 'donnees/resultats.csv', '_astro/site.Ab12Cd.css'];

describe('the _headers file', () => {
  it('reads back what it writes', () => {
    const rules = headerRules('/atlas/', FILES);
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
  });

  it('says which line is wrong', () => {
    expect(() => parseHeadersFile('/*\n  pas un en-tête\n')).toThrow('_headers, ligne 2 : « pas un en-tête »');
  });
});

describe('ruleMatches', () => {
  it('matches splats and placeholders like Netlify and Cloudflare Pages', () => {
    expect(ruleMatches('/*', '/')).toBe(true);
    expect(ruleMatches('/editions/*', '/editions/')).toBe(true);
    expect(ruleMatches('/editions/*', '/editions/2022/')).toBe(true);
    expect(ruleMatches('/editions/*', '/editions-old/')).toBe(false);
    expect(ruleMatches('/', '/a-propos/')).toBe(false);
    expect(ruleMatches('/territoires/:slug/', '/territoires/lyon/')).toBe(true);
    expect(ruleMatches('/404.html', '/404xhtml')).toBe(false);
  });
});
