import { describe, expect, it } from 'vitest';
import { loadReference } from '../../src/lib/reference/reference-fs';
import { mentionLabel, readConfidence, readDepartement, readDistinction, readKind, readMentions, readYear } from './import-values';

const reference = loadReference();
const levels = [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: `Niveau ${n}`, short: String(n) }));
const medals = ['badge', 'bronze', 'argent', 'or'].map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) }));
const mentions = [
  { id: 'sobriete', label: 'Sobriété numérique' },
  { id: 'mutualisation', label: 'Mutualisation' },
];

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
    expect(readDistinction('', medals, 2025)).toEqual({
      ok: false,
      message: 'distinction manquante',
      suggestion:
        'écrivez badge, bronze, argent, or, ou inconnue si la source dit que la collectivité est distinguée sans donner sa distinction',
    });
  });
});

describe('readMentions', () => {
  const official2025 = [
    { id: 'meilleure-premiere-candidature', label: 'Meilleure première candidature' },
    { id: 'mutualisation', label: 'Mutualisation' },
    { id: 'promotion', label: 'Promotion, communication et sensibilisation aux logiciels libres' },
    { id: 'sobriete', label: 'Sobriété numérique : durabilité des équipements' },
  ];

  it('reads several mentions by id or label, whatever the separator', () => {
    expect(readMentions('Sobriété numérique ; mutualisation', mentions)).toEqual({ ids: ['sobriete', 'mutualisation'], unknown: [] });
    expect(readMentions('meilleure première candidature;mutualisation', official2025).ids).toEqual([
      'meilleure-premiere-candidature',
      'mutualisation',
    ]);
    expect(readMentions('sobriété numérique: durabilité des équipements', official2025)).toEqual({ ids: ['sobriete'], unknown: [] });
    expect(readMentions('', mentions)).toEqual({ ids: [], unknown: [] });
  });

  it('keeps a comma that belongs to a declared name, and still splits on the other commas', () => {
    expect(readMentions('Promotion, communication et sensibilisation aux logiciels libres, Mutualisation', official2025)).toEqual({
      ids: ['promotion', 'mutualisation'],
      unknown: [],
    });
  });

  it('returns an undeclared mention with the declared ones it really resembles', () => {
    expect(readMentions('promotion et sensibilisation au libre', official2025)).toEqual({
      ids: [],
      unknown: [{ text: 'promotion et sensibilisation au libre', close: [official2025[2]] }],
    });
    expect(readMentions('Sobriete numerik', mentions).unknown).toEqual([{ text: 'Sobriete numerik', close: [mentions[0]] }]);
    expect(readMentions('Open data', official2025).unknown).toEqual([{ text: 'Open data', close: [] }]);
    // One common word is not a resemblance.
    expect(readMentions('logiciels', official2025).unknown).toEqual([{ text: 'logiciels', close: [] }]);
  });

  it('gives the label to declare: the cell as written, with a capital first letter', () => {
    expect(mentionLabel('sobriété numérique')).toBe('Sobriété numérique');
    expect(mentionLabel('OPEN DATA')).toBe('Open data');
    expect(mentionLabel('Prix du jury RGAA')).toBe('Prix du jury RGAA');
  });
});

describe('readYear', () => {
  it('reads four digits and refuses an empty or shortened year', () => {
    expect(readYear(' 2024 ')).toEqual({ ok: true, value: 2024 });
    expect(readYear('')).toEqual({
      ok: false,
      message: 'année manquante',
      suggestion: 'complétez la cellule (ex. 2024) ou supprimez la ligne',
    });
    expect(readYear('24')).toEqual({ ok: false, message: 'année « 24 » invalide', suggestion: 'attendu : quatre chiffres (ex. 2024)' });
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
