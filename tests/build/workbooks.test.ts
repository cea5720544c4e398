// The published workbooks opened by LibreOffice Calc, a spreadsheet nobody here wrote: converted to
// CSV by `soffice --headless`, each sheet holds the rows of its CSV file, codes with their leading
// zeros (05074 stays 05074, where Calc turns the -tableur.csv file's 05074 into 5074). LibreOffice
// comes from Debian (libreoffice-calc-nogui), which .ci/system-packages installs: without it, these
// tests fail and say so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { FORMULA_GUARD } from '../../src/lib/open-data/csv';
import { parseCsvRecords } from '../support/parse-csv';

const work = mkdtempSync(path.join(tmpdir(), 'tnl-calc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** LibreOffice's command, or an error naming the package. */
function soffice(): string {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (found.status !== 0)
    throw new Error('LibreOffice (soffice) est introuvable : installez libreoffice-calc-nogui (apt-get), ou lancez .ci/system-packages.');
  return 'soffice';
}

/**
 * Every sheet of a workbook as Calc exports it: comma, double quotes, UTF-8, cell values rather
 * than their display, all sheets (filter options of « Text - txt - csv (StarCalc) »), by sheet name.
 */
function sheetsOf(file: string): Map<string, string> {
  const out = mkdtempSync(path.join(work, 'out-'));
  const result = spawnSync(
    soffice(),
    [
      `-env:UserInstallation=file://${path.join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`soffice a échoué sur ${file} :\n${result.stderr}`);
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  return new Map(readdirSync(out).map((name) => [name.slice(stem.length + 1, -'.csv'.length), readFileSync(path.join(out, name), 'utf8')]));
}

/** Calc's CSV (LF line ends, quotes only where needed) as records keyed by the header. */
function calcRecords(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) cell += ch;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') cell += ch;
  }
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** A CSV record as the workbook holds it: no formula guard (a typed text cell is never run), booleans as Calc writes them. */
const asInWorkbook = (record: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(record).map(([name, value]) => [
      name,
      value.startsWith(FORMULA_GUARD) && /^[=+\-@\t\r]/.test(value.slice(1))
        ? value.slice(1)
        : value === 'true'
          ? 'TRUE'
          : value === 'false'
            ? 'FALSE'
            : value,
    ]),
  );

const csv = (name: string) => parseCsvRecords(readFileSync(path.join(distDir, 'donnees', name), 'utf8')).map(asInWorkbook);

describe.each(['classeur.xlsx', 'classeur.ods'])('dist/donnees/%s opened by LibreOffice Calc', (name) => {
  let sheets: Map<string, string>;
  beforeAll(() => {
    requireDist();
    sheets = sheetsOf(path.join(distDir, 'donnees', name));
  }, 180_000);

  it('has the sheets Résultats, Éditions, Collectivités and À propos', () => {
    expect([...sheets.keys()].sort()).toEqual(['Collectivités', 'Résultats', 'Éditions', 'À propos'].sort());
  });

  it('holds in each sheet the rows of its CSV file, value for value', () => {
    expect(calcRecords(sheets.get('Résultats')!)).toEqual(csv('resultats.csv'));
    expect(calcRecords(sheets.get('Éditions')!)).toEqual(csv('editions.csv'));
    expect(calcRecords(sheets.get('Collectivités')!)).toEqual(csv('territoires.csv'));
  });

  it('keeps the leading zeros of the official codes: Lettret is 05074 in département 05', () => {
    const lettret = calcRecords(sheets.get('Collectivités')!).find((row) => row.territoire === 'lettret');
    expect(lettret).toMatchObject({ code_insee: '05074', departement_code: '05', region_code: '93' });
  });

  it('says what the file is and under which licence', () => {
    const about = calcRecords(sheets.get('À propos')!);
    expect(about.find((row) => row.information === 'licence')?.valeur).toBe('Licence Ouverte / Open Licence 2.0 (Etalab)');
  });
});

describe('each edition’s workbooks opened by LibreOffice Calc', () => {
  it('hold the rows of the edition’s CSV file', () => {
    requireDist();
    const years = readdirSync(path.join(distDir, 'donnees/editions')).sort();
    const last = years.at(-1)!;
    for (const format of ['xlsx', 'ods']) {
      const sheets = sheetsOf(path.join(distDir, 'donnees/editions', last, `resultats.${format}`));
      expect([...sheets.keys()].sort(), format).toEqual(['Résultats', 'À propos']);
      expect(calcRecords(sheets.get('Résultats')!), format).toEqual(csv(`editions/${last}/resultats.csv`));
    }
  }, 180_000);
});
