// create:edition as an editor runs it, on a copy of the import's small content folder
// (tests/fixtures/import/contenu: the real 2022 edition and ten real territory files). The real
// content/ is never read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReference } from '../src/lib/reference/reference-fs';
import { contentCopy, removeCopies, root, runCommand } from '../tests/support/commands';
import { checkContent } from './editor/content-report';

afterAll(removeCopies);

/** A copy of the import's content fixture in a temporary folder; returns its content folder. */
const fixtureContent = () => contentCopy('tests/fixtures/import/contenu');

/** check:content's verdict on a folder, in-process. */
const problemsIn = (dir: string) => checkContent(root, dir, loadReference).problems;

describe('npm run create:edition', () => {
  it('creates the edition from the previous one and never overwrites it', async () => {
    const dir = fixtureContent();
    const created = await runCommand('create-edition', [
      '2024',
      '--date',
      '2024-12-04',
      '--evenement',
      'Open Source Experience',
      '--lieu',
      'Paris',
      '--source',
      'https://territoire-numerique-libre.org/edition-2024/',
      '--dossier',
      dir,
    ]);
    expect(created.output).toContain(
      'échelle reprise de l’édition 2022 : 1 (Niveau 1), 2 (Niveau 2), 3 (Niveau 3), 4 (Niveau 4), 5 (Niveau 5)',
    );
    expect(created.code).toBe(0);
    const file = path.join(dir, 'editions/2024.yaml');
    const before = readFileSync(file, 'utf8');
    expect(problemsIn(dir)).toEqual([]);
    const again = await runCommand('create-edition', ['2024', '--dossier', dir]);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/Rien n’a été écrit : .*editions\/2024\.yaml existe déjà/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 60_000);
});
