import { describe, expect, it } from 'vitest';
import { securityContact, securityExpires, securityTxt } from './security-txt';

const LEGAL = 'https://exemple.fr/atlas/mentions-legales/';
const GITHUB = { url: 'https://github.com/exemple/atlas', forge: 'github' } as const;

describe('securityContact', () => {
  it('takes SECURITY_CONTACT first, an address becoming a mailto: URI', () => {
    expect(securityContact({ SECURITY_CONTACT: 'securite@exemple.fr' }, GITHUB, LEGAL)).toBe('mailto:securite@exemple.fr');
    expect(securityContact({ SECURITY_CONTACT: ' https://exemple.fr/securite ' }, GITHUB, LEGAL)).toBe('https://exemple.fr/securite');
    expect(securityContact({ SECURITY_CONTACT: 'mailto:rssi@exemple.fr' }, undefined, LEGAL)).toBe('mailto:rssi@exemple.fr');
  });

  it('falls back to the private channel of the repository, then to the legal notice', () => {
    expect(securityContact({}, GITHUB, LEGAL)).toBe('https://github.com/exemple/atlas/security/advisories/new');
    expect(securityContact({}, { url: 'https://gitlab.adullact.net/atlas/tnl', forge: 'gitlab' }, LEGAL)).toBe(
      'https://gitlab.adullact.net/atlas/tnl/-/issues/new?issue%5Bconfidential%5D=true',
    );
    expect(securityContact({ SECURITY_CONTACT: '  ' }, undefined, LEGAL)).toBe(LEGAL);
  });

  it('refuses a contact that is neither an address nor a URL, saying what to write', () => {
    expect(() => securityContact({ SECURITY_CONTACT: 'http://exemple.fr' }, undefined, LEGAL)).toThrow(
      'SECURITY_CONTACT « http://exemple.fr » invalide : attendu une adresse électronique (securite@exemple.fr), une adresse https:// ou mailto:, ou retirez la variable pour utiliser le dépôt du projet.',
    );
    expect(() => securityContact({ SECURITY_CONTACT: 'le RSSI' }, undefined, LEGAL)).toThrow('SECURITY_CONTACT « le RSSI » invalide');
  });
});

describe('securityExpires', () => {
  it('ends less than a year after the build day, at midnight UTC', () => {
    expect(securityExpires('2026-12-01')).toBe('2027-11-30T00:00:00.000Z');
    expect(securityExpires('2028-02-29')).toBe('2029-02-27T00:00:00.000Z');
    expect(securityExpires('2027-01-01')).toBe('2027-12-31T00:00:00.000Z');
  });
});

describe('securityTxt', () => {
  it('writes the RFC 9116 fields, French first', () => {
    expect(
      securityTxt({
        contact: 'mailto:securite@exemple.fr',
        expires: '2027-11-30T00:00:00.000Z',
        canonical: 'https://exemple.fr/.well-known/security.txt',
      }),
    ).toBe(
      '# Signaler une vulnérabilité de l’Atlas du label Territoire Numérique Libre (report a vulnerability).\n' +
        'Contact: mailto:securite@exemple.fr\n' +
        'Expires: 2027-11-30T00:00:00.000Z\n' +
        'Preferred-Languages: fr, en\n' +
        'Canonical: https://exemple.fr/.well-known/security.txt\n',
    );
  });
});
