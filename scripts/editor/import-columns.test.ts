import { describe, expect, it } from 'vitest';
import { mapColumns } from './import-columns';

describe('mapColumns', () => {
  it('matches French and English header names without accents or case', () => {
    expect(mapColumns(['COLLECTIVITÉ', 'Dépt', 'Niveau obtenu', 'Mentions spéciales', 'Lien', ''])).toEqual({
      columns: { name: 0, departement: 1, distinction: 2, mentions: 3, source: 4 },
      ignored: [],
      problems: [],
    });
    expect(mapColumns(['Name', 'Level', 'Department']).columns).toEqual({ name: 0, distinction: 1, departement: 2 });
    expect(mapColumns(['Année', 'Nom', 'Niveau']).columns).toEqual({ year: 0, name: 1, distinction: 2 });
    expect(mapColumns(['year', 'name', 'distinction']).columns).toEqual({ year: 0, name: 1, distinction: 2 });
    expect(mapColumns(['Édition', 'Nom', 'Niveau']).columns).toEqual({ year: 0, name: 1, distinction: 2 });
  });

  it('reads the jury’s workbook as it is: its headers understood, the columns it does not need listed as ignored', () => {
    expect(
      mapColumns([
        'N°',
        'Collectivité',
        'Code INSEE/SIREN',
        'Nature juridique',
        'Département',
        'Distinction',
        'Mentions',
        'Date de remise',
      ]),
    ).toEqual({
      columns: { name: 1, code: 2, kind: 3, departement: 4, distinction: 5, mentions: 6 },
      ignored: ['N°', 'Date de remise'],
      problems: [],
    });
  });

  it('reports repeated and missing columns, proposing an ignored header that looks like the missing one', () => {
    expect(mapColumns(['Nom', 'Collectivité', 'Population'])).toEqual({
      columns: { name: 0 },
      ignored: ['Population'],
      problems: [
        {
          column: 'Collectivité',
          message: 'deux colonnes donnent collectivité : « Nom » et « Collectivité »',
          suggestion: 'gardez-en une seule',
        },
        {
          message: 'colonne distinction absente',
          suggestion: 'ajoutez une colonne nommée par exemple « distinction », « niveau », « label »',
        },
      ],
    });
    expect(mapColumns(['Collectivité', 'Distiction']).problems).toEqual([
      { message: 'colonne distinction absente', suggestion: 'la colonne « Distiction » est-elle celle-ci ? renommez-la « distinction »' },
    ]);
  });
});
