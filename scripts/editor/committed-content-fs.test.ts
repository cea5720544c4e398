// check:content against the content as committed, in real temporary git repositories: an editor's
// branch, a fresh shallow clone as a CI runner has, the merge commit GitHub checks out for a pull
// request, and a folder outside any repository.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../src/lib/reference/reference-fs';
import { BaselineError, committedContent } from './committed-content-fs';
import { checkContent } from './content-report';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/import/contenu');
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const TODAY = '2026-12-10';
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

/** A repository whose main branch holds the import fixture's content (edition 2022) in content/. */
function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tnl-git-'));
  folders.push(dir);
  cpSync(fixture, path.join(dir, 'content'), { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'Édition 2022 publiée');
  return dir;
}

const EDITION = 'content/editions/2022.yaml';
/** Abbeville's 2022 result, from 5 to 4 (the fixture gives it level 5). */
function lowerAbbeville(dir: string) {
  const file = path.join(dir, EDITION);
  const text = readFileSync(file, 'utf8');
  const after = text.replace(/(- territory: abbeville\n\s+distinction: )5/, '$14');
  expect(after).not.toBe(text);
  writeFileSync(file, after);
}
const CORRECTION = `corrections:
  - territory: abbeville
    correctedOn: ${TODAY}
    from:
      distinction: 5
    to:
      distinction: 4
    reason: Le jury a rectifié son palmarès.
    source: https://example.org/rectificatif
`;

const check = (dir: string, compareWith?: string) => checkContent(dir, 'content', loadReference, { today: TODAY, compareWith });
const messages = (dir: string, compareWith?: string) => check(dir, compareWith).problems.map((p) => p.message);
const CHANGED = /^résultat publié modifié sans correction : « abbeville » avait la distinction 5 sans mention dans /;

describe('check:content against the committed content', () => {
  it('on an editor’s branch: compares with where it left main, committed changes included, until the correction is added', () => {
    const dir = repository();
    git(dir, 'switch', '-qc', 'correction-abbeville');
    lowerAbbeville(dir);
    expect(messages(dir)).toEqual([expect.stringMatching(CHANGED)]);
    expect(check(dir).comparison).toMatch(/^Résultats publiés comparés avec main \([0-9a-f]{7}\) : 1 changement sans correction\.$/);
    git(dir, 'commit', '-qam', 'Abbeville au niveau 4');
    // Committed on the branch, the change is still compared with main.
    expect(messages(dir)).toEqual([expect.stringMatching(/dans main \(/)]);
    writeFileSync(path.join(dir, EDITION), `${readFileSync(path.join(dir, EDITION), 'utf8')}${CORRECTION}`);
    expect(messages(dir)).toEqual([]);
    expect(check(dir).comparison).toMatch(/ : chaque changement a sa correction\.$/);
  });

  it('on a fresh clone with one commit of history (a CI runner): compares what is not committed with the last commit', () => {
    const origin = repository();
    const clone = mkdtempSync(path.join(tmpdir(), 'tnl-clone-'));
    folders.push(clone);
    git(clone, 'clone', '-q', '--depth', '1', `file://${origin}`, '.');
    expect(check(clone).comparison).toMatch(/comparés avec (origin\/main|la branche par défaut du dépôt) \([0-9a-f]{7}\)/);
    lowerAbbeville(clone);
    expect(messages(clone)).toEqual([expect.stringMatching(CHANGED)]);
  });

  it('on the merge commit of a pull request, fetched with two commits of history: HEAD^1 is the target branch', () => {
    const origin = repository();
    git(origin, 'switch', '-qc', 'proposition');
    lowerAbbeville(origin);
    git(origin, 'commit', '-qam', 'Abbeville au niveau 4');
    git(origin, 'switch', '-q', 'main');
    git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge pull request', 'proposition');
    const clone = mkdtempSync(path.join(tmpdir(), 'tnl-pr-'));
    folders.push(clone);
    git(clone, 'clone', '-q', '--depth', '2', `file://${origin}`, '.');
    expect(messages(clone, 'HEAD^1')).toEqual([expect.stringMatching(/dans HEAD\^1 \([0-9a-f]{7}\)/)]);
  });

  it('refuses a reference that the clone does not have, saying to fetch it', () => {
    const dir = repository();
    expect(() => check(dir, 'origin/main')).toThrow(
      new BaselineError(
        '« origin/main » ne désigne aucun commit de ce dépôt : récupérez-le d’abord (git fetch origin main), ou vérifiez son nom',
      ),
    );
  });

  it('follows a territory file renamed since, with the same official code', () => {
    const dir = repository();
    git(dir, 'mv', 'content/territories/abbeville.yaml', 'content/territories/ville-d-abbeville.yaml');
    const file = path.join(dir, EDITION);
    writeFileSync(file, readFileSync(file, 'utf8').replace('territory: abbeville', 'territory: ville-d-abbeville'));
    expect(messages(dir)).toEqual([]);
  });

  it('says in one line that it compared nothing outside a git repository', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tnl-sans-git-'));
    folders.push(dir);
    cpSync(fixture, path.join(dir, 'content'), { recursive: true });
    expect(committedContent(dir, 'content', [])).toEqual({
      skipped: 'le dossier du contenu n’est pas dans un dépôt git (ou git est absent)',
    });
    expect(check(dir).comparison).toBe(
      'Résultats publiés : pas de comparaison avec git (le dossier du contenu n’est pas dans un dépôt git (ou git est absent)).',
    );
  });
});
