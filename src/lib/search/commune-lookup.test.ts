import { describe, expect, it } from 'vitest';
import { codeShardFor, matchCommunes, nameKeys, nameShardsFor, parseLookupQuery, readRow, type LookupShard } from './commune-lookup';

describe('parseLookupQuery', () => {
  it('reads postal and INSEE codes, with spaces and Corsican letters', () => {
    expect(parseLookupQuery('38130')).toEqual({ kind: 'code', code: '38130' });
    expect(parseLookupQuery(' 38 151 ')).toEqual({ kind: 'code', code: '38151' });
    expect(parseLookupQuery('2a004')).toEqual({ kind: 'code', code: '2A004' });
    expect(parseLookupQuery('381')).toEqual({ kind: 'code', code: '381' });
  });

  it('asks for more digits when a code is too short to look up', () => {
    expect(parseLookupQuery('38')).toEqual({ kind: 'short', expects: 'code' });
    expect(parseLookupQuery('3')).toEqual({ kind: 'short', expects: 'code' });
  });

  it('folds names: accents, case, hyphens and apostrophes give one key', () => {
    const expected = { kind: 'name', key: 'saintmartinduriage' };
    expect(parseLookupQuery("Saint-Martin-d'Uriage")).toMatchObject(expected);
    expect(parseLookupQuery('saint martin d uriage')).toMatchObject(expected);
    expect(parseLookupQuery('SAINT MARTIN D’URIAGE')).toMatchObject(expected);
    expect(parseLookupQuery('ÉCHIROLLES')).toMatchObject({ key: 'echirolles' });
  });

  it('expands the usual abbreviations of saint and sainte', () => {
    expect(parseLookupQuery('St Martin d Uriage')).toMatchObject({ key: 'saintmartinduriage' });
    expect(parseLookupQuery('ste marie')).toMatchObject({ key: 'saintemarie' });
    expect(parseLookupQuery('villers st paul')).toMatchObject({ key: 'villerssaintpaul' });
  });

  it('reads a trailing département or postal code as a narrowing of the name', () => {
    expect(parseLookupQuery('Fontaine 38')).toEqual({ kind: 'name', key: 'fontaine', departement: '38', postalCode: undefined });
    expect(parseLookupQuery('saint joseph 974')).toMatchObject({ key: 'saintjoseph', departement: '974' });
    expect(parseLookupQuery('ajaccio 2a')).toMatchObject({ key: 'ajaccio', departement: '2A' });
    expect(parseLookupQuery('saint joseph 97480')).toMatchObject({ key: 'saintjoseph', postalCode: '97480' });
  });

  it('treats blank input as empty and one letter as too short', () => {
    expect(parseLookupQuery('  ')).toEqual({ kind: 'empty' });
    expect(parseLookupQuery("'-")).toEqual({ kind: 'empty' });
    expect(parseLookupQuery('é')).toEqual({ kind: 'short', expects: 'name' });
  });
});

describe('nameKeys', () => {
  it('finds a name with or without its article', () => {
    expect(nameKeys('Le Havre')).toEqual(['lehavre', 'havre']);
    expect(nameKeys("L'Abergement-Clémenciat")).toEqual(['labergementclemenciat', 'abergementclemenciat']);
    expect(nameKeys('Lens')).toEqual(['lens']);
    expect(nameKeys('La')).toEqual(['la']);
  });
});

describe('nameShardsFor', () => {
  const shards = ['a', 'bea', 'saint', 'saintm', 'saintn', 'v'];

  it('picks the one file whose range holds a complete key', () => {
    expect(nameShardsFor('abbeville', shards)).toEqual(['a']);
    expect(nameShardsFor('beaune', shards)).toEqual(['bea']);
    expect(nameShardsFor('saintmartinduriage', shards)).toEqual(['saintm']);
    expect(nameShardsFor('zillisheim', shards)).toEqual(['v']);
  });

  it('picks every file that may hold names starting with a short key', () => {
    expect(nameShardsFor('sain', shards)).toEqual(['bea', 'saint', 'saintm', 'saintn']);
    expect(nameShardsFor('saint', shards)).toEqual(['saint', 'saintm', 'saintn']);
  });
});

describe('codeShardFor', () => {
  it('names the file by the first three characters, when it exists', () => {
    expect(codeShardFor('38130', ['381', '382'])).toBe('381');
    expect(codeShardFor('2A004', ['2A0'])).toBe('2A0');
    expect(codeShardFor('99999', ['381'])).toBeUndefined();
  });
});

const shard: LookupShard = {
  epcis: { '200040715': 'Grenoble-Alpes-Métropole' },
  communes: [
    ['42242', 'Saint-Joseph', '42', '42800', 1996, ''],
    ['97412', 'Saint-Joseph', '974', '97480', 39207, ''],
    ['50498', 'Saint-Joseph', '50', '50700', 822, ''],
    ['38151', 'Échirolles', '38', '38130', 37000, '200040715'],
    ['38130', 'La Côte-Saint-André', '38', '38260', 5000, ''],
    ['97413', 'Saint-Joseph-de-Test', '974', '97400', 100000, ''],
    ['69149', 'Oullins-Pierre-Bénite', '69', '69310 69600', 38168, '', 'Pierre-Bénite', '69152'],
    ['69149', 'Oullins-Pierre-Bénite', '69', '69310 69600', 38168, ''],
  ],
};

describe('matchCommunes', () => {
  const names = (query: string) =>
    matchCommunes(parseLookupQuery(query), [shard]).map((m) => `${m.commune.name} (${m.commune.departement})`);

  it('lists homonyms with their département, exact names first, the most populated first', () => {
    expect(names('saint joseph')).toEqual(['Saint-Joseph (974)', 'Saint-Joseph (42)', 'Saint-Joseph (50)', 'Saint-Joseph-de-Test (974)']);
  });

  it('narrows homonyms by a trailing département code', () => {
    expect(names('saint joseph 42')).toEqual(['Saint-Joseph (42)']);
  });

  it('finds a commune by postal code and by INSEE code, exact codes first', () => {
    expect(names('38130')).toEqual(['Échirolles (38)', 'La Côte-Saint-André (38)']);
    expect(names('38151')).toEqual(['Échirolles (38)']);
    expect(names('381')).toEqual(['Échirolles (38)', 'La Côte-Saint-André (38)']);
  });

  it('finds a current commune through a former or delegated commune, by name and by code', () => {
    const [byName] = matchCommunes(parseLookupQuery('pierre benite'), [shard]);
    expect(byName?.commune).toMatchObject({ code: '69149', name: 'Oullins-Pierre-Bénite', via: { name: 'Pierre-Bénite', code: '69152' } });
    const [byCode] = matchCommunes(parseLookupQuery('69152'), [shard]);
    expect(byCode?.commune.via?.name).toBe('Pierre-Bénite');
  });

  it('shows a commune once, preferring its own name to a former one', () => {
    const matches = matchCommunes(parseLookupQuery('69310'), [shard]);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.commune.via).toBeUndefined();
  });

  it('finds nothing for gibberish or a short query', () => {
    expect(names('xqzwv')).toEqual([]);
    expect(names('3')).toEqual([]);
  });
});

describe('readRow', () => {
  it('names the EPCI and splits postal codes', () => {
    expect(readRow(shard.communes[3]!, shard.epcis)).toEqual({
      code: '38151',
      name: 'Échirolles',
      departement: '38',
      postalCodes: ['38130'],
      population: 37000,
      epci: { code: '200040715', name: 'Grenoble-Alpes-Métropole' },
      via: undefined,
    });
  });
});
