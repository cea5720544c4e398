import { describe, expect, it } from 'vitest';
import { contentHref, paths, sourceHost, withBase } from './urls';

describe('withBase', () => {
  it('joins a base path with or without trailing slash', () => {
    expect(withBase('/editions/', '/atlas/')).toBe('/atlas/editions/');
    expect(withBase('/editions/', '/atlas')).toBe('/atlas/editions/');
    expect(withBase('/editions/', '/')).toBe('/editions/');
  });
});

describe('contentHref', () => {
  it('prefixes root-relative links written in content', () => {
    expect(contentHref('/methodologie/', '/atlas/')).toBe('/atlas/methodologie/');
  });
  it('keeps external links, anchors and links already under the base', () => {
    expect(contentHref('https://adullact.org/', '/atlas/')).toBe('https://adullact.org/');
    expect(contentHref('#niveaux', '/atlas/')).toBe('#niveaux');
    expect(contentHref('/atlas/editions/', '/atlas/')).toBe('/atlas/editions/');
    expect(contentHref('/methodologie/', '/')).toBe('/methodologie/');
  });
});

describe('paths.communeAnswer', () => {
  it('asks the search page for a commune by its INSEE code, the query that names it alone', () => {
    expect(paths.communeAnswer('69259')).toBe('/recherche/?q=69259');
    expect(paths.communeAnswer('2A004')).toBe('/recherche/?q=2A004');
  });
});

describe('sourceHost', () => {
  it('names a source by its host without www', () => {
    expect(sourceHost('https://www.lyon.fr/actualite/x')).toBe('lyon.fr');
  });
});
