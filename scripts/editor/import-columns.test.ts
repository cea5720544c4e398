import { describe, expect, it } from 'vitest';
import { mapColumns } from './import-columns';

describe('mapColumns', () => {
  it('matches French and English header names without accents or case', () => {
    expect(mapColumns(['COLLECTIVITÉ', 'Dépt', 'Niveau obtenu', 'Mentions spéciales', 'Lien', ''])).toEqual({
      columns: { name: 0, departement: 1, distinction: 2, mentions: 3, source: 4 },
      problems: [],
    });
    expect(mapColumns(['Name', 'Level', 'Department']).columns).toEqual({ name: 0, distinction: 1, departement: 2 });
    expect(mapColumns(['Année', 'Nom', 'Niveau']).columns).toEqual({ year: 0, name: 1, distinction: 2 });
    expect(mapColumns(['year', 'name', 'distinction']).columns).toEqual({ year: 0, name: 1, distinction: 2 });
    expect(mapColumns(['Édition', 'Nom', 'Niveau']).columns).toEqual({ year: 0, name: 1, distinction: 2 });
  });

  it('reports unknown, repeated and missing columns', () => {
    expect(mapColumns(['Nom', 'Collectivité', 'Population']).problems.map((p) => p.message)).toEqual([
      'deux colonnes donnent collectivité : « Nom » et « Collectivité »',
      'colonne « Population » inconnue',
      'colonne distinction absente',
    ]);
  });
});
