import { describe, expect, it } from 'vitest';
import { siteAddress, VARIABLE_NAMES } from './site-address';

describe('siteAddress', () => {
  it('reads an origin and a base path, with the build’s defaults', () => {
    expect(siteAddress('https://exemple.fr', '/atlas')).toEqual({ site: 'https://exemple.fr', base: '/atlas/' });
    expect(siteAddress('https://exemple.github.io/', '/')).toEqual({ site: 'https://exemple.github.io', base: '/' });
    expect(siteAddress(undefined, undefined)).toEqual({ site: 'http://localhost:4321', base: '/' });
    expect(siteAddress('', '')).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it('says what to write when the address carries a path, or is not one', () => {
    expect(() => siteAddress('https://exemple.fr/atlas', undefined)).toThrow(
      '--site « https://exemple.fr/atlas » contient un chemin : donnez l’origine seule (--site https://exemple.fr) et le chemin à part (--base /atlas/)',
    );
    expect(() => siteAddress('exemple.fr', undefined)).toThrow(
      '--site « exemple.fr » n’est pas une adresse : attendu par exemple https://exemple.fr',
    );
    expect(() => siteAddress('ftp://exemple.fr', undefined)).toThrow(
      '--site « ftp://exemple.fr » : attendu une adresse http:// ou https://',
    );
    expect(() => siteAddress('https://exemple.fr', 'atlas/')).toThrow(
      '--base « atlas/ » : attendu un chemin qui commence par « / », par exemple /atlas/',
    );
  });

  it('names the build’s variables when the address comes from them', () => {
    expect(() => siteAddress('https://exemple.fr/atlas', undefined, VARIABLE_NAMES)).toThrow(
      'SITE_URL « https://exemple.fr/atlas » contient un chemin : donnez l’origine seule (SITE_URL=https://exemple.fr) et le chemin à part (BASE_PATH=/atlas/)',
    );
    expect(() => siteAddress('https://exemple.fr', 'atlas', VARIABLE_NAMES)).toThrow(
      'BASE_PATH « atlas » : attendu un chemin qui commence par « / », par exemple /atlas/',
    );
  });
});
