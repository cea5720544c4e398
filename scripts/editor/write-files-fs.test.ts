import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foreignFiles } from '../../src/lib/content/content-fs';
import {
  commandLine,
  describeResumed,
  resumePendingWrite,
  ResumeRefused,
  writeAllOrNothing,
  WriteRefused,
  type FileChange,
  type FileSystem,
} from './write-files-fs';

const root = path.resolve(import.meta.dirname, '../..');
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content folder with one edition file; returns the content folder. */
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tnl-write-'));
  folders.push(dir);
  const content = path.join(dir, 'content');
  mkdirSync(path.join(content, 'editions'), { recursive: true });
  mkdirSync(path.join(content, 'territories'));
  writeFileSync(path.join(content, 'editions/2024.yaml'), 'avant\n');
  return content;
}

/** Every file under the folder, with its text. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const options = (contentDir: string) => ({
  contentDir,
  command: 'npm run import:results -- 2024 resultats.xlsx',
  root: path.dirname(contentDir),
});

/** An import's changes: the edition rewritten and `count` new territory files. */
function importChanges(content: string, count: number): FileChange[] {
  return [
    { path: path.join(content, 'editions/2024.yaml'), content: 'après\n', mode: 'update' },
    ...Array.from({ length: count }, (_, i) => ({
      path: path.join(content, `territories/t-${i}.yaml`),
      content: `kind: commune\n# ${i}\n`,
      mode: 'create' as const,
    })),
  ];
}

describe('writeAllOrNothing', () => {
  it('creates and updates every file, and leaves nothing else in the content', () => {
    const content = folder();
    writeAllOrNothing(importChanges(content, 2), options(content));
    expect(snapshot(content)).toEqual({
      'editions/2024.yaml': 'après\n',
      'territories/t-0.yaml': 'kind: commune\n# 0\n',
      'territories/t-1.yaml': 'kind: commune\n# 1\n',
    });
  });

  it('refuses to overwrite a file it was asked to create, before writing anything', () => {
    const content = folder();
    const run = () =>
      writeAllOrNothing(
        [
          { path: path.join(content, 'editions/new.yaml'), content: 'x', mode: 'create' },
          { path: path.join(content, 'editions/2024.yaml'), content: 'x', mode: 'create' },
        ],
        options(content),
      );
    expect(run).toThrow(
      new WriteRefused('content/editions/2024.yaml existe déjà : il n’est jamais écrasé (supprimez-le ou modifiez-le vous-même)'),
    );
    expect(snapshot(content)).toEqual({ 'editions/2024.yaml': 'avant\n' });
  });

  it('puts everything back when a rename fails half-way in the process', () => {
    const content = folder();
    let renames = 0;
    const failing: FileSystem = {
      ...fs,
      renameSync: (from, to) => {
        // Two renames of the journal, then the files: the second file fails.
        if (++renames === 4) throw new Error('disque plein');
        fs.renameSync(from, to);
      },
    };
    expect(() => writeAllOrNothing(importChanges(content, 2), options(content), failing)).toThrow('disque plein');
    expect(snapshot(content)).toEqual({ 'editions/2024.yaml': 'avant\n' });
  });
});

/**
 * Runs writeAllOrNothing in a child process that kills itself (SIGKILL, as a closed laptop or an
 * OOM kill: no handler runs) after `renames` renames; returns how the child ended.
 */
function killedWrite(content: string, count: number, renames: number): Promise<string | null> {
  const script = path.join(path.dirname(content), 'ecrire.ts');
  writeFileSync(
    script,
    `import * as fs from 'node:fs';
import { writeAllOrNothing } from ${JSON.stringify(path.join(root, 'scripts/editor/write-files-fs.ts'))};
let renames = 0;
const killing = { ...fs, renameSync: (a: string, b: string) => { if (++renames > ${renames}) process.kill(process.pid, 'SIGKILL'); fs.renameSync(a, b); } };
const changes = ${JSON.stringify(importChanges(content, count))};
writeAllOrNothing(changes, ${JSON.stringify(options(content))}, killing);
`,
  );
  return new Promise((resolve) =>
    execFile(process.execPath, ['--import', './scripts/lib/register-ts.ts', script], { cwd: root }, (error) =>
      resolve((error as { signal?: string } | null)?.signal ?? null),
    ),
  );
}

describe('a write killed half-way, then resumed', () => {
  it('killed while putting files in place: the rest waits, check:content names the command, a rerun finishes it', async () => {
    const content = folder();
    // 2 renames of the journal, then 40 of the 101 files.
    expect(await killedWrite(content, 100, 42)).toBe('SIGKILL');
    const placed = Object.keys(snapshot(content)).filter((f) => f.startsWith('territories/')).length;
    expect(placed).toBe(39);
    expect(readFileSync(path.join(content, 'editions/2024.yaml'), 'utf8')).toBe('après\n');
    expect(foreignFiles(path.dirname(content))[0]?.suggestion).toMatch(
      /^relancez la même commande : npm run import:results -- 2024 resultats.xlsx ; elle termine d’abord l’écriture/,
    );

    const resumed = resumePendingWrite('content', path.dirname(content));
    expect(resumed).toEqual({ kind: 'finished', command: 'npm run import:results -- 2024 resultats.xlsx', placed: 61, alreadyPlaced: 40 });
    expect(describeResumed(resumed!)).toBe(
      'Écriture interrompue (npm run import:results -- 2024 resultats.xlsx) terminée : 61 fichier(s) mis en place, 40 déjà en place ; le contenu est tel que la commande l’aurait laissé.',
    );
    const files = snapshot(content);
    expect(Object.keys(files).filter((f) => f.startsWith('territories/'))).toHaveLength(100);
    expect(existsSync(path.join(content, '.ecriture-en-cours'))).toBe(false);
    expect(foreignFiles(path.dirname(content))).toEqual([]);
  }, 30_000);

  it('killed while staging: the content did not change, and the staging is discarded', async () => {
    const content = folder();
    // The journal's first rename only: killed while writing the staged files.
    expect(await killedWrite(content, 100, 1)).toBe('SIGKILL');
    expect(snapshot(content)).toMatchObject({ 'editions/2024.yaml': 'avant\n' });
    expect(Object.keys(snapshot(content)).filter((f) => f.startsWith('territories/'))).toEqual([]);
    expect(foreignFiles(path.dirname(content))[0]?.message).toBe(
      'écriture interrompue avant toute modification : une commande a été arrêtée pendant qu’elle préparait ses fichiers',
    );
    expect(resumePendingWrite('content', path.dirname(content))).toEqual({
      kind: 'discarded',
      command: 'npm run import:results -- 2024 resultats.xlsx',
    });
    expect(snapshot(content)).toEqual({ 'editions/2024.yaml': 'avant\n' });
  }, 30_000);

  it('refuses to finish over a file changed since, saying how to abandon it, and touches nothing', async () => {
    const content = folder();
    await killedWrite(content, 3, 3);
    writeFileSync(path.join(content, 'territories/t-2.yaml'), 'écrit à la main\n');
    const before = snapshot(content);
    expect(() => resumePendingWrite('content', path.dirname(content))).toThrow(ResumeRefused);
    expect(() => resumePendingWrite('content', path.dirname(content))).toThrow(
      [
        'une écriture interrompue (npm run import:results -- 2024 resultats.xlsx) ne peut pas être terminée : ce fichier a changé depuis : content/territories/t-2.yaml.',
        'Pour l’abandonner et revenir au contenu du dernier commit : git restore content/ && git clean -f content/ && rm -r "content/.ecriture-en-cours", puis relancez la commande.',
        'Pour garder vos modifications et l’abandonner seulement : rm -r "content/.ecriture-en-cours", puis npm run check:content.',
      ].join('\n'),
    );
    expect(snapshot(content)).toEqual(before);
  }, 30_000);
});

describe('commandLine', () => {
  it('writes the command as an editor types it again, quoting what needs it', () => {
    expect(commandLine('import:results', ['2024', '/home/moi/résultats jury.xlsx', '--dry-run'])).toBe(
      'npm run import:results -- 2024 "/home/moi/résultats jury.xlsx" --dry-run',
    );
    expect(commandLine('create:edition', [])).toBe('npm run create:edition');
  });
});
