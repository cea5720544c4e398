import { describe, expect, it } from 'vitest';
import { confidenceOfSource, isOfficialSource } from './source-confidence';

describe('isOfficialSource', () => {
  it('accepts the official label site and adullact.org, with any subdomain, over http or https', () => {
    for (const url of [
      'https://territoire-numerique-libre.org/2025/11/territoire-numerique-libre-37-collectivites-montrent-la-voie-en-2025',
      'https://www.territoire-numerique-libre.org/edition-2023/',
      'http://www.adullact.org/breves/68-actualite/vie-associative/687-label-territoire-numerique-libre',
      'https://adullact.org/',
      'https://demarches.adullact.org/label-tnl/',
      'https://ADULLACT.ORG./actualites',
    ])
      expect(isOfficialSource(url), url).toBe(true);
  });

  it('refuses every other site, look-alike hosts and what is not a web address', () => {
    for (const url of [
      'https://april.org/print/37-collectivites-recompensees-par-le-jury-du-label-territoire-numerique-libre-2025',
      'https://www.echirolles.fr/node/8760',
      'https://notadullact.org/',
      'https://adullact.org.example.com/',
      'https://example.com/territoire-numerique-libre.org',
      'ftp://adullact.org/',
      'adullact.org',
      '',
    ])
      expect(isOfficialSource(url), url).toBe(false);
  });
});

describe('confidenceOfSource', () => {
  it('gives high to an official source and medium to the press, April or a collectivité', () => {
    expect(confidenceOfSource('https://territoire-numerique-libre.org/edition-2023/')).toBe('high');
    expect(confidenceOfSource('https://demarches.adullact.org/')).toBe('high');
    expect(confidenceOfSource('https://guidenumerique.net/boe-atteint-le-niveau-5-du-label-territoire-numerique-libre/')).toBe('medium');
    expect(confidenceOfSource('https://april.org/print/37-collectivites')).toBe('medium');
  });
});
