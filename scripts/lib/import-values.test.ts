import { describe, expect, it } from 'vitest';
import { loadReference } from '../../src/lib/reference-data';
import { mapColumns } from './import-columns';
import { readConfidence, readDepartement, readDistinction, readKind, readMentions } from './import-values';
import { assignSlugs, departementTitle, territoryFileText } from './territory-file';

const reference = loadReference();
const levels = [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: `Niveau ${n}`, short: String(n) }));
const medals = ['badge', 'bronze', 'argent', 'or'].map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) }));
const mentions = [
  { id: 'sobriete', label: 'Sobriété numérique' },
  { id: 'mutualisation', label: 'Mutualisation' },
];

describe('mapColumns', () => {
  it('matches French and English header names without accents or case', () => {
    expect(mapColumns(['COLLECTIVITÉ', 'Dépt', 'Niveau obtenu', 'Mentions spéciales', 'Lien', ''])).toEqual({
      columns: { name: 0, departement: 1, distinction: 2, mentions: 3, source: 4 },
      problems: [],
    });
    expect(mapColumns(['Name', 'Level', 'Department']).columns).toEqual({ name: 0, distinction: 1, departement: 2 });
  });

  it('reports unknown, repeated and missing columns', () => {
    expect(mapColumns(['Nom', 'Collectivité', 'Population']).problems.map((p) => p.message)).toEqual([
      'deux colonnes donnent collectivité : « Nom » et « Collectivité »',
      'colonne « Population » inconnue',
      'colonne distinction absente',
    ]);
  });
});

describe('readDistinction', () => {
  it('accepts an id, a label, a short form or "Niveau N", and "inconnue" for an unknown level', () => {
    expect(['5', 'Niveau 5', 'niveau5', ' 5 '].map((c) => readDistinction(c, levels, 2024))).toEqual(
      Array(4).fill({ ok: true, value: '5' }),
    );
    expect(readDistinction('OR', medals, 2025)).toEqual({ ok: true, value: 'or' });
    expect(readDistinction('Inconnue', medals, 2025)).toEqual({ ok: true, value: null });
  });

  it('refuses a distinction outside the scale, listing the scale', () => {
    expect(readDistinction('Platine', medals, 2025)).toEqual({
      ok: false,
      message: 'distinction « Platine » absente de l’échelle de l’édition 2025',
      suggestion: 'attendu : badge (Badge), bronze (Bronze), argent (Argent), or (Or) ou inconnue',
    });
    expect(readDistinction('', levels, 2024)).toMatchObject({ ok: false, message: 'distinction manquante' });
  });
});

describe('readMentions', () => {
  it('reads several mentions by id or label, whatever the separator', () => {
    expect(readMentions('Sobriété numérique ; mutualisation', mentions, 2025)).toEqual({ ok: true, value: ['sobriete', 'mutualisation'] });
    expect(readMentions('', mentions, 2025)).toEqual({ ok: true, value: [] });
  });

  it('refuses an undeclared mention with "did you mean"', () => {
    expect(readMentions('Sobriete numerik', mentions, 2025)).toEqual({
      ok: false,
      message: 'mention « Sobriete numerik » non déclarée par l’édition 2025',
      suggestion:
        'vouliez-vous dire « Sobriété numérique » ? mentions déclarées : sobriete (Sobriété numérique), mutualisation (Mutualisation)',
    });
    expect(readMentions('Open data', [], 2024)).toMatchObject({
      ok: false,
      message: 'mention « Open data » : l’édition 2024 ne déclare aucune mention',
    });
  });
});

describe('readDepartement, readKind, readConfidence', () => {
  it('read a département from a code, a name, or both', () => {
    for (const cell of ['38', 'Isère', 'ISERE', 'Isère (38)', '38 - Isère'])
      expect(readDepartement(cell, reference)).toEqual({ ok: true, value: '38' });
    expect(readDepartement('1', reference)).toEqual({ ok: true, value: '01' });
    expect(readDepartement('2a', reference)).toEqual({ ok: true, value: '2A' });
    expect(readDepartement('', reference)).toEqual({ ok: true, value: undefined });
    expect(readDepartement('Isre', reference)).toMatchObject({
      ok: false,
      message: 'département « Isre » inconnu',
      suggestion: expect.stringMatching(/^vouliez-vous dire « Isère »/),
    });
    expect(readDepartement('99', reference)).toMatchObject({ ok: false, message: 'aucun département n’a le code « 99 »' });
  });

  it('read kinds and confidences in French or English', () => {
    expect(readKind('Intercommunalité')).toEqual({ ok: true, value: 'epci' });
    expect(readKind('Ville')).toEqual({ ok: true, value: 'commune' });
    expect(readKind('Association')).toMatchObject({ ok: false });
    expect(readConfidence('Moyenne')).toEqual({ ok: true, value: 'medium' });
    expect(readConfidence('sûre')).toMatchObject({ ok: false, suggestion: 'attendu : high (haute), medium (moyenne) ou low (faible)' });
  });
});

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
});
