// The charts of /statistiques/ and their files in the built site (DIST_DIR): each chart has its
// permalink, its CSV and its standalone SVG, and the CSV holds exactly the numbers that the chart
// draws and that its table gives. Which CSV columns each chart draws and tables is written out here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, readPage, requireDist } from '../../scripts/lib/built-site-fs';
import { readEditions } from '../support/content-yaml';
import { parseCsvRecords } from '../support/parse-csv';

beforeAll(requireDist);

const html = readPage('/statistiques/');
const editions = readEditions();
const statistics = (name: string) => readFileSync(path.join(distDir, 'statistiques', name), 'utf8');

interface ChartSpec {
  /** The CSV column whose value each drawn row's label shows. */
  label: string;
  /** The CSV columns drawn as bars, in the order of the bars of a row. */
  drawn: string[];
  /** The section holding the chart's table, and the CSV columns its number cells show, in order. */
  table: { section: string; columns: string[]; reversed?: boolean };
}

const BAR_CHARTS: Record<string, ChartSpec> = {
  couverture: {
    label: 'edition',
    drawn: ['officiel', 'resultats_connus'],
    table: {
      section: 'couverture',
      columns: ['edition', 'resultats_connus', 'dont_distinction_connue', 'officiel', 'part_connue_pourcent'],
    },
  },
  evolutions: {
    label: 'edition',
    drawn: [
      'premier_resultat_connu',
      'connu_edition_precedente',
      'plus_ancien_sans_resultat_connu_edition_precedente',
      'connu_edition_precedente_seulement',
    ],
    table: {
      section: 'evolutions',
      columns: [
        'edition',
        'premier_resultat_connu',
        'connu_edition_precedente',
        'plus_ancien_sans_resultat_connu_edition_precedente',
        'connu_edition_precedente_seulement',
        'resultats_connus',
      ],
      reversed: true,
    },
  },
  types: { label: 'type', drawn: ['collectivites'], table: { section: 'types', columns: ['collectivites'] } },
  regions: { label: 'region', drawn: ['collectivites'], table: { section: 'regions', columns: ['collectivites', 'resultats_connus'] } },
  renouvellements: {
    label: 'editions_connues',
    drawn: ['collectivites'],
    table: { section: 'renouvellements', columns: ['editions_connues', 'collectivites'], reversed: true },
  },
};

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
/** The numbers a text shows, thousands separated by a (narrow) no-break space as fr-FR writes them. */
const numbers = (text: string) => [...text.matchAll(/\d{1,3}(?:[\u202f\u00a0]\d{3})+|\d+/g)].map((m) => Number(m[0].replace(/\D/g, '')));
const csvNumbers = (row: Record<string, string>, columns: string[]) => columns.filter((c) => row[c] !== '').map((c) => Number(row[c]));

/** The rows of a bar chart's SVG: each row's label and the numbers of its bars' texts. */
function drawnRows(svg: string): Array<{ label: string; numbers: number[] }> {
  return [...svg.matchAll(/<g><text class="label"[^>]*>([^<]*)<\/text>(.*?)<\/g>/g)].map((m) => ({
    label: decode(m[1]!),
    numbers: [...m[2]!.matchAll(/<text class="value"[^>]*>([^<]*)<\/text>/g)].flatMap((v) => numbers(decode(v[1]!))),
  }));
}

/** The numbers of each body row of the first table of a section: its header cell and its number cells. */
function tableRows(section: string): number[][] {
  const start = html.indexOf(`<section aria-labelledby="${section}"`);
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html.slice(start))![1]!;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g)]
      .filter((cell) => cell[1] === 'th' || /class="[^"]*\bnum\b/.test(cell[2]!))
      .flatMap((cell) => numbers(decode(cell[3]!))),
  );
}

/** The inline SVG of a chart's figure on the page. */
function figureSvg(slug: string): string {
  const start = html.indexOf(`<figure id="graphique-${slug}"`);
  expect(start, `figure #graphique-${slug}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</svg>', start) + 6);
}

describe('every chart of /statistiques/', () => {
  const slugs = [...Object.keys(BAR_CHARTS), ...editions.map((e) => `distinctions-${e.year}`), 'departements'];

  it('has a permalink, its CSV, its standalone SVG and its PNG', () => {
    for (const slug of slugs) {
      expect(html, slug).toContain(`<figure id="graphique-${slug}"`);
      expect(html, slug).toMatch(new RegExp(`href="/statistiques/#graphique-${slug}"[^>]*>\\s*Lien vers ce graphique`));
      for (const ext of ['csv', 'svg', 'png']) {
        expect(html, `${slug}.${ext}`).toContain(`href="/statistiques/${slug}.${ext}"`);
        expect(existsSync(path.join(distDir, 'statistiques', `${slug}.${ext}`)), `${slug}.${ext}`).toBe(true);
      }
    }
  });

  it('publishes each PNG at twice the size of its SVG', () => {
    for (const slug of slugs) {
      const svgRoot = /^<svg\b[^>]*>/.exec(statistics(`${slug}.svg`))![0];
      const width = Number(/ width="(\d+)"/.exec(svgRoot)![1]);
      const height = Number(/ height="(\d+)"/.exec(svgRoot)![1]);
      const png = readFileSync(path.join(distDir, 'statistiques', `${slug}.png`));
      expect(png.subarray(1, 4).toString('latin1'), slug).toBe('PNG');
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, slug).toEqual({ width: width * 2, height: height * 2 });
    }
  });

  it('publishes each SVG as a self-contained file: title, description, attribution with the permalink, no external resource', () => {
    for (const slug of slugs) {
      const svg = statistics(`${slug}.svg`);
      expect(svg, slug).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg, slug).toMatch(/<title id="titre">[^<]+<\/title><desc id="description">[^<]+<\/desc>/);
      const text = decode(svg.replace(/<\/tspan><tspan[^>]*>/g, ' '));
      expect(text, slug).toMatch(
        new RegExp(`Source : Atlas du label Territoire Numérique Libre, .* Licence Ouverte 2\\.0 · \\S+/statistiques/#graphique-${slug}`),
      );
      expect(svg, slug).toMatch(/font-family="[^"]*sans-serif"/);
      expect(svg, slug).not.toMatch(/<image|href=|@import|url\(|<style|<script/);
    }
  });
});

describe.each(Object.entries(BAR_CHARTS))('the chart %s', (slug, spec) => {
  const rows = parseCsvRecords(statistics(`${slug}.csv`));

  it('has a CSV with the numbers its bars show, row by row, on the page and in its SVG file', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const svg of [figureSvg(slug), statistics(`${slug}.svg`)]) {
      const drawn = drawnRows(svg);
      expect(drawn.map((r) => r.label.includes(rows[drawn.indexOf(r)]?.[spec.label] ?? '\u0000'))).toEqual(drawn.map(() => true));
      expect(drawn.map((r) => r.numbers)).toEqual(rows.map((row) => csvNumbers(row, spec.drawn)));
    }
  });

  it('has a CSV with the numbers of its table', () => {
    const ordered = spec.table.reversed ? [...rows].reverse() : rows;
    expect(tableRows(spec.table.section)).toEqual(ordered.map((row) => csvNumbers(row, spec.table.columns)));
  });
});

describe('each edition’s distribution chart', () => {
  it('has a CSV with the numbers its bars show, and those of its edition’s row in the table of its scale', () => {
    for (const e of editions) {
      const slug = `distinctions-${e.year}`;
      const rows = parseCsvRecords(statistics(`${slug}.csv`));
      // The edition's own scale, highest first, then unknown results.
      expect(rows.map((r) => r.distinction).slice(0, e.scale.length)).toEqual([...e.scale].reverse().map((d) => d.label));
      // What each bar says: a complete list its number, a partial one « N connues sur M » or « N connues »,
      // a list never published no number at all (« liste non publiée », never « 0 »).
      const counts = rows.map((row) => {
        const known = Number(row.resultats_connus);
        if (row.distinction_id === '' || row.statut_liste === 'complete') return [known];
        if (row.statut_liste === 'unpublished') return row.officiel === '' ? [] : [Number(row.officiel)];
        return csvNumbers(row, ['resultats_connus', 'officiel']);
      });
      for (const svg of [figureSvg(slug), statistics(`${slug}.svg`)]) {
        expect(drawnRows(svg).map((r) => r.label)).toEqual(rows.map((r) => r.distinction));
        expect(drawnRows(svg).map((r) => r.numbers)).toEqual(counts);
      }
      expect(rows.reduce((sum, r) => sum + Number(r.resultats_connus), 0)).toBe(e.results.length);
      // The scale's table says the same per distinction, whatever the column order.
      const start = html.indexOf(`<th scope="row"`, html.indexOf(`>${e.year}</th>`) - 200);
      const tableRow = html.slice(start, html.indexOf('</tr>', start));
      const tabled = [...tableRow.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].flatMap((c) => numbers(decode(c[1]!)));
      // The table always has a column for unknown distinctions; the chart, a row only when there are some.
      const unknown = rows.some((r) => r.distinction_id === '') ? [] : [0];
      expect(
        tabled.sort((a, b) => a - b),
        String(e.year),
      ).toEqual([...counts.flat(), ...unknown].sort((a, b) => a - b));
    }
  });
});

describe('the choropleth of départements', () => {
  const rows = parseCsvRecords(statistics('departements.csv'));
  const label = (n: number) => `${n} ${n > 1 ? 'collectivités' : 'collectivité'}`;

  it('has a CSV row for every département, whose count the map shows, on the page and in its SVG file', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    for (const svg of [figureSvg('departements'), statistics('departements.svg')]) {
      const titles = [...svg.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => decode(m[1]!));
      const counts = Object.fromEntries([...svg.matchAll(/data-departement="(\w+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]));
      for (const row of rows) {
        const n = Number(row.collectivites);
        const title = `${row.departement} (${row.departement_code}) : ${label(n)}`;
        if (n > 0) {
          expect(titles, row.departement).toContain(title);
          expect(counts[row.departement_code!], row.departement).toBe(n);
        } else expect(counts[row.departement_code!], row.departement).toBeUndefined();
      }
      expect(Object.keys(counts)).toHaveLength(rows.filter((r) => r.collectivites !== '0').length);
    }
  });

  it('has a CSV with the numbers of its table, which lists the départements with at least one body', () => {
    const listed = rows.filter((r) => r.collectivites !== '0');
    expect(tableRows('departements')).toEqual(listed.map((row) => csvNumbers(row, ['collectivites'])));
  });

  it('names every class of its legend in words', () => {
    const classes = [...new Set(rows.map((r) => r.classe))];
    const figure = html.slice(
      html.indexOf('<figure id="graphique-departements"'),
      html.indexOf('</figure>', html.indexOf('<figure id="graphique-departements"')),
    );
    for (const name of classes) {
      expect(figure, name).toContain(name);
      expect(statistics('departements.svg'), name).toContain(`>${name}</text>`);
    }
  });
});
