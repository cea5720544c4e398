// edition:import and edition:new as an editor runs them, on a copy of content/ and the spreadsheet
// exports of tests/fixtures/import/ (test data, not published results).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadReference } from '../src/lib/reference-data';
import { editionSchema } from '../src/schemas/edition';
import { contentCopy, removeCopies, root, runCommand, snapshot } from '../tests/support/commands';
import { checkContent } from './lib/content-report';
import { scaffoldEdition } from './lib/edition-scaffold';

afterAll(removeCopies);

const fixture = (name: string) => path.join(root, 'tests/fixtures/import', name);
const newEdition = ['2024', '--date', '2024-12-04', '--evenement', 'Open Source Experience', '--lieu', 'Paris'];
const source = ['--source', 'https://territoire-numerique-libre.org/edition-2024/'];

/** A content copy with a valid 2024 edition scaffolded from 2023 (levels 1 to 5), as edition:new writes it. */
function withEdition2024(): string {
  const dir = contentCopy();
  const previous = editionSchema.parse(parse(readFileSync(path.join(dir, 'editions/2023.yaml'), 'utf8')));
  const { text } = scaffoldEdition({
    year: 2024,
    previous,
    announcedOn: '2024-12-04',
    event: 'Open Source Experience',
    place: 'Paris',
    source: 'https://territoire-numerique-libre.org/edition-2024/',
  });
  writeFileSync(path.join(dir, 'editions/2024.yaml'), text);
  return dir;
}

/** content:check's verdict on a folder, in-process. */
const problemsIn = (dir: string) => checkContent(root, dir, loadReference).problems;

describe('npm run edition:new', () => {
  it('creates the edition from the previous one and never overwrites it', async () => {
    const dir = contentCopy();
    const created = await runCommand('new-edition', [...newEdition, ...source, '--dossier', dir]);
    expect(created.output).toContain(
      'échelle reprise de l’édition 2023 : 1 (Niveau 1), 2 (Niveau 2), 3 (Niveau 3), 4 (Niveau 4), 5 (Niveau 5)',
    );
    expect(created.code).toBe(0);
    const file = path.join(dir, 'editions/2024.yaml');
    const before = readFileSync(file, 'utf8');
    expect(problemsIn(dir)).toEqual([]);
    const again = await runCommand('new-edition', ['2024', '--dossier', dir]);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/Rien n’a été écrit : .*editions\/2024\.yaml existe déjà/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 60_000);
});

describe('npm run edition:import', () => {
  it('imports a Windows-1252 export with semicolons, resolving names with the COG, and the result passes content:check', async () => {
    const dir = withEdition2024();
    const before = snapshot(dir);
    const dryRun = await runCommand('import-results', ['2024', fixture('resultats-cp1252.csv'), '--dry-run'], { CONTENT_DIR: dir });
    expect(dryRun.code).toBe(0);
    expect(dryRun.output).toContain('encodage Windows-1252, séparateur « ; », 6 ligne(s) de résultats');
    expect(dryRun.output).toContain("« Saint-Martin-d'Uriage » → saint-martin-d-uriage (déjà dans l’atlas)");
    expect(dryRun.output).toContain('« Département de la Gironde » → gironde (déjà dans l’atlas)');
    expect(dryRun.output).toContain(
      '« Pierre-Bénite » → nouveau fichier oullins-pierre-benite.yaml : Oullins-Pierre-Bénite (commune 69149, dép. 69) — ancienne commune « Pierre-Bénite »',
    );
    expect(dryRun.output).toContain('Modifications prévues (--dry-run : rien n’est écrit)');
    expect(snapshot(dir)).toEqual(before);

    const { code, output } = await runCommand('import-results', ['2024', fixture('resultats-cp1252.csv')], { CONTENT_DIR: dir });
    expect(code).toBe(0);
    expect(output).toMatch(/✓ 4 fichiers écrits/);
    const changed = Object.keys(snapshot(dir)).filter((file) => snapshot(dir)[file] !== before[file]);
    expect(changed.sort()).toEqual([
      'editions/2024.yaml',
      'territories/grand-avignon.yaml',
      'territories/oullins-pierre-benite.yaml',
      'territories/villeurbanne.yaml',
    ]);
    const edition = readFileSync(path.join(dir, 'editions/2024.yaml'), 'utf8');
    expect(edition).toContain(
      '  - territory: echirolles\n    distinction: 5\n    mentions:\n      - open-data\n    source: https://territoire-numerique-libre.org/edition-2024/\n    confidence: high\n',
    );
    expect(edition).toContain('  - territory: villeurbanne\n    distinction: 3\n    mentions:\n      - communication\n      - open-data\n');
    expect(edition).toContain("    note: Nom d'avant la fusion ; rattachée à Oullins-Pierre-Bénite\n");
    expect(edition).toContain('  - territory: grand-avignon\n    distinction: 3\n    mentions:\n      - coup-de-coeur\n');
    expect(readFileSync(path.join(dir, 'territories/villeurbanne.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=../../public/schemas/territory.schema.json\nkind: commune\ncode: "69266"\n',
    );
    expect(readFileSync(path.join(dir, 'territories/oullins-pierre-benite.yaml'), 'utf8')).toContain('formerNames:\n  - Pierre-Bénite\n');
    expect(problemsIn(dir)).toEqual([]);

    const again = await runCommand('import-results', ['2024', fixture('resultats-cp1252.csv'), '--dossier', dir]);
    expect(again.output).toContain('Rien à changer');
    expect(again.code).toBe(0);
  }, 60_000);

  it('refuses a spreadsheet with an unknown column, listing the accepted ones, and writes nothing', async () => {
    const dir = withEdition2024();
    const before = snapshot(dir);
    const { code, output } = await runCommand('import-results', ['2024', fixture('colonne-inconnue.csv'), '--dossier', dir]);
    expect(code).toBe(1);
    expect(output).toContain('colonne-inconnue.csv › en-tête, colonne « Population »\n    colonne « Population » inconnue');
    expect(output).toMatch(/→ renommez-la ou supprimez-la ; colonnes acceptées : collectivité \(collectivite, /);
    expect(output).toContain('rien n’a été écrit');
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('lists ambiguous and unknown names with suggestions, writes nothing, then imports with a mapping file', async () => {
    const dir = withEdition2024();
    const before = snapshot(dir);
    const { code, output } = await runCommand('import-results', ['2024', fixture('noms-ambigus.csv'), '--dossier', dir]);
    expect(code).toBe(1);
    expect(output).toContain(
      'noms-ambigus.csv:2 › collectivité\n    « Saint-Joseph » désigne plusieurs collectivités : saint-joseph (déjà dans l’atlas',
    );
    expect(output).toContain(
      'noms-ambigus.csv:3 › collectivité\n    « Grenobel » introuvable\n    → vouliez-vous dire : grenoble (déjà dans l’atlas',
    );
    expect(output).toContain('« Mayenne » désigne plusieurs collectivités : Mayenne (commune 53147, dép. 53) ; Mayenne (département 53)');
    expect(output).toContain('✗ 3 problèmes : rien n’a été écrit.');
    expect(snapshot(dir)).toEqual(before);

    const mapped = await runCommand('import-results', [
      '2024',
      fixture('noms-ambigus.csv'),
      '--dossier',
      dir,
      '--correspondances',
      fixture('correspondances.csv'),
    ]);
    expect(mapped.output).toContain('« Saint-Joseph » → nouveau fichier saint-joseph-50.yaml : Saint-Joseph (commune 50498, dép. 50)');
    expect(mapped.output).toContain('« Mayenne » → nouveau fichier mayenne.yaml : Mayenne (département 53)');
    expect(mapped.code).toBe(0);
    expect(readFileSync(path.join(dir, 'territories/mayenne.yaml'), 'utf8')).toContain(
      'kind: departement\ncode: "53"\nname: Département de la Mayenne\n',
    );
  }, 60_000);

  it('refuses to import into an edition that does not exist, pointing to edition:new', async () => {
    const dir = contentCopy();
    const { code, output } = await runCommand('import-results', ['2024', fixture('resultats-cp1252.csv'), '--dossier', dir]);
    expect(code).toBe(1);
    expect(output).toContain('l’édition 2024 n’existe pas encore\n    → créez-la d’abord : npm run edition:new -- 2024');
    expect(existsSync(path.join(dir, 'editions/2024.yaml'))).toBe(false);
  }, 60_000);

  it('explains its usage in French', async () => {
    expect((await runCommand('import-results', ['--help'])).output).toContain('Colonnes reconnues');
    expect(await runCommand('import-results', ['2024'])).toMatchObject({
      code: 2,
      output: expect.stringContaining('indiquez l’année puis le fichier'),
    });
  }, 60_000);
});
