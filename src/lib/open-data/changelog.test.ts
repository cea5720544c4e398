import { describe, expect, it } from 'vitest';
import { fixtureAtlas, fixtureCorrections2022 } from '../../../tests/support/atlas-fixture';
import { FORMAT_HISTORY, datasetChangelog, datasetVersion } from './changelog';
import { publishedFiles } from './dataset';
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
    expect(entries[0]!.files).toEqual(['classeur.xlsx', 'classeur.ods', 'catalogue-territoires.json', 'catalogue-dcat.jsonld']);
    expect(entries.some((entry) => entry.files.some((path) => path.includes('<')))).toBe(false);
  });
});

describe('datasetVersion', () => {
  it('gives the format as major version, the number of editions as minor, and the dates of the first release and of the newest change', () => {
    expect(datasetVersion(atlas)).toEqual({ version: '3.2.0', created: '2026-11-23', modified: '2026-12-07' });
  });

  it('takes an edition announced after the newest format as the modification date', () => {
    const history = [{ version: 1, date: '2020-01-01', changes: ['x'] }];
    expect(datasetVersion(atlas, history)).toEqual({ version: '1.2.0', created: '2020-01-01', modified: '2025-12-06' });
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
    const paths = new Set(
      publishedFiles(atlas, openDataUrls(undefined, '/')).map((f) =>
        f.path
          .replace(/^editions\/\d{4}\//, 'editions/<année>/')
          .replace(/^territoires\/[a-z0-9-]+\.json$/, 'territoires/<territoire>.json')
          .replace(/^schemas\/(resultats|editions|territoires)\.schema\.json$/, 'schemas/<table>.schema.json'),
      ),
    );
    for (const release of FORMAT_HISTORY) for (const path of release.addedFiles ?? []) expect(paths, path).toContain(path);
  });

  it('is newest first, one version after the other', () => {
    expect(FORMAT_HISTORY.map((r) => r.version)).toEqual(FORMAT_HISTORY.map((_, i) => FORMAT_HISTORY.length - i));
  });
});

describe('datasetChangelog: corrections', () => {
  it('lists the corrections of one day in one entry: what changed, from what to what, why, and the files that changed', () => {
    const entries = datasetChangelog(fixtureAtlas(fixtureCorrections2022));
    expect(entries.find((e) => e.date === '2023-02-01')).toEqual({
      date: '2023-02-01',
      title: 'Corrections publiées le 1 février 2023',
      changes: [
        'Bretagne, édition 2022 : résultat retiré du relevé (il était : Niveau 3). Raison : La région n’était pas candidate en 2022 : homonymie dans la source.',
        'Lyon, édition 2022 : Niveau 5 → Niveau 4. Raison : La ville indique le niveau 4 ; le palmarès relayé disait 5.',
      ],
      files: ['editions/2022/resultats.csv', 'editions/2022/resultats.json', 'resultats.csv', 'resultats.json'],
    });
    // The dataset's version counts them: format, editions, corrections.
    expect(datasetVersion(fixtureAtlas(fixtureCorrections2022)).version).toBe(
      `${datasetVersion(fixtureAtlas()).version.replace(/\.0$/, '')}.2`,
    );
  });
});
