// The commune lookup on the real reference (every current commune) and the real content: what a
// citizen gets for their commune, whatever covers it. Real-content cases state what stays true when
// a territory or an edition is added; a commune nothing covers is taken from the fixture atlas.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { readEditions } from '../../../tests/support/content-yaml';
import { buildAtlas } from '../record/atlas';
import { codeShardFor, matchCommunes, nameShardsFor, parseLookupQuery, type LookupShard } from './commune-lookup';
import { contentDirectory } from '../content/content-dir';
import { loadContentFromDisk } from '../content/content-fs';
import { resolveCoverage } from './coverage';
import { coverageHeadline } from './coverage-answer';
import { buildCoverageIndex, buildLookupFiles, MAX_SHARD_SIZE, partitionByRange } from './lookup-files';
import { loadReference } from '../reference/reference-fs';

const root = path.resolve(import.meta.dirname, '../../..');
const reference = loadReference();
const atlas = buildAtlas(loadContentFromDisk(root, contentDirectory()).content, reference);
const files = buildLookupFiles(reference, atlas);

/** What the browser does: parse, load the files the index names, match. */
function lookup(raw: string) {
  const query = parseLookupQuery(raw);
  let shards: LookupShard[] = [];
  if (query.kind === 'code') {
    const key = codeShardFor(query.code, files.index.codes);
    shards = key ? [files.codes.get(key)!] : [];
  } else if (query.kind === 'name') {
    shards = nameShardsFor(query.key, files.index.names).map((key) => files.names.get(key)!);
  }
  return matchCommunes(query, shards, Infinity);
}

/** "relation: name" for each body covering the first commune found. */
function coverageOf(raw: string, departement?: string): string[] {
  const match = lookup(raw).find((m) => !departement || m.commune.departement === departement);
  if (!match) throw new Error(`aucune commune pour ${raw}`);
  return resolveCoverage(match.commune, files.index.coverage).items.map((i) => `${i.relation}: ${i.territory.name}`);
}

describe('partitionByRange', () => {
  it('cuts sorted keys into runs of at most max, never between equal keys, each found by its name', () => {
    const keys = ['b', 'a', 'aa', 'ab', 'ab', 'ab', 'abc', 'b', 'ba', 'c', 'saint', 'sainte', 'saintf'];
    const runs = partitionByRange(
      keys.map((key) => ({ key })),
      2,
    );
    for (const [, items] of runs) expect(new Set(items.map((i) => i.key)).size).toBeLessThanOrEqual(2);
    expect([...runs.values()].flat()).toHaveLength(keys.length);
    const names = [...runs.keys()];
    for (const key of keys) {
      const [name] = nameShardsFor(key, names).filter((n) => runs.get(n)!.some((i) => i.key === key));
      expect(name, key).toBeDefined();
    }
    const ab = [...runs.values()].filter((items) => items.some((i) => i.key === 'ab'));
    expect(ab).toHaveLength(1);
  });
});

describe('buildLookupFiles', () => {
  it('covers every current commune, in name files of bounded size', () => {
    const rows = new Set([...files.names.values()].flatMap((s) => s.communes.map((r) => r[0])));
    expect(rows.size).toBe(reference.communes.size);
    expect(reference.communes.size).toBeGreaterThan(34_000);
    // A run may go past the limit only to keep homonyms together (at most a dozen share a name).
    for (const shard of files.names.values()) expect(shard.communes.length).toBeLessThanOrEqual(MAX_SHARD_SIZE + 12);
  });

  it('finds a sample of communes by name, INSEE code and each postal code', () => {
    const communes = [...reference.communes.values()].filter((_, i) => i % 97 === 0);
    expect(communes.length).toBeGreaterThan(300);
    const found = (raw: string, code: string) => lookup(raw).some((m) => m.commune.code === code && !m.commune.via);
    for (const c of communes) {
      expect(found(c.name, c.code), `${c.name} par son nom`).toBe(true);
      expect(found(c.code, c.code), `${c.name} par ${c.code}`).toBe(true);
      for (const postal of c.postalCodes) expect(found(postal, c.code), `${c.name} par ${postal}`).toBe(true);
    }
  });

  it('finds Échirolles first by 38130 (postal) and 38151 (INSEE), and by any spelling', () => {
    expect(lookup('38130')[0]?.commune.name).toBe('Échirolles');
    expect(lookup('38151')[0]?.commune.name).toBe('Échirolles');
    for (const spelling of ['echirolles', 'ECHIROLLES', 'Échirolles', 'échi'])
      expect(lookup(spelling)[0]?.commune.name, spelling).toBe('Échirolles');
    expect(lookup('saint martin d uriage')[0]?.commune.name).toBe("Saint-Martin-d'Uriage");
  });

  it('lists homonyms in several départements', () => {
    const exact = lookup('Saint-Joseph').filter((m) => m.score === 0);
    expect(exact.map((m) => m.commune.departement)).toEqual(['974', '972', '42', '50']);
    expect(lookup('Montreuil').filter((m) => m.score === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('finds a commune nouvelle through the name and code of a delegated commune', () => {
    const [match] = lookup('Pierre-Bénite');
    expect(match?.commune).toMatchObject({ name: 'Oullins-Pierre-Bénite', via: { name: 'Pierre-Bénite', code: '69152' } });
    expect(lookup('69152')[0]?.commune.name).toBe('Oullins-Pierre-Bénite');
  });

  it('finds a name without its article', () => {
    expect(lookup('havre')[0]?.commune.name).toBe('Le Havre');
  });
});

describe('coverage of real communes', () => {
  it('says when the commune itself is labelled', () => {
    expect(coverageOf('Échirolles')).toContain('commune: Échirolles');
  });

  it('finds the labelled EPCI of a member commune', () => {
    expect(coverageOf('Cesson-Sévigné')).toContain('epci: Rennes Métropole');
    expect(coverageOf('Rennes')).toEqual(expect.arrayContaining(['commune: Rennes', 'epci: Rennes Métropole']));
    expect(coverageOf('Saint-Christol-lez-Alès')).toContain('epci: CA Alès Agglomération');
  });

  it('finds a syndicat listing the commune as member, also through a former commune', () => {
    expect(coverageOf('Vénissieux')).toContain('syndicat: SITIV');
    expect(coverageOf('Pierre-Bénite')).toContain('syndicat: SITIV');
  });

  it('covers a commune nouvelle only through the former commune a syndicat lists, and names it', () => {
    // SITIV's sources name Pierre-Bénite (69152), inside Oullins-Pierre-Bénite since 2024: not Oullins.
    const items = (raw: string) =>
      resolveCoverage(lookup(raw)[0]!.commune, files.index.coverage).items.filter((i) => i.territory.name === 'SITIV');
    expect(items('Pierre-Bénite')).toEqual([
      expect.objectContaining({ relation: 'syndicat', former: { name: 'Pierre-Bénite', whole: true } }),
    ]);
    for (const raw of ['Oullins', 'Oullins-Pierre-Bénite', '69600'])
      expect(items(raw), raw).toEqual([expect.objectContaining({ relation: 'syndicat', former: { name: 'Pierre-Bénite', whole: false } })]);
    const [oullins] = lookup('Oullins');
    const headline = coverageHeadline(
      oullins!.commune,
      resolveCoverage(oullins!.commune, files.index.coverage),
      files.index.coverage.latestYear,
    );
    expect(headline?.kind).toBe('part');
    expect(headline?.text).toMatch(
      /^Pas l’ancienne commune d’Oullins : seule l’ancienne commune de Pierre-Bénite, aujourd’hui dans Oullins-Pierre-Bénite, est membre du syndicat SITIV, labellisé en \d{4}/,
    );
  });

  it('dates every answer and says « yes » only for a result of the latest edition', () => {
    const latestYear = files.index.coverage.latestYear!;
    expect(latestYear).toBe(Math.max(...readEditions().map((e) => e.year)));
    for (const raw of ['Metz', 'Vénissieux', 'Échirolles', 'Colomiers', 'Strasbourg']) {
      const [match] = lookup(raw);
      const coverage = resolveCoverage(match!.commune, files.index.coverage);
      const headline = coverageHeadline(match!.commune, coverage, latestYear)!;
      const year = coverage.items.find((i) => !i.former || i.former.whole)!.territory.year;
      expect(headline.text, raw).toContain(String(year));
      expect(headline.kind, raw).toBe(year === latestYear ? 'current' : 'past');
      if (headline.kind === 'past') expect(headline.text, raw).toMatch(/a été (labellisé|distingué)e? .*aucun résultat connu depuis\.$/);
    }
  });

  it('finds the labelled département and région', () => {
    expect(coverageOf('Bordeaux')).toContain('departement: Département de la Gironde');
    expect(coverageOf('Canéjan')).toEqual(expect.arrayContaining(['commune: Canéjan', 'departement: Département de la Gironde']));
    expect(coverageOf('Strasbourg')).toContain('region: Région Grand Est');
    expect(coverageOf('Nancy')).toEqual(expect.arrayContaining(['commune: Nancy', 'region: Région Grand Est']));
  });

  it('lists the closest body first: the commune, then its EPCI, syndicats, département and région', () => {
    const order = ['commune', 'epci', 'syndicat', 'departement', 'region'];
    for (const name of ['Rennes', 'Canéjan', 'Nancy', 'Vénissieux', 'Strasbourg']) {
      const ranks = coverageOf(name).map((line) => order.indexOf(line.split(':')[0]!));
      expect(ranks, name).toEqual(ranks.toSorted((a, b) => a - b));
    }
  });

  it('says nothing covers a commune that no palmarès names, with its EPCI, département and région', () => {
    // The fixture atlas has nothing in the Gironde or in Nouvelle-Aquitaine.
    const [bordeaux] = lookup('Bordeaux');
    // Against another atlas' index: without the coverage its lookup file carries for the real content.
    const coverage = resolveCoverage({ ...bordeaux!.commune, coverage: undefined }, buildCoverageIndex(reference, fixtureAtlas()));
    expect(coverage.items).toEqual([]);
    expect(bordeaux!.commune.epci?.name).toBe('Bordeaux Métropole');
    expect(coverage.departement).toEqual({ code: '33', name: 'Gironde' });
    expect(coverage.region).toEqual({ code: '75', name: 'Nouvelle-Aquitaine' });
  });

  it('mentions a labelled body of the département whose members are not listed, without calling the commune labelled', () => {
    const [vannes] = lookup('Vannes');
    const coverage = resolveCoverage(vannes!.commune, files.index.coverage);
    expect(coverage.items.map((i) => i.territory.name)).not.toContain('Morbihan Énergies');
    expect(coverage.nearby.map((t) => t.name)).toContain('Morbihan Énergies');
  });

  it('gives the latest distinction in the words of its own edition', () => {
    // Saint-Joseph (La Réunion) was level 4 in 2016; its latest result is read from the edition files.
    const latest = readEditions().findLast((e) => e.results.some((r) => r.territory === 'saint-joseph'))!;
    const id = latest.results.find((r) => r.territory === 'saint-joseph')!.distinction;
    const territory = files.coverage.territories.find((t) => t.name === 'Saint-Joseph');
    expect(territory).toMatchObject({
      year: latest.year,
      distinction: latest.scale.find((d) => d.id === id)?.label ?? null,
      path: '/territoires/saint-joseph/',
    });
    expect(
      readEditions()
        .find((e) => e.year === 2016)!
        .results.find((r) => r.territory === 'saint-joseph')?.distinction,
    ).toBe('4');
  });

  it('does not repeat a région that has the département’s name', () => {
    const [stJoseph] = lookup('saint joseph 974');
    const coverage = resolveCoverage(stJoseph!.commune, files.index.coverage);
    expect(coverage.departement?.name).toBe('La Réunion');
    expect(coverage.region).toBeUndefined();
  });
});

describe('lookup file sizes', () => {
  it('keeps each file small for the browser', () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    // The index no longer grows with the palmarès: the bodies covering a commune travel in its own file.
    expect(size(files.index)).toBeLessThan(12_000);
    expect(files.index.coverage.territories).toEqual([]);
    for (const shard of [...files.names.values(), ...files.codes.values()]) expect(size(shard)).toBeLessThan(30_000);
  });
});
