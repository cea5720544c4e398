// content:check on every bad case of the issue: the report names the file and the field, and the
// command exits non-zero (run as a subprocess for some cases, as an editor or the CI runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReference } from '../src/lib/reference-data';
import { contentCopy, removeCopies, root, runCommand } from '../tests/support/commands';
import { checkContent, formatText } from './lib/content-report';

afterAll(removeCopies);

/** A content copy with one file broken by `edit`; returns the copy's content folder. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = contentCopy();
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after, `la modification de ${file} n’a rien changé`).not.toBe(before);
  writeFileSync(target, after);
  return dir;
}

type Case = [string, string, (text: string) => string, string, string];

/** Each bad case: the file broken, how, where the report must point, and what it must say. */
const cases: Case[] = [
  [
    'malformed YAML',
    'editions/2022.yaml',
    (t) => t.replace(/^place: .*$/m, 'place: Paris: "Palais'),
    'editions/2022.yaml:5\n',
    'YAML invalide : deux-points « : » inattendu',
  ],
  [
    'unknown field',
    'territories/abbeville.yaml',
    (t) => `${t}webiste: https://abbeville.fr/\n`,
    'territories/abbeville.yaml:5 › webiste',
    'champ inconnu « webiste »\n  → vouliez-vous dire « website » ?',
  ],
  [
    'missing required field',
    'editions/2021.yaml',
    (t) => t.replace(/^event: .*\n/m, ''),
    'editions/2021.yaml:2 › event',
    'champ obligatoire manquant',
  ],
  [
    'wrong type',
    'editions/2020.yaml',
    (t) => t.replace('year: 2020', 'year: "2020"'),
    'editions/2020.yaml:2 › year',
    'type invalide : attendu un nombre, reçu un texte « 2020 »',
  ],
  [
    'distinction not in the scale',
    'editions/2023.yaml',
    (t) => t.replace(/distinction: 5/, 'distinction: or'),
    '].distinction',
    "distinction « or » absente de l'échelle de l'édition 2023 ; attendu : 1, 2, 3, 4, 5, inconnue",
  ],
  [
    'mention not declared',
    'editions/2023.yaml',
    (t) => t.replace(/\n    confidence: /, '\n    mentions: [sobriete]\n    confidence: '),
    '].mentions[0]',
    "mention « sobriete » non déclarée par l'édition 2023",
  ],
  [
    'same territory twice',
    'editions/2022.yaml',
    (t) => t.replace('territory: echirolles', 'territory: abbeville'),
    '].territory',
    'le territoire « abbeville » apparaît deux fois',
  ],
  [
    'unknown territory, with "did you mean"',
    'editions/2022.yaml',
    (t) => t.replace('territory: abbeville', 'territory: abeville'),
    'editions/2022.yaml › results[',
    'territoire « abeville » inconnu : aucun fichier content/territories/abeville.yaml\n  → vouliez-vous dire « abbeville » ?',
  ],
  [
    'code that does not exist',
    'territories/lettret.yaml',
    (t) => t.replace('"05074"', '"05999"'),
    'territories/lettret.yaml › code',
    "aucune commune actuelle n'a le code INSEE « 05999 »",
  ],
  [
    'code contradicting the département',
    'territories/abbeville.yaml',
    (t) => `${t}departement: "38"\n`,
    'territories/abbeville.yaml › departement',
    'le département « 38 » contredit le code 80001 (Abbeville, département 80)',
  ],
  [
    'testimonial about an edition without a result',
    'testimonials/boe-2023.mdx',
    (t) => t.replace('edition: 2023', 'edition: 2022'),
    'testimonials/boe-2023.mdx › edition',
    "« boe » n'a aucun résultat dans l'édition 2022",
  ],
  [
    'file name that disagrees with the year',
    'editions/2021.yaml',
    (t) => t.replace('year: 2021', 'year: 2024'),
    'editions/2021.yaml › year',
    "le fichier s'appelle « 2021 » mais l'année indiquée est 2024",
  ],
  [
    'date that is not a date',
    'editions/2021.yaml',
    (t) => t.replace(/^announcedOn: .*$/m, 'announcedOn: 2021-02-30'),
    'editions/2021.yaml:3 › announcedOn',
    'date inexistante',
  ],
  ['empty file', 'territories/nevers.yaml', () => '\n', 'territories/nevers.yaml\n  fichier vide', 'fichier vide'],
];

describe('npm run content:check', () => {
  it('passes on the real content, quickly, and says what it checked', async () => {
    const { code, output } = await runCommand('check-content', []);
    expect(output).toMatch(/^✓ Contenu valide : \d+ éditions, \d+ territoires, \d+ témoignages vérifiés en [\d,]+ (ms|s)\.$/m);
    expect(code).toBe(0);
  });

  it.each(cases)('reports a %s, naming the file and the field', (_case, file, edit, place, message) => {
    const result = checkContent(root, brokenCopy(file, edit), loadReference);
    const text = formatText(result);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(text).toMatch(/^✗ \d+ problèmes? dans \d+ fichiers? :/);
    expect(text).toContain(place);
    expect(text).toContain(message);
  });

  it.concurrent.each(cases.filter(([name]) => ['malformed YAML', 'distinction not in the scale', 'empty file'].includes(name)))(
    'exits non-zero on a %s, run as a command',
    async (_case, file, edit, place, message) => {
      const { code, output } = await runCommand('check-content', ['--dossier', brokenCopy(file, edit)]);
      expect(code).toBe(1);
      expect(output).toContain(place);
      expect(output).toContain(message);
    },
  );

  it('writes a Markdown report for the pull request, and GitHub annotations', async () => {
    const dir = contentCopy();
    const target = path.join(dir, 'editions/2023.yaml');
    writeFileSync(target, readFileSync(target, 'utf8').replace(/distinction: 5/, 'distinction: or'));
    const report = path.join(path.dirname(dir), 'rapport.md');
    const { code, output } = await runCommand('check-content', ['--format', 'github', '--markdown', report], { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(output).toMatch(/^::error file=.*editions\/2023\.yaml,line=\d+,title=results\[\d+\]\.distinction::distinction « or »/m);
    expect(readFileSync(report, 'utf8')).toMatch(/^### ❌ Contenu à corriger : \d+ problèmes? dans \d+ fichiers?\n/);
    expect(readFileSync(report, 'utf8')).toMatch(
      /\| `[^`]*editions\/2023\.yaml` \| \d+ \| `results\[\d+\]\.distinction` \| distinction « or » absente/,
    );
  });

  it('explains its options in French and refuses unknown ones', async () => {
    expect((await runCommand('check-content', ['--help'])).output).toContain('Vérifie tout le contenu');
    expect(await runCommand('check-content', ['--formt', 'github'])).toEqual({
      code: 2,
      output: 'Erreur : option inconnue : --formt\nAide : npm run content:check -- --help\n',
    });
  });
});
