// check:content on every bad case of the issue: the report names the file and the field, and the
// command exits non-zero (run as a subprocess for some cases, as an editor or the CI runs it).
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReference } from '../src/lib/reference/reference-fs';
import { contentCopy, removeCopies, root, runCommand } from '../tests/support/commands';
import { checkContent, formatText } from './editor/content-report';

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
    // Les Abymes first applied in 2024: it can never have a 2023 result.
    'testimonials/les-abymes-2024.mdx',
    (t) => t.replace('edition: 2024', 'edition: 2023'),
    'testimonials/les-abymes-2024.mdx › edition',
    "« les-abymes » n'a aucun résultat dans l'édition 2023",
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

describe('npm run check:content', () => {
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
      output: 'Erreur : option inconnue : --formt\nAide : npm run check:content -- --help\n',
    });
  });
});

/** A command case: the copy's content folder after `prepare`, the environment, and the blocks the report must hold. */
type CommandCase = [string, (dir: string) => void, Record<string, string>, number, string[]];

const edit = (dir: string, file: string, change: (text: string) => string) => {
  const target = path.join(dir, file);
  const after = change(readFileSync(target, 'utf8'));
  expect(after, `la modification de ${file} n’a rien changé`).not.toBe(readFileSync(target, 'utf8'));
  writeFileSync(target, after);
};
// 1 June 2023, before the 2023 ceremony.
const JUNE_2023 = { SOURCE_DATE_EPOCH: '1685577600' };

const commandCases: CommandCase[] = [
  [
    'a testimonial territory with capitals, an accent and a trailing space',
    (dir) => edit(dir, 'testimonials/boe-2023.mdx', (t) => t.replace('territory: boe', 'territory: "Boé "')),
    {},
    1,
    [
      'testimonials/boe-2023.mdx:2 › territory\n  identifiant "Boé " invalide (espace au début ou à la fin, majuscules, accents) : attendu : minuscules sans accents, chiffres et tirets (ex. « saint-martin-d-uriage »)\n  → vouliez-vous dire « boe » ?',
    ],
  ],
  [
    'a result territory with a capital and a trailing space',
    (dir) => edit(dir, 'editions/2022.yaml', (t) => t.replace('territory: echirolles', 'territory: "Echirolles "')),
    {},
    1,
    [
      '.territory\n  identifiant "Echirolles " invalide (espace au début ou à la fin, majuscules) : attendu : minuscules sans accents, chiffres et tirets (ex. « saint-martin-d-uriage »)\n  → vouliez-vous dire « echirolles » ?',
    ],
  ],
  [
    'a commune code written without its leading zero',
    (dir) => edit(dir, 'territories/lettret.yaml', (t) => t.replace('code: "05074"', 'code: 5074')),
    {},
    1,
    [
      'territories/lettret.yaml:3 › code\n  code « 5074 » invalide : attendu un code INSEE de commune à 5 caractères (ex. 38151)\n  → vouliez-vous dire « 05074 » ? écrivez code: "05074" (entre guillemets, pour garder le zéro)',
    ],
  ],
  [
    'a leading-zero code written without quotes, without a cascade on the editions that cite it',
    (dir) => edit(dir, 'territories/lettret.yaml', (t) => t.replace('code: "05074"', 'code: 05074')),
    {},
    1,
    [
      '✗ 1 problème dans 1 fichier :',
      'territories/lettret.yaml:3 › code\n  le code 05074, écrit sans guillemets, est lu comme le nombre 5074 : YAML retire son zéro initial\n  → mettez le code entre guillemets : code: "05074"',
    ],
  ],
  [
    'a field written twice',
    (dir) => edit(dir, 'editions/2022.yaml', (t) => t.replace(/^place: .*$/m, '$&\nplace: Paris')),
    {},
    1,
    [
      'editions/2022.yaml:6 › place\n  le champ « place » apparaît deux fois (lignes 5 et 6)\n  → gardez une seule ligne « place: … » et supprimez l’autre',
    ],
  ],
  [
    'a symbolic link',
    (dir) => symlinkSync(path.join(dir, 'territories/abbeville.yaml'), path.join(dir, 'territories/lien.yaml')),
    {},
    1,
    [
      'territories/lien.yaml\n  lien symbolique refusé : un fichier du contenu doit être un vrai fichier du dépôt, pas un lien vers un autre fichier\n  → remplacez le lien par le fichier lui-même, ou supprimez-le',
    ],
  ],
  [
    'MDX that is not plain Markdown',
    (dir) => {
      edit(dir, 'testimonials/boe-2023.mdx', (t) => `${t}\n<Quote>citation\n`);
      edit(dir, 'pages/a-propos.mdx', (t) => `${t}\n<script>alert(1)</script>\n\n[lien](javascript:alert(1))\n`);
    },
    {},
    1,
    [
      'testimonials/boe-2023.mdx:',
      '\n  MDX invalide : balise « <Quote> » jamais fermée\n  → le contenu MDX est du Markdown simple : titres « # », listes « - », liens « [texte](https://…) », citations « > » ; pour afficher « < », « { » ou « } » tels quels, écrivez \\<, \\{ ou \\}',
      '\n  balise « <script> » interdite : pas de HTML ni de composants dans le contenu\n',
      '\n  adresse « javascript:alert(1) » interdite dans un lien : une adresse javascript: peut exécuter du code ou injecter du contenu\n  → utilisez une adresse web complète (https://…) ou un lien interne du site (/territoires/…)',
    ],
  ],
  [
    'an edition announced after the reference date (SOURCE_DATE_EPOCH)',
    () => {},
    JUNE_2023,
    1,
    [
      'editions/2023.yaml › announcedOn\n  date d’annonce 2023-',
      ' postérieure à aujourd’hui (2023-06-01) : une édition n’est publiée qu’une fois ses résultats annoncés\n  → si la date est fausse, corrigez-la ; sinon ajoutez « draft: true » à l’édition jusqu’à la cérémonie (elle est alors vérifiée mais publiée nulle part)',
    ],
  ],
  [
    'a territory that no edition uses, as a warning after a valid report',
    (dir) => writeFileSync(path.join(dir, 'territories/sans-resultat.yaml'), 'kind: commune\ncode: "58194"\n'),
    {},
    0,
    [
      '✓ Contenu valide : ',
      '\n\n⚠ 1 avertissement (il n’empêche pas la publication) :\n\n',
      'territories/sans-resultat.yaml\n  aucune édition ne cite le territoire « sans-resultat » : il sera publié sans aucun résultat\n  → ajoutez son résultat à une édition (« territory: sans-resultat » dans content/editions/<année>.yaml), ou supprimez ce fichier s’il n’a pas lieu d’être',
    ],
  ],
  [
    'a date-like place, read as a text as the build reads it',
    (dir) => edit(dir, 'editions/2022.yaml', (t) => t.replace(/^place: .*$/m, 'place: 2021-11-09')),
    {},
    0,
    ['✓ Contenu valide : '],
  ],
];

describe('npm run check:content, run as a command', () => {
  it.concurrent.each(commandCases)(
    'reports %s',
    async (_case, prepare, env, exitCode, blocks) => {
      const dir = contentCopy();
      prepare(dir);
      const { code, output } = await runCommand('check-content', ['--dossier', dir], env);
      for (const block of blocks) expect(output).toContain(block);
      expect(code).toBe(exitCode);
    },
    60_000,
  );

  it('accepts a future edition marked as a draft', async () => {
    const dir = contentCopy();
    edit(dir, 'editions/2023.yaml', (t) => `${t}draft: true\n`);
    const { output } = await runCommand('check-content', ['--dossier', dir], JUNE_2023);
    expect(output).not.toContain('editions/2023.yaml › announcedOn');
  }, 60_000);

  it('refuses a SOURCE_DATE_EPOCH that is not a number of seconds', async () => {
    expect(await runCommand('check-content', [], { SOURCE_DATE_EPOCH: 'demain' })).toEqual({
      code: 2,
      output:
        'Erreur : SOURCE_DATE_EPOCH « demain » invalide : attendu un nombre entier de secondes depuis le 1er janvier 1970 (ex. 1767225600), ou retirez la variable\n',
    });
  });

  it('cuts a long list of problems and says how many it left out', async () => {
    const dir = contentCopy();
    for (let i = 0; i < 60; i++) writeFileSync(path.join(dir, `territories/vide-${String(i).padStart(2, '0')}.yaml`), '\n');
    const { code, output } = await runCommand('check-content', ['--dossier', dir]);
    expect(output).toMatch(/^✗ 60 problèmes dans 60 fichiers :/);
    expect(output).toContain('territories/vide-49.yaml\n  fichier vide');
    expect(output).not.toContain('vide-50.yaml');
    expect(output).toContain('\n\n… et 10 autres non affichés (seuls les 50 premiers le sont) : corrigez ceux-ci, puis relancez.\n');
    expect(code).toBe(1);
  }, 60_000);
});
