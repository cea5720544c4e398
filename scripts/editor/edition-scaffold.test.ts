import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEntry } from '../../src/lib/content/content-fs';
import { editionSchema, type Edition } from '../../src/schemas/edition';
import { ScaffoldError, scaffoldEdition } from './edition-scaffold';

const previous: Edition = editionSchema.parse({
  year: 2023,
  announcedOn: '2023-12-06',
  event: 'Open Source Experience',
  place: 'Paris',
  scheme: 'niveaux-1-5',
  scale: [1, 2, 3, 4, 5].map((n) => ({ id: n, label: `Niveau ${n}`, short: String(n) })),
  mentions: [{ id: 'coup-de-coeur', label: 'Candidature coup de cœur' }],
  jury: ['ADULLACT'],
  sources: [{ url: 'https://territoire-numerique-libre.org/edition-2023/' }],
});

const facts = { announcedOn: '2024-12-04', event: 'Open Source Experience', place: 'Paris', source: 'https://example.org/2024' };

describe('scaffoldEdition', () => {
  it('starts from the previous edition’s scale, mentions and scheme, and passes the schema once the facts are given', () => {
    const scaffold = scaffoldEdition({ year: 2024, previous, ...facts });
    expect(scaffold.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../public/schemas/edition.schema.json');
    expect(scaffold.missing).toEqual([]);
    const edition = editionSchema.parse(parse(scaffold.text));
    expect(edition).toMatchObject({ year: 2024, scheme: 'niveaux-1-5', results: [], jury: [] });
    expect(edition.scale).toEqual(previous.scale);
    expect(edition.mentions).toEqual(previous.mentions);
    expect(scaffold.text).toContain('  - id: 5\n    label: Niveau 5\n');
  });

  it('takes a new scale and new mentions from the options, deriving the scheme from the ids', () => {
    const scaffold = scaffoldEdition({
      year: 2025,
      previous,
      ...facts,
      scale: 'badge:Badge, bronze:Bronze,argent:Argent,or:Or',
      mentions: 'Sobriété numérique,mutualisation:Mutualisation',
    });
    const edition = editionSchema.parse(parse(scaffold.text));
    expect(edition.scheme).toBe('badge-bronze-argent-or');
    expect(edition.scale.map((d) => `${d.id}:${d.label}`)).toEqual(['badge:Badge', 'bronze:Bronze', 'argent:Argent', 'or:Or']);
    expect(edition.mentions.map((m) => m.id)).toEqual(['sobriete-numerique', 'mutualisation']);
    expect(scaffold.scaleFrom).toBe('options');
  });

  it('keeps a comma inside a mention’s name when the list is written id:Nom, as the official 2025 names need', () => {
    const scaffold = scaffoldEdition({
      year: 2025,
      previous,
      ...facts,
      mentions:
        'meilleure-premiere-candidature:Meilleure première candidature,mutualisation:Mutualisation,promotion:Promotion, communication et sensibilisation aux logiciels libres,sobriete:Sobriété numérique : durabilité des équipements',
    });
    expect(editionSchema.parse(parse(scaffold.text)).mentions).toEqual([
      { id: 'meilleure-premiere-candidature', label: 'Meilleure première candidature' },
      { id: 'mutualisation', label: 'Mutualisation' },
      { id: 'promotion', label: 'Promotion, communication et sensibilisation aux logiciels libres' },
      { id: 'sobriete', label: 'Sobriété numérique : durabilité des équipements' },
    ]);
  });

  it('leaves the facts it was not given for the editor, listed in a comment that check:content confirms', () => {
    const scaffold = scaffoldEdition({ year: 2024, previous });
    expect(scaffold.missing).toEqual(['announcedOn', 'event', 'place', 'sources']);
    expect(scaffold.text).toContain('#   announcedOn : date d’annonce des résultats, AAAA-MM-JJ (--date)');
    const { problems } = parseEntry('content/editions/2024.yaml', { yaml: scaffold.text, offset: 0 }, editionSchema);
    expect(problems.map((p) => p.field?.replace(/ \(ligne \d+\)/, ''))).toEqual(['announcedOn', 'event', 'place', 'sources']);
  });

  it('refuses options that would make an invalid edition, naming the option', () => {
    const error = (input: Parameters<typeof scaffoldEdition>[0]) => {
      try {
        scaffoldEdition(input);
      } catch (e) {
        expect(e).toBeInstanceOf(ScaffoldError);
        return (e as Error).message;
      }
      throw new Error('expected a ScaffoldError');
    };
    expect(error({ year: 2024 })).toMatch(/^aucune édition avant 2024 dont reprendre l’échelle : donnez-la avec --echelle/);
    expect(error({ year: 2024, previous, scale: 'a:A,inconnue:Inconnue' })).toMatch(
      /^--echelle : « inconnue:Inconnue » : « inconnue » est réservé/,
    );
    expect(error({ year: 2024, previous, scale: 'or:Or,or:Or bis' })).toBe('--echelle : l’identifiant « or » apparaît deux fois');
    expect(error({ year: 2024, previous, announcedOn: '4 décembre' })).toBe('--date : attendu : une date AAAA-MM-JJ');
    expect(error({ year: 2024, previous, source: 'territoire-numerique-libre.org' })).toMatch(
      /^--source : attendu : une adresse web complète/,
    );
  });
});
