import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { loadReference } from '../../src/lib/reference-data';
import { planImport, type ImportInput } from './import-plan';

const root = path.resolve(import.meta.dirname, '../..');
const reference = loadReference();
const { content } = loadContentFromDisk(root);

const edition2025 = (results = 'results: []\n') => `# yaml-language-server: $schema=../../public/schemas/edition.schema.json
year: 2025
announcedOn: 2025-12-10
event: Open Source Experience
place: Paris
scheme: badge-bronze-argent-or
scale:
  - id: badge
    label: Badge
  - id: bronze
    label: Bronze
  - id: argent
    label: Argent
  - id: or
    label: Or
mentions:
  - id: sobriete
    label: Sobriété numérique
sources:
  - url: https://territoire-numerique-libre.org/edition-2025/
${results}`;

function plan(csv: string, overrides: Partial<ImportInput> = {}) {
  return planImport({
    year: 2025,
    csv: { file: 'resultats.csv', bytes: new TextEncoder().encode(csv) },
    edition: { file: 'content/editions/2025.yaml', text: edition2025() },
    territoriesDir: 'content/territories',
    content,
    reference,
    departementLinking: new Map([['53', 3]]),
    options: {},
    ...overrides,
  });
}

const problems = (p: ReturnType<typeof planImport>) => p.problems.map((x) => `${x.field} : ${x.message}`);

describe('planImport', () => {
  it('plans the edition and the files of first-time entrants, using the edition’s source and high confidence by default', () => {
    const result = plan('collectivité,département,distinction,mentions\nAbbeville,80,Or,Sobriété numérique\nVilleurbanne,69,Badge,\n');
    expect(result.problems).toEqual([]);
    expect(result.read[2]).toBe(
      'source de chaque résultat : https://territoire-numerique-libre.org/edition-2025/ (première source de l’édition) ; confiance : high (par défaut)',
    );
    expect(result.changes.map((c) => `${c.mode} ${c.file}`)).toEqual([
      'update content/editions/2025.yaml',
      'create content/territories/villeurbanne.yaml',
    ]);
    expect(result.changes[0]!.content).toContain(
      'results:\n  - territory: abbeville\n    distinction: or\n    mentions:\n      - sobriete\n    source: https://territoire-numerique-libre.org/edition-2025/\n    confidence: high\n  - territory: villeurbanne\n',
    );
  });

  it('reads the official code, the kind, the source, the confidence and the note from their columns', () => {
    const result = plan(
      'nom;code insee;type;niveau;lien;fiabilité;remarque\nOullins;69149;commune;Argent;https://www.ville-oullins-pierre-benite.fr/;moyenne;"nom d’usage"\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.changes[0]!.content).toContain(
      '  - territory: oullins-pierre-benite\n    distinction: argent\n    source: https://www.ville-oullins-pierre-benite.fr/\n    confidence: medium\n    note: nom d’usage\n',
    );
  });

  it('warns when the official code and the name disagree, keeping the code', () => {
    expect(plan('nom,code,niveau\nAmiens,80001,Or\n').warnings.map((w) => `${w.field} : ${w.message}`)).toEqual([
      'code (ligne 2) : le code 80001 désigne abbeville (déjà dans l’atlas : Abbeville, commune 80001, dép. 80), pas « Amiens » : le code est retenu',
    ]);
  });

  it('blocks everything on a row problem: missing name, bad source, the same collectivité twice', () => {
    const result = plan('nom,niveau,source\n,Or,\nAbbeville,Or,abbeville.fr\nGrenoble,Or,\nVille de Grenoble,Bronze,\n');
    expect(problems(result)).toEqual([
      'collectivité (ligne 2) : nom de la collectivité manquant',
      'source (ligne 3) : source « abbeville.fr » : attendu une adresse web complète (https://…)',
      'collectivité (ligne 5) : « Ville de Grenoble » est la même collectivité que « Grenoble » ligne 4 (grenoble (déjà dans l’atlas : Grenoble, commune 38185, dép. 38))',
    ]);
    expect(result.changes).toEqual([]);
  });

  it('keeps results already in the edition, refuses a different one, and replaces all with --remplacer', () => {
    const existing = edition2025(
      'results:\n  - territory: abbeville\n    distinction: or\n    source: https://territoire-numerique-libre.org/edition-2025/\n    confidence: high\n',
    );
    const same = plan('nom,niveau\nAbbeville,Or\n', { edition: { file: 'content/editions/2025.yaml', text: existing } });
    expect(same.problems).toEqual([]);
    expect(same.changes).toEqual([]);
    expect(same.matches.at(-1)).toBe('ligne 2 : « Abbeville » a déjà ce résultat dans content/editions/2025.yaml : inchangé');
    const different = plan('nom,niveau\nAbbeville,Argent\n', { edition: { file: 'content/editions/2025.yaml', text: existing } });
    expect(problems(different)).toEqual([
      'collectivité (ligne 2) : « Abbeville » a déjà un autre résultat dans content/editions/2025.yaml (or)',
    ]);
    const replaced = plan('nom,niveau\nAbbeville,Argent\n', {
      edition: { file: 'content/editions/2025.yaml', text: existing },
      options: { replace: true },
    });
    expect(replaced.changes[0]!.summary).toBe('content/editions/2025.yaml : 1 résultat(s) ajouté(s), 1 ancien(s) résultat(s) remplacé(s)');
    expect(replaced.changes[0]!.content).not.toContain('distinction: or');
  });

  it('reports a mapping file whose target is neither a territory file nor a code, and unused mapping lines', () => {
    const mapping = (text: string) => ({ mapping: { file: 'correspondances.csv', bytes: new TextEncoder().encode(text) } });
    expect(problems(plan('nom,niveau\nAbbeville,Or\n', mapping('nom;territoire\nAbbeville;abeville\n')))).toEqual([
      'territoire (ligne 2) : « abeville » n’est ni un fichier de content/territories ni un code officiel connu',
    ]);
    expect(plan('nom,niveau\nAbbeville,Or\n', mapping('nom;territoire\nMayenne;region:52\n')).warnings.map((w) => w.message)).toEqual([
      '« Mayenne » n’apparaît pas dans le tableau : ligne inutilisée',
    ]);
  });

  it('only blocks on problems the import creates, not on what the edition file already lacked', () => {
    const incomplete = edition2025().replace('place: Paris\n', '');
    const result = plan('nom,niveau\nAbbeville,Or\n', { edition: { file: 'content/editions/2025.yaml', text: incomplete } });
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((w) => `${w.field} : ${w.message}`)).toEqual([
      'place (ligne 2) : champ obligatoire manquant (attendu : un texte)',
    ]);
    expect(result.changes).toHaveLength(1);
  });
});
