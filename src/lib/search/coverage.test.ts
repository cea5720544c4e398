import { describe, expect, it } from 'vitest';
import { atlas, reference } from '../../../tests/support/search-fixture';
import { resolveCoverage, subsetCoverage } from './coverage';
import { buildCoverageIndex } from './lookup-files';

describe('resolveCoverage', () => {
  const index = buildCoverageIndex(reference, atlas);
  const commune = (code: string) => {
    const c = reference.communes.get(code)!;
    return { code, departement: c.departement, epci: c.epci ? { code: c.epci } : undefined };
  };

  it('lists what covers a commune from the closest to the widest, with each latest distinction', () => {
    const coverage = resolveCoverage(commune('69259'), index);
    expect(coverage.items.map((i) => [i.relation, i.territory.name, i.territory.distinction])).toEqual([['syndicat', 'SITIV', null]]);
    const rennes = resolveCoverage(commune('35238'), index);
    expect(rennes.items.map((i) => [i.relation, i.territory.distinction, i.territory.year])).toEqual([['epci', 'Or', 2025]]);
  });

  it('covers every commune of a labelled département', () => {
    const bordeaux = resolveCoverage(commune('33063'), index);
    expect(bordeaux.items.map((i) => `${i.relation}: ${i.territory.name} (${i.territory.distinction})`)).toEqual([
      'departement: Département de la Gironde (Badge)',
    ]);
  });

  it('answers nothing, with the names of the département and région, for a commune nothing covers', () => {
    expect(resolveCoverage(commune('29019'), index)).toEqual({
      items: [],
      nearby: [],
      departement: { code: '29', name: 'Finistère' },
      region: { code: '53', name: 'Bretagne' },
    });
  });
});

describe('subsetCoverage', () => {
  const index = buildCoverageIndex(reference, atlas);
  const covered = (code: string) => {
    const c = reference.communes.get(code)!;
    return { codes: [code], epci: c.epci, departement: c.departement };
  };

  it('keeps only the bodies that cover the given communes, renumbered, with the same answers', () => {
    const subset = subsetCoverage(index, [covered('69259'), covered('33063')]);
    expect(subset.territories.map((t) => t.name)).toEqual(['SITIV', 'Département de la Gironde']);
    expect(subset.member).toEqual({ '69259': [0] });
    expect(subset.departement).toEqual({ '33': [1] });
    expect(Object.keys(subset.departements).sort()).toEqual(['33', '69']);
    const venissieux = { code: '69259', departement: '69', coverage: subset };
    expect(resolveCoverage(venissieux, index)).toEqual(resolveCoverage({ code: '69259', departement: '69' }, index));
  });

  it('is empty for no communes', () => {
    expect(subsetCoverage(index, []).territories).toEqual([]);
  });
});
