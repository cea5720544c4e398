import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { openDataUrls, resultsTable, territoriesTable } from './open-data';
import { allWorkbooks, editionWorkbooks, recordWorkbooks, tableSheet, workbookCell } from './workbook-files';

const atlas = fixtureAtlas();
const urls = openDataUrls(new URL('https://atlas.example.fr'), '/atlas/');

describe('workbookCell', () => {
  const field = (type: 'boolean' | 'text' | 'integer') => ({ path: 'x', name: 'nom' as const, type });

  it('keeps codes as text, numbers as numbers, and turns the true/false of a boolean field into booleans', () => {
    expect(workbookCell('05074', field('text'))).toBe('05074');
    expect(workbookCell(2025, field('integer'))).toBe(2025);
    expect(workbookCell('true', field('boolean'))).toBe(true);
    expect(workbookCell('false', field('boolean'))).toBe(false);
    expect(workbookCell('true', field('text'))).toBe('true');
  });

  it('leaves an empty value empty, never zero', () => {
    expect([workbookCell('', field('text')), workbookCell(null, field('integer')), workbookCell(undefined, field('text'))]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('tableSheet', () => {
  it('has the CSV header, then one typed row per line of the CSV table', () => {
    const sheet = tableSheet(territoriesTable(atlas, urls));
    expect(sheet.name).toBe('Collectivités');
    expect(sheet.rows[0]!.slice(0, 5)).toEqual(['territoire', 'nom', 'type', 'code_insee', 'siren']);
    const abbeville = sheet.rows[1]!;
    expect(abbeville.slice(0, 5)).toEqual(['abbeville', 'Abbeville', 'commune', '80001', '218000016']);
    expect(abbeville).toContain(false);
    expect(sheet.rows).toHaveLength(1 + atlas.territories.length);
  });

  it('types the year of every result as a number', () => {
    const sheet = tableSheet(resultsTable(atlas));
    expect(sheet.rows.slice(1).every((row) => typeof row[0] === 'number')).toBe(true);
  });
});

describe('the workbooks', () => {
  it('are the whole record in .xlsx and .ods, then each edition’s results', () => {
    expect(allWorkbooks(atlas, urls).map((w) => [w.path, w.resource, w.tables.join(' ')])).toEqual([
      ['classeur.xlsx', 'classeur-xlsx', 'resultats.csv editions.csv territoires.csv'],
      ['classeur.ods', 'classeur-ods', 'resultats.csv editions.csv territoires.csv'],
      ['editions/2022/resultats.xlsx', 'resultats-2022-xlsx', 'resultats.csv'],
      ['editions/2022/resultats.ods', 'resultats-2022-ods', 'resultats.csv'],
      ['editions/2025/resultats.xlsx', 'resultats-2025-xlsx', 'resultats.csv'],
      ['editions/2025/resultats.ods', 'resultats-2025-ods', 'resultats.csv'],
    ]);
  });

  it('hold one sheet per table, then « À propos » with the licence and the address of the data page', () => {
    const [xlsx, ods] = recordWorkbooks(atlas, urls);
    const parts = unzipSync(xlsx!.body);
    expect(strFromU8(parts['xl/workbook.xml']!)).toContain(
      '<sheet name="Résultats" sheetId="1" r:id="rId1"/><sheet name="Éditions" sheetId="2" r:id="rId2"/><sheet name="Collectivités" sheetId="3" r:id="rId3"/><sheet name="À propos" sheetId="4" r:id="rId4"/>',
    );
    const about = strFromU8(parts['xl/worksheets/sheet4.xml']!);
    expect(about).toContain('Licence Ouverte / Open Licence 2.0 (Etalab)');
    expect(about).toContain('https://atlas.example.fr/atlas/donnees/');
    expect(strFromU8(unzipSync(ods!.body)['content.xml']!)).toContain('<table:table table:name="À propos">');
  });

  it('limit an edition’s workbook to its results', () => {
    const [xlsx] = editionWorkbooks(atlas, urls, 2025);
    const sheet = strFromU8(unzipSync(xlsx!.body)['xl/worksheets/sheet1.xml']!);
    expect((sheet.match(/<row /g) ?? []).length).toBe(1 + atlas.editionByYear.get(2025)!.results.length);
    expect(sheet).not.toContain('<v>2022</v>');
  });
});
