// The no-JavaScript answer, département by département, on the real reference and content (facts
// that stay true when a territory is added), and on the fixture atlas for a département nothing covers.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { buildAtlas } from '../record/atlas';
import { contentDirectory } from '../content/content-dir';
import { loadContentFromDisk } from '../content/content-fs';
import { departementOverview, departementsByRegion } from './departement-overview';
import { buildCoverageIndex } from './lookup-files';
import { loadReference } from '../reference/reference-fs';

const reference = loadReference();
const atlas = buildAtlas(loadContentFromDisk(path.resolve(import.meta.dirname, '../../..'), contentDirectory()).content, reference);
const index = buildCoverageIndex(reference, atlas);
const names = (groups: Array<{ territory: { name: string } }>) => groups.map((g) => g.territory.name);

describe('departementOverview', () => {
  it('lists the labelled EPCI with its member communes of the département', () => {
    const o = departementOverview('35', reference, index);
    expect(names(o.communes)).toContain('Rennes');
    const rennesMetropole = o.epcis.find((g) => g.territory.name === 'Rennes Métropole')!;
    expect(rennesMetropole.communes).toHaveLength(43);
    expect(rennesMetropole.communes).toContain('Cesson-Sévigné');
    expect(o.region).toEqual({ code: '53', name: 'Bretagne' });
  });

  it('lists the members of a syndicat that live in the département only', () => {
    const sitiv = (code: string) => departementOverview(code, reference, index).syndicats.find((g) => g.territory.name === 'SITIV')!;
    // Pierre-Bénite is a member by its own code, as SITIV's sources name it: not the whole commune nouvelle.
    expect(sitiv('69').communes).toEqual([
      'Corbas',
      'Givors',
      'Grigny-sur-Rhône',
      'Pierre-Bénite (ancienne commune, aujourd’hui dans Oullins-Pierre-Bénite)',
      'Vaulx-en-Velin',
      'Vénissieux',
    ]);
    expect(sitiv('42').communes).toEqual(['Rive-de-Gier', 'Saint-Chamond']);
  });

  it('says when the département or the région covers every commune', () => {
    expect(departementOverview('33', reference, index).labelledDepartement.map((t) => t.name)).toEqual(['Département de la Gironde']);
    expect(departementOverview('67', reference, index).labelledRegion.map((t) => t.name)).toEqual(['Région Grand Est']);
  });

  it('mentions bodies without listed members apart, and finds nothing where nothing is labelled', () => {
    const morbihan = departementOverview('56', reference, index);
    expect(morbihan.nearby.map((t) => t.name)).toContain('Morbihan Énergies');
    expect(morbihan.syndicats.map((g) => g.territory.name)).not.toContain('Morbihan Énergies');
    // Nothing of the fixture atlas is in the Gironde or in Nouvelle-Aquitaine, whatever the content says.
    const fixtureIndex = buildCoverageIndex(reference, fixtureAtlas());
    expect(departementOverview('33', reference, fixtureIndex)).toMatchObject({
      name: 'Gironde',
      communeCount: 534,
      labelledDepartement: [],
      labelledRegion: [],
      communes: [],
      epcis: [],
      syndicats: [],
      nearby: [],
    });
  });
});

describe('departementsByRegion', () => {
  it('groups every département with communes under its région, overseas included', () => {
    const groups = departementsByRegion(reference);
    const all = groups.flatMap((g) => g.departements.map((d) => d.code));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(['01', '2A', '2B', '38', '974', '976']));
    expect(groups.find((g) => g.region === 'Bretagne')?.departements.map((d) => d.code)).toEqual(['22', '29', '35', '56']);
  });
});
