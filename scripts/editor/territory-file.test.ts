import { describe, expect, it } from 'vitest';
import { assignSlugs, departementTitle, handMadeTerritoryText, territoryFileText } from './territory-file';

describe('territory files of first-time entrants', () => {
  const commune = (name: string, code: string, departement: string) => ({
    kind: 'commune' as const,
    code,
    name,
    departements: [departement],
  });

  it('take the name as slug, adding the département on a clash with an existing file or another newcomer', () => {
    expect(assignSlugs([commune('Saint-Joseph', '50498', '50')], new Set(['saint-joseph']))).toEqual(['saint-joseph-50']);
    expect(assignSlugs([commune('Bretagne', '36024', '36'), commune('Bretagne', '90019', '90')], new Set())).toEqual([
      'bretagne-36',
      'bretagne-90',
    ]);
    expect(assignSlugs([{ kind: 'epci', code: '200040277', name: 'CA Agglo du Pays de Dreux', departements: ['28'] }], new Set())).toEqual([
      'pays-de-dreux',
    ]);
    expect(assignSlugs([{ kind: 'epci', code: '249740085', name: 'CA du Sud', departements: ['974'] }], new Set())).toEqual(['ca-du-sud']);
  });

  it('are written like the existing ones: header, kind, quoted code, a title for départements', () => {
    expect(territoryFileText(commune('Lettret', '05074', '05'))).toBe(
      '# yaml-language-server: $schema=../../public/schemas/territory.schema.json\nkind: commune\ncode: "05074"\n',
    );
    expect(departementTitle('Gironde', 3)).toBe('Département de la Gironde');
    expect(departementTitle('Ain', 5)).toBe("Département de l'Ain");
    expect(departementTitle('Nord', 2)).toBe('Département du Nord');
    expect(departementTitle('Côtes-d’Armor', 4)).toBe('Département des Côtes-d’Armor');
  });

  it('give, for a body the COG does not list, the file to write by hand with placeholders for its SIREN and seat', () => {
    expect(handMadeTerritoryText('Parc national des Écrins', 'autre')).toBe(
      '# yaml-language-server: $schema=../../public/schemas/territory.schema.json\nkind: autre\nname: Parc national des Écrins\ncode: "<SIREN>"\nseat: "<code INSEE du siège>"\n',
    );
    expect(handMadeTerritoryText('Syndicat : Numérique 2000', undefined)).toBe(
      '# yaml-language-server: $schema=../../public/schemas/territory.schema.json\nkind: autre # ou syndicat\nname: "Syndicat : Numérique 2000"\ncode: "<SIREN>"\nseat: "<code INSEE du siège>"\n',
    );
  });
});
