import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllOrNothing, WriteRefused, type FileSystem } from './write-files-fs';

function folder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tnl-write-'));
  writeFileSync(path.join(dir, '2024.yaml'), 'avant\n');
  return dir;
}

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));

describe('writeAllOrNothing', () => {
  it('creates and updates every file', () => {
    const dir = folder();
    writeAllOrNothing([
      { path: path.join(dir, 'a.yaml'), content: 'a\n', mode: 'create' },
      { path: path.join(dir, '2024.yaml'), content: 'après\n', mode: 'update' },
    ]);
    expect(snapshot(dir)).toEqual({ '2024.yaml': 'après\n', 'a.yaml': 'a\n' });
  });

  it('refuses to overwrite a file it was asked to create, before writing anything', () => {
    const dir = folder();
    const run = () =>
      writeAllOrNothing([
        { path: path.join(dir, 'new.yaml'), content: 'x', mode: 'create' },
        { path: path.join(dir, '2024.yaml'), content: 'x', mode: 'create' },
      ]);
    expect(run).toThrow(WriteRefused);
    expect(run).toThrow(/2024\.yaml existe déjà/);
    expect(snapshot(dir)).toEqual({ '2024.yaml': 'avant\n' });
  });

  it('puts everything back when a rename fails half-way', () => {
    const dir = folder();
    let renames = 0;
    const failing: FileSystem = {
      ...fs,
      renameSync: (from, to) => {
        if (++renames === 3) throw new Error('disque plein');
        fs.renameSync(from, to);
      },
    };
    expect(() =>
      writeAllOrNothing(
        [
          { path: path.join(dir, '2024.yaml'), content: 'après\n', mode: 'update' },
          { path: path.join(dir, 'a.yaml'), content: 'a', mode: 'create' },
          { path: path.join(dir, 'b.yaml'), content: 'b', mode: 'create' },
        ],
        failing,
      ),
    ).toThrow('disque plein');
    expect(snapshot(dir)).toEqual({ '2024.yaml': 'avant\n' });
  });
});
