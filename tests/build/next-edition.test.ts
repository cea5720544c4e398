// The yearly routine, end to end: a next edition is added to a copy of content/ with the editor
// commands (create:edition, then import:results of a spreadsheet), checked, built, and the build
// output and static checks of the suite are run on that build. A correct content pull request must
// never turn CI red: this is the proof. The results of the next edition are test data, written in a
// temporary folder only; the territories are real ones of content/ plus one real commune.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../../scripts/lib/isolated-build-fs';
import { runCommand, type CommandResult } from '../support/commands';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'tnl-annee-suivante-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');

const latest = Math.max(...readdirSync(path.join(root, 'content/editions')).map((f) => Number(f.replace(/\.yaml$/, ''))));
const next = latest + 1;
// Builds and checks happen « on 15 January » after the next ceremony, whatever today is.
const env = { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: String(Date.UTC(next + 1, 0, 15) / 1000) };

let created: CommandResult;
let imported: CommandResult;
let checked: CommandResult;
let scale: Array<{ id: string; label: string }>;

beforeAll(async () => {
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  // The scale comes from the latest edition, as create:edition copies it: the test follows a new scale too.
  scale = (parse(readFileSync(path.join(contentDir, `editions/${latest}.yaml`), 'utf8')) as { scale: typeof scale }).scale;
  const lowest = scale[0]!;
  const highest = scale.at(-1)!;
  created = await runCommand(
    'create-edition',
    [
      String(next),
      '--date',
      `${next}-11-20`,
      '--evenement',
      'Open Source Experience',
      '--lieu',
      'Paris',
      '--source',
      'https://territoire-numerique-libre.org/',
    ],
    env,
  );
  const csv = path.join(work, `resultats-${next}.csv`);
  writeFileSync(
    csv,
    [
      'Collectivité;Département;Distinction;Source',
      `Abbeville;80;${highest.label};https://territoire-numerique-libre.org/`,
      `Échirolles;38;${highest.id};https://www.echirolles.fr/`,
      `Valence;26;${lowest.label};https://territoire-numerique-libre.org/`,
      `Département de la Gironde;33;inconnue;https://www.gironde.fr/`,
    ].join('\r\n'),
  );
  imported = await runCommand('import-results', [String(next), csv], env);
  checked = await runCommand('check-content', [], env);
  await buildSite(outDir, env);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs test files of the suite on the built copy, as CONTRIBUTING.md says (DIST_DIR, CONTENT_DIR). */
function runSuite(files: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...files],
      { cwd: root, env: { ...process.env, ...env, DIST_DIR: outDir, NO_COLOR: '1' }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe(`a next edition (${next}) added with the editor commands`, () => {
  it('is created from the latest edition and imported from a spreadsheet, a new commune included', () => {
    expect(created.code).toBe(0);
    expect(created.output).toContain(`échelle reprise de l’édition ${latest}`);
    expect(imported.code).toBe(0);
    expect(imported.output).toContain('« Valence » → nouveau fichier valence.yaml : Valence (commune 26362, dép. 26)');
    expect(imported.output).toMatch(/✓ 2 fichiers écrits/);
  });

  it('passes check:content', () => {
    expect(checked.output).toMatch(/✓ Contenu valide : \d+ éditions/);
    expect(checked.code).toBe(0);
  });

  it('is the latest edition of the built site', () => {
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain(`Dernière édition : ${next}`);
    expect(readFileSync(path.join(outDir, `editions/${next}/index.html`), 'utf8')).toContain(`Évolutions depuis ${latest}`);
    expect(readFileSync(path.join(outDir, 'territoires/valence/index.html'), 'utf8')).toContain(scale[0]!.label);
  });

  it('keeps the build-output and static checks of the suite green', async () => {
    const { code, output } = await runSuite([
      'tests/build/build-output.test.ts',
      'tests/build/static-checks.test.ts',
      'tests/build/open-data.test.ts',
    ]);
    expect(output).toMatch(/Test Files\s+3 passed \(3\)/);
    expect(code, output.slice(-3000)).toBe(0);
  }, 180_000);
});
