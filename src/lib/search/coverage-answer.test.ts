import { describe, expect, it } from 'vitest';
import type { Coverage, CoverageItem, CoverageTerritory } from './coverage';
import { coverageHeadline, datedResult, participle, resultWords } from './coverage-answer';

const body = (fields: Partial<CoverageTerritory>): CoverageTerritory => ({
  name: 'SITIV',
  kind: 'syndicat',
  path: '/territoires/sitiv/',
  year: 2022,
  distinction: 'Niveau 5',
  tone: 5,
  awards: 'label',
  ...fields,
});
const coverage = (...items: CoverageItem[]): Pick<Coverage, 'items'> => ({ items });
const venissieux = { code: '69259', name: 'Vénissieux' };

describe('coverageHeadline', () => {
  it('says « yes » in the present tense only for a result of the latest edition', () => {
    const echirolles = body({ name: 'Échirolles', kind: 'commune', year: 2025, distinction: 'Or', awards: 'distinction' });
    expect(coverageHeadline({ code: '38151', name: 'Échirolles' }, coverage({ relation: 'commune', territory: echirolles }), 2025)).toEqual(
      {
        kind: 'current',
        text: 'Oui, à l’édition 2025 (la dernière) : la commune elle-même est distinguée (Or).',
      },
    );
  });

  it('dates an older result and says that none is known since, through whom it comes', () => {
    expect(coverageHeadline(venissieux, coverage({ relation: 'syndicat', territory: body({}) }), 2025)).toEqual({
      kind: 'past',
      text: 'En 2022 : le syndicat SITIV, dont elle est membre, a été labellisé (Niveau 5) ; aucun résultat connu depuis.',
    });
    const grandEst = body({ name: 'Région Grand Est', kind: 'region', year: 2019, distinction: null, tone: 0 });
    expect(coverageHeadline({ code: '57463', name: 'Metz' }, coverage({ relation: 'region', territory: grandEst }), 2025)?.text).toBe(
      'En 2019 : sa région, Région Grand Est, a été labellisée (niveau non connu) ; aucun résultat connu depuis.',
    );
  });

  it('covers a commune nouvelle only through the former commune that is a member, and names it', () => {
    const part = { relation: 'syndicat' as const, territory: body({}), former: { name: 'Pierre-Bénite', whole: false } };
    const opb = { code: '69149', name: 'Oullins-Pierre-Bénite' };
    expect(coverageHeadline(opb, coverage(part), 2025)).toEqual({
      kind: 'part',
      text: 'En partie seulement : seule l’ancienne commune de Pierre-Bénite, aujourd’hui dans Oullins-Pierre-Bénite, est membre du syndicat SITIV, labellisé en 2022 (Niveau 5, dernier résultat connu).',
    });
    expect(coverageHeadline({ ...opb, via: { name: 'Oullins', code: '69149' } }, coverage(part), 2025)?.text).toMatch(
      /^Pas l’ancienne commune d’Oullins : seule l’ancienne commune de Pierre-Bénite, aujourd’hui dans Oullins-Pierre-Bénite/,
    );
    const whole = { ...part, former: { name: 'Pierre-Bénite', whole: true } };
    expect(coverageHeadline({ ...opb, via: { name: 'Pierre-Bénite', code: '69152' } }, coverage(whole), 2025)?.text).toBe(
      'En 2022 : le syndicat SITIV, dont Pierre-Bénite (ancienne commune, aujourd’hui dans Oullins-Pierre-Bénite) est membre, a été labellisé (Niveau 5) ; aucun résultat connu depuis.',
    );
  });

  it('speaks of the closest body that covers the whole commune before one covering a part', () => {
    const part = { relation: 'syndicat' as const, territory: body({}), former: { name: 'Pierre-Bénite', whole: false } };
    const region = { relation: 'region' as const, territory: body({ name: 'Auvergne-Rhône-Alpes', kind: 'region', year: 2025 }) };
    expect(coverageHeadline({ code: '69149', name: 'Oullins-Pierre-Bénite' }, coverage(part, region), 2025)?.kind).toBe('current');
  });

  it('has no headline when nothing known covers the commune', () => {
    expect(coverageHeadline(venissieux, coverage(), 2025)).toBeUndefined();
  });
});

describe('the words of a result', () => {
  it('agree with the body and with the edition’s scale', () => {
    expect(participle({ kind: 'commune', awards: 'distinction' })).toBe('distinguée');
    expect(participle({ kind: 'syndicat', awards: 'label' })).toBe('labellisé');
    expect(datedResult(body({ year: 2025, awards: 'distinction' }), 2025)).toBe('distingué à l’édition 2025, la dernière');
    expect(datedResult(body({}), 2025)).toBe('labellisé en 2022 (dernier résultat connu)');
  });

  it('say an entry distinction is not the label, and give the mentions of an unknown tier', () => {
    expect(resultWords({ distinction: 'Badge', entry: true })).toBe('Badge, distinction d’entrée');
    expect(resultWords({ distinction: null, mentions: ['Sobriété numérique'] })).toBe('mention « Sobriété numérique », niveau non connu');
    expect(resultWords({ distinction: null })).toBe('niveau non connu');
  });
});
