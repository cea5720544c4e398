import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content/content-fs';
import { loadReference } from '../../src/lib/reference/reference-fs';
import { planImport } from './import-plan';
import type { ImportInput } from './import-types';
import { formatImportProblems } from './import-report';

const root = path.resolve(import.meta.dirname, '../..');
const reference = loadReference();
// A small content folder of its own (real 2022 edition, ten real territory files): what the real
// content/ gains over time (editions, new collectivités) never changes these tests.
const { content } = loadContentFromDisk(root, 'tests/fixtures/import/contenu');

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
  - id: meilleure-premiere-candidature
    label: Meilleure première candidature
  - id: mutualisation
    label: Mutualisation
  - id: promotion
    label: Promotion, communication et sensibilisation aux logiciels libres
  - id: sobriete
    label: "Sobriété numérique : durabilité des équipements"
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
/** The problems as the command prints them, suggestions and snippets included. */
const printed = (p: ReturnType<typeof planImport>) => formatImportProblems(p.problems, '');
const options = (o: ImportInput['options']) => ({ options: o });

describe('planImport', () => {
  it('plans the edition and the files of first-time entrants, using the edition’s source and the confidence of that source', () => {
    const result = plan(
      'collectivité,département,distinction,mentions\nAbbeville,80,Or,Sobriété numérique : durabilité des équipements\nVilleurbanne,69,Badge,\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.read.slice(2)).toEqual([
      'source de chaque résultat : https://territoire-numerique-libre.org/edition-2025/ (première source de l’édition)',
      'confiance d’après la source : high pour le site du label (territoire-numerique-libre.org) et adullact.org, medium pour toute autre source (presse, April, site d’une collectivité)',
      'confiance retenue : 2 high (2 d’après la source)',
    ]);
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

  it('gives high to the official sites and medium to any other source, unless the confidence cell says otherwise', () => {
    const result = plan(
      [
        'nom,niveau,source,confiance',
        'Boé,Or,https://april.org/print/37-collectivites-recompensees-par-le-jury-du-label-territoire-numerique-libre-2025,',
        'Échirolles,Or,https://demarches.adullact.org/label/,',
        'Grenoble,Badge,https://www.grenoble.fr/,faible',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.read.slice(3)).toEqual([
      'confiance : colonne « confiance » quand la cellule est remplie, sinon d’après la source : high pour le site du label (territoire-numerique-libre.org) et adullact.org, medium pour toute autre source (presse, April, site d’une collectivité)',
      'confiance retenue : 1 high, 1 medium, 1 low (1 d’après la colonne, 2 d’après la source)',
    ]);
    const written = result.changes[0]!.content;
    expect(written).toContain('  - territory: boe\n    distinction: or\n    source: https://april.org/print/');
    expect(written).toMatch(/territory: boe\n.*\n.*\n {4}confidence: medium\n/);
    expect(written).toMatch(/territory: echirolles\n.*\n.*\n {4}confidence: high\n/);
    expect(written).toMatch(/territory: grenoble\n.*\n.*\n {4}confidence: low\n/);
  });

  it('keeps --confiance as the default of rows without a cell, and warns when high goes with a source that is not official', () => {
    const csv =
      'nom,niveau,source,confiance\nBoé,Or,https://guidenumerique.net/boe/,high\nÉchirolles,Or,https://www.echirolles.fr/node/8760,\n';
    const flagged = plan(csv, options({ confidence: 'high' }));
    expect(flagged.problems).toEqual([]);
    expect(flagged.read[3]).toBe('confiance : colonne « confiance » quand la cellule est remplie, sinon high (--confiance)');
    expect(formatImportProblems(flagged.warnings, '')).toBe(
      [
        'resultats.csv:2 › confiance',
        '  confiance high (« Source officielle » sur le site) pour une source qui n’est pas officielle : https://guidenumerique.net/boe/',
        '  → high est réservé au site du label (territoire-numerique-libre.org) et à adullact.org : écrivez medium dans la cellule, ou videz-la pour appliquer la règle de la source',
        '',
        'resultats.csv:3 › confiance',
        '  confiance high (« Source officielle » sur le site) pour une source qui n’est pas officielle : https://www.echirolles.fr/node/8760',
        '  → high est réservé au site du label (territoire-numerique-libre.org) et à adullact.org : relancez sans --confiance high pour appliquer la règle de la source (medium ici)',
      ].join('\n'),
    );
    expect(plan('nom,niveau\nBoé,Or\n', options({ confidence: 'medium' })).read[3]).toBe(
      'confiance : medium (--confiance) pour chaque résultat',
    );
  });

  it('accepts a row with mentions and no distinction as « inconnue », and says so; without mention the distinction is still required', () => {
    const result = plan('nom,type,niveau,mentions\nGrenoble,commune,,meilleure première candidature;mutualisation\n');
    expect(result.problems).toEqual([]);
    expect(result.matches).toEqual([
      'ligne 2 : « Grenoble » → grenoble (déjà dans l’atlas) — distinction inconnue (cellule vide), avec les mentions meilleure-premiere-candidature, mutualisation',
    ]);
    expect(result.changes[0]!.content).toContain(
      '  - territory: grenoble\n    distinction: inconnue\n    mentions:\n      - meilleure-premiere-candidature\n      - mutualisation\n',
    );
    expect(printed(plan('nom,niveau,mentions\nGrenoble,,\n'))).toBe(
      'resultats.csv:2 › distinction\n  distinction manquante\n  → écrivez badge, bronze, argent, or, ou inconnue si la source dit que la collectivité est distinguée sans donner sa distinction',
    );
  });

  it('gives the YAML to paste for an undeclared mention, naming the edition file and its mentions block', () => {
    const bare = edition2025().replace(/mentions:\n(?: {2}.*\n)+/, 'mentions: []\n');
    const result = plan('nom,niveau,mentions\nBoé,Or,sobriété numérique\nÉchirolles,Or,Sobriété numérique ; OPEN DATA\n', {
      edition: { file: 'content/editions/2025.yaml', text: bare },
    });
    expect(printed(result)).toBe(
      [
        'resultats.csv:2 › mentions',
        '  2 mentions non déclarées par l’édition 2025 : « sobriété numérique » (lignes 2 et 3), « OPEN DATA » (ligne 3)',
        '  → dans content/editions/2025.yaml, remplacez la ligne « mentions: [] » (ou ajoutez le bloc) par :',
        '      mentions:',
        '        - id: sobriete-numerique',
        '          label: Sobriété numérique',
        '        - id: open-data',
        '          label: Open data',
        '    ou relancez avec --declarer-mentions pour que l’import les déclare ainsi, dans la même écriture que les résultats',
      ].join('\n'),
    );
    expect(printed(plan('nom,niveau,mentions\nBoé,Or,Open data\n'))).toBe(
      [
        'resultats.csv:2 › mentions',
        '  mention « Open data » non déclarée par l’édition 2025',
        '  → ajoutez ces lignes à la fin du bloc « mentions: » de content/editions/2025.yaml :',
        '        - id: open-data',
        '          label: Open data',
        '    ou relancez avec --declarer-mentions pour que l’import la déclare ainsi, dans la même écriture que les résultats',
      ].join('\n'),
    );
  });

  it('declares undeclared mentions in the edition file with --declarer-mentions, in the same change as the results', () => {
    const result = plan('nom,niveau,mentions\nBoé,Or,open data\n', options({ declareMentions: true }));
    expect(result.problems).toEqual([]);
    expect(result.matches).toEqual([
      'ligne 2 : « Boé » → boe (déjà dans l’atlas) — mention « open data » déclarée dans l’édition (--declarer-mentions)',
    ]);
    expect(result.changes.map((c) => c.summary)).toEqual([
      'content/editions/2025.yaml : 1 résultat(s) ajouté(s), 1 mention(s) déclarée(s) (open-data : Open data)',
    ]);
    expect(result.changes[0]!.content).toContain(
      '  - id: sobriete\n    label: "Sobriété numérique : durabilité des équipements"\n  - id: open-data\n    label: Open data\n',
    );
    expect(result.changes[0]!.content).toContain('  - territory: boe\n    distinction: or\n    mentions:\n      - open-data\n');
  });

  it('offers a name or a mention close to exactly one known, which --accepter-suggestions accepts', () => {
    const csv =
      'nom,type,département,niveau,mentions\nSyndicat Morbihan Énergies,syndicat,56,Or,\nÉchirolles,commune,38,Or,promotion et sensibilisation au libre\n';
    expect(printed(plan(csv))).toBe(
      [
        'resultats.csv:2 › collectivité',
        '  « Syndicat Morbihan Énergies » introuvable dans le département 56',
        '  → vouliez-vous dire : morbihan-energies (déjà dans l’atlas : Morbihan Énergies, syndicat) ? Relancez avec --accepter-suggestions pour l’accepter (ainsi que toute autre suggestion unique), ou corrigez le nom dans le tableau',
        '',
        'resultats.csv:3 › mentions',
        '  mention « promotion et sensibilisation au libre » non déclarée par l’édition 2025',
        '  → vouliez-vous dire « Promotion, communication et sensibilisation aux logiciels libres » (promotion) ? Relancez avec --accepter-suggestions pour l’accepter, ou corrigez la cellule',
      ].join('\n'),
    );
    const accepted = plan(csv, options({ acceptSuggestions: true }));
    expect(accepted.problems).toEqual([]);
    expect(accepted.matches).toEqual([
      'ligne 2 : « Syndicat Morbihan Énergies » → morbihan-energies (déjà dans l’atlas) — suggestion acceptée (--accepter-suggestions)',
      'ligne 3 : « Échirolles » → echirolles (déjà dans l’atlas) — mention « promotion et sensibilisation au libre » lue comme « Promotion, communication et sensibilisation aux logiciels libres » (suggestion acceptée, --accepter-suggestions)',
    ]);
    expect(accepted.changes[0]!.content).toContain('  - territory: echirolles\n    distinction: or\n    mentions:\n      - promotion\n');
  });

  it('never accepts a suggestion that is not the only one', () => {
    const result = plan('nom,niveau\nMontreuil-sous-Bois,Or\n', options({ acceptSuggestions: true }));
    expect(problems(result)).toEqual(['collectivité (ligne 2) : « Montreuil-sous-Bois » introuvable']);
    expect(result.problems[0]!.suggestion).toBe(
      'vouliez-vous dire : Montreuil (commune 28267, dép. 28) ; Montreuil (commune 85148, dép. 85) ; Montreuil (commune 93048, dép. 93) ? Corrigez le nom dans le tableau, précisez le département, ou indiquez la correspondance avec --correspondances',
    );
  });

  it('gives the territory file to write by hand for a body without INSEE code, instead of an absurd suggestion', () => {
    const result = plan('nom,type,niveau,mentions\nParc national des Écrins,autre,,meilleure première candidature;mutualisation\n');
    expect(printed(result)).toBe(
      [
        'resultats.csv:2 › collectivité',
        '  « Parc national des Écrins » introuvable',
        '  → s’il s’agit d’un organisme sans code INSEE (syndicat, établissement public, association…), créez le fichier content/territories/parc-national-des-ecrins.yaml avec ces lignes, remplacez <SIREN> par son numéro SIREN (9 chiffres) et <code INSEE du siège> par le code de sa commune siège, puis relancez la même commande :',
        '      # yaml-language-server: $schema=../../public/schemas/territory.schema.json',
        '      kind: autre',
        '      name: Parc national des Écrins',
        '      code: "<SIREN>"',
        '      seat: "<code INSEE du siège>"',
      ].join('\n'),
    );
    expect(plan('nom,niveau\nParc national des Écrins,Or\n').problems[0]!.suggestion).toContain('\n  kind: autre # ou syndicat\n');
  });

  it('says so when the file to write by hand exists but breaks its schema (placeholders left)', () => {
    const result = plan('nom,type,niveau\nParc national des Écrins,autre,Or\n', {
      invalidFiles: ['content/territories/parc-national-des-ecrins.yaml'],
    });
    expect(result.problems[0]!.suggestion).toBe(
      'le fichier content/territories/parc-national-des-ecrins.yaml existe mais n’est pas valide, il est donc ignoré : npm run check:content dit pourquoi (<SIREN> et <code INSEE du siège> sont-ils remplacés ?) ; corrigez-le, puis relancez la même commande',
    );
  });

  it('suggests the code with its leading zero back when a spreadsheet dropped it, and accepts it with --accepter-suggestions', () => {
    const result = plan('nom,code,niveau\nL’Abergement-Clémenciat,1001,Or\n');
    expect(printed(result)).toBe(
      [
        'resultats.csv:2 › collectivité',
        '  « L’Abergement-Clémenciat » introuvable avec le code 1001',
        "  → vouliez-vous dire 01001 ? C’est L'Abergement-Clémenciat (commune 01001, dép. 01) ; le tableur a sans doute retiré le zéro initial : écrivez 01001 dans la cellule (colonne au format Texte), ou relancez avec --accepter-suggestions pour l’accepter",
      ].join('\n'),
    );
    expect(plan('nom,code,niveau\nL’Abergement-Clémenciat,1001,Or\n', options({ acceptSuggestions: true })).matches).toEqual([
      "ligne 2 : « L’Abergement-Clémenciat » → nouveau fichier l-abergement-clemenciat.yaml : L'Abergement-Clémenciat (commune 01001, dép. 01) — code 1001 lu comme 01001 (suggestion acceptée, --accepter-suggestions)",
    ]);
    expect(problems(plan('nom,code,niveau\nNulle part,9999,Or\n'))).toEqual([
      'collectivité (ligne 2) : « Nulle part » introuvable avec le code 9999',
    ]);
  });

  it('imports only the rows of its year from a spreadsheet with a year column, and reports rows without a readable year', () => {
    const record = 'année,nom,niveau\n2024,Boé,5\n2025,Boé,Or\n2016,Grenoble,4\n2016,Abbeville,4\n';
    const result = plan(record);
    expect(result.problems).toEqual([]);
    expect(result.read[2]).toBe(
      'année : colonne « année » : 1 ligne(s) de 2025 importée(s), 3 ligne(s) d’autres années ignorée(s) (2016 : 2, 2024 : 1)',
    );
    expect(result.matches).toEqual(['ligne 3 : « Boé » → boe (déjà dans l’atlas)']);
    expect(problems(plan('année,nom,niveau\n,Boé,Or\n25,Grenoble,Or\n2025,Abbeville,Or\n'))).toEqual([
      'année (ligne 2) : année manquante',
      'année (ligne 3) : année « 25 » invalide',
    ]);
    expect(printed(plan('year,nom,niveau\n2016,Grenoble,4\n2017,Grenoble,4\n'))).toBe(
      'resultats.csv › colonne « year »\n  aucune ligne de l’année 2025\n  → vérifiez l’année de la commande ; le tableau donne 2016, 2017',
    );
  });
});
