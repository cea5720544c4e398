import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { FORMAT_HISTORY, datasetChangelog } from './changelog';
import { openDataCatalogue, openDataUrls } from './open-data';

const atlas = fixtureAtlas();

describe('datasetChangelog', () => {
  const entries = datasetChangelog(atlas);

  it('lists every edition and every format release, newest first', () => {
    expect(entries.map((e) => e.title)).toEqual([
      'Format 3 des fichiers, publié le 7 décembre 2026',
      'Format 2 des fichiers, publié le 1 décembre 2026',
      'Format 1 des fichiers, publié le 23 novembre 2026',
      'Édition 2025, annoncée le 6 décembre 2025',
      'Édition 2022, annoncée le 6 décembre 2022',
    ]);
  });

  it('says what an edition added: its results, the collectivités seen for the first time, a new scale, new mentions', () => {
    const y2025 = entries.find((e) => e.title.startsWith('Édition 2025'))!;
    expect(y2025.changes).toEqual([
      '5 résultats connus, dont 3 collectivités pour la première fois dans le relevé.',
      'Nouveau barème « badge-bronze-argent-or » : « Badge », « Bronze », « Argent » et « Or », de la plus basse à la plus haute distinction (rang_max = 4).',
      'Nouvelles mentions : « Sobriété numérique » et « Meilleure première candidature ».',
    ]);
    expect(y2025.files).toEqual(['editions/2025/resultats.csv', 'editions/2025/resultats-tableur.csv', 'editions/2025/resultats.json']);
  });

  it('marks the first edition of the record and counts results without a known distinction', () => {
    const y2022 = entries.find((e) => e.title.startsWith('Édition 2022'))!;
    expect(y2022.changes).toEqual([
      '4 résultats connus (dont 1 sans distinction connue), dont 4 collectivités pour la première fois dans le relevé.',
      'Première édition du relevé.',
    ]);
  });

  it('links only the files that exist, not the patterns', () => {
    const format2 = entries.find((e) => e.title.startsWith('Format 2'))!;
    expect(format2.files).toContain('datapackage.json');
    expect(format2.files.some((path) => path.includes('<'))).toBe(false);
  });
});

describe('FORMAT_HISTORY', () => {
  const files = openDataCatalogue(atlas, openDataUrls(undefined, '/'));
  const columns = new Set(files.flatMap((f) => f.fields.map((field) => field.path.replace(/^.*[.\]]/, ''))));

  it('adds only columns that the files have, and removes only columns they no longer have', () => {
    for (const release of FORMAT_HISTORY) {
      for (const field of release.addedFields ?? []) expect(columns, `format ${release.version} ajoute ${field}`).toContain(field);
      for (const field of release.removedFields ?? []) expect(columns, `format ${release.version} retire ${field}`).not.toContain(field);
    }
  });

  it('adds files that exist under /donnees/', () => {
    const paths = new Set(files.map((f) => f.path.replace(/^editions\/\d{4}\//, 'editions/<année>/')));
    for (const release of FORMAT_HISTORY)
      for (const path of (release.addedFiles ?? []).filter((p) => !p.startsWith('schemas/') && p !== 'datapackage.json'))
        expect(paths, path).toContain(path);
  });

  it('is newest first, one version after the other', () => {
    expect(FORMAT_HISTORY.map((r) => r.version)).toEqual(FORMAT_HISTORY.map((_, i) => FORMAT_HISTORY.length - i));
  });
});
