// import:results as an editor runs it, on a copy of a small content folder of
// their own (tests/fixtures/import/contenu: the real 2022 edition and ten real territory files) and
// the spreadsheet exports of tests/fixtures/import/. The real content/ is never read: whatever
// editions and collectivités it gains, these tests stay true.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadReference } from '../src/lib/reference/reference-fs';
import { editionSchema } from '../src/schemas/edition';
import { contentCopy, removeCopies, root, runCommand, snapshot } from '../tests/support/commands';
import { checkContent } from './editor/content-report';
import { scaffoldEdition, type ScaffoldInput } from './editor/edition-scaffold';

const fixture = (name: string) => path.join(root, 'tests/fixtures/import', name);
afterAll(removeCopies);

/** A copy of the import's content fixture in a temporary folder; returns its content folder. */
const fixtureContent = () => contentCopy('tests/fixtures/import/contenu');

/** Adds an edition to a content folder, as create:edition writes it. */
function addEdition(dir: string, input: Omit<ScaffoldInput, 'previous'>) {
  const previous = editionSchema.parse(parse(readFileSync(path.join(dir, 'editions/2022.yaml'), 'utf8')));
  writeFileSync(path.join(dir, `editions/${input.year}.yaml`), scaffoldEdition({ previous, place: 'Paris', ...input }).text);
}

/** The content fixture with a 2024 edition on levels 1 to 5 and the mentions of the test spreadsheets. */
function withEdition2024(mentions = 'coup-de-coeur:Candidature coup de cœur,open-data:Open data,communication:Communication'): string {
  const dir = fixtureContent();
  addEdition(dir, {
    year: 2024,
    mentions,
    announcedOn: '2024-12-04',
    event: 'Open Source Experience',
    source: 'https://territoire-numerique-libre.org/edition-2024/',
  });
  return dir;
}

/** The content fixture with the 2025 edition as the label ran it: Badge to Or, the four official mentions. */
function withEdition2025(): string {
  const dir = fixtureContent();
  addEdition(dir, {
    year: 2025,
    scale: 'badge:Badge,bronze:Bronze,argent:Argent,or:Or',
    mentions:
      'meilleure-premiere-candidature:Meilleure première candidature,mutualisation:Mutualisation,promotion:Promotion, communication et sensibilisation aux logiciels libres,sobriete:Sobriété numérique : durabilité des équipements',
    announcedOn: '2025-11-19',
    event: 'Congrès des Maires',
    source: 'https://territoire-numerique-libre.org/2025/11/territoire-numerique-libre-37-collectivites-montrent-la-voie-en-2025',
  });
  return dir;
}

/** check:content's verdict on a folder, in-process. */
const problemsIn = (dir: string) => checkContent(root, dir, loadReference).problems;
const importResults = (args: string[], dir: string) => runCommand('import-results', [...args, '--dossier', dir]);

describe('npm run import:results', () => {
  it('imports a Windows-1252 export with semicolons, resolving names with the COG, and the result passes check:content', async () => {
    const dir = withEdition2024();
    const before = snapshot(dir);
    const dryRun = await runCommand('import-results', ['2024', fixture('resultats-cp1252.csv'), '--dry-run'], { CONTENT_DIR: dir });
    expect(dryRun.code).toBe(0);
    expect(dryRun.output).toContain('encodage Windows-1252, séparateur « ; », 6 ligne(s) de résultats');
    expect(dryRun.output).toContain("« Saint-Martin-d'Uriage » → saint-martin-d-uriage (déjà dans l’atlas)");
    expect(dryRun.output).toContain('« Département de la Gironde » → gironde (déjà dans l’atlas)');
    expect(dryRun.output).toContain(
      '« Pierre-Bénite » → nouveau fichier oullins-pierre-benite.yaml : Oullins-Pierre-Bénite (commune 69149, dép. 69) — ancienne commune « Pierre-Bénite »',
    );
    expect(dryRun.output).toContain('Modifications prévues (--dry-run : rien n’est écrit)');
    expect(snapshot(dir)).toEqual(before);

    const { code, output } = await runCommand('import-results', ['2024', fixture('resultats-cp1252.csv')], { CONTENT_DIR: dir });
    expect(code).toBe(0);
    expect(output).toMatch(/✓ 4 fichiers écrits/);
    const changed = Object.keys(snapshot(dir)).filter((file) => snapshot(dir)[file] !== before[file]);
    expect(changed.sort()).toEqual([
      'editions/2024.yaml',
      'territories/grand-avignon.yaml',
      'territories/oullins-pierre-benite.yaml',
      'territories/villeurbanne.yaml',
    ]);
    const edition = readFileSync(path.join(dir, 'editions/2024.yaml'), 'utf8');
    expect(edition).toContain(
      '  - territory: echirolles\n    distinction: 5\n    mentions:\n      - open-data\n    source: https://territoire-numerique-libre.org/edition-2024/\n    confidence: high\n',
    );
    expect(edition).toContain('  - territory: villeurbanne\n    distinction: 3\n    mentions:\n      - communication\n      - open-data\n');
    expect(edition).toContain("    note: Nom d'avant la fusion ; rattachée à Oullins-Pierre-Bénite\n");
    expect(edition).toContain('  - territory: grand-avignon\n    distinction: 3\n    mentions:\n      - coup-de-coeur\n');
    expect(readFileSync(path.join(dir, 'territories/villeurbanne.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=../../public/schemas/territory.schema.json\nkind: commune\ncode: "69266"\n',
    );
    expect(readFileSync(path.join(dir, 'territories/oullins-pierre-benite.yaml'), 'utf8')).toContain('formerNames:\n  - Pierre-Bénite\n');
    expect(problemsIn(dir)).toEqual([]);

    const again = await importResults(['2024', fixture('resultats-cp1252.csv')], dir);
    expect(again.output).toContain('Rien à changer');
    expect(again.code).toBe(0);
  }, 60_000);

  it('refuses a spreadsheet with an unknown column, listing the accepted ones, and writes nothing', async () => {
    const dir = withEdition2024();
    const before = snapshot(dir);
    const { code, output } = await importResults(['2024', fixture('colonne-inconnue.csv')], dir);
    expect(code).toBe(1);
    expect(output).toContain('colonne-inconnue.csv › en-tête, colonne « Population »\n    colonne « Population » inconnue');
    expect(output).toMatch(/→ renommez-la ou supprimez-la ; colonnes acceptées : collectivité \(collectivite, /);
    expect(output).toContain('rien n’a été écrit');
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('lists ambiguous and unknown names with suggestions, writes nothing, then imports with a mapping file', async () => {
    const dir = withEdition2024();
    const before = snapshot(dir);
    const { code, output } = await importResults(['2024', fixture('noms-ambigus.csv')], dir);
    expect(code).toBe(1);
    expect(output).toContain(
      'noms-ambigus.csv:2 › collectivité\n    « Saint-Joseph » désigne plusieurs collectivités : saint-joseph (déjà dans l’atlas',
    );
    expect(output).toContain(
      'noms-ambigus.csv:3 › collectivité\n    « Grenobel » introuvable\n    → vouliez-vous dire : grenoble (déjà dans l’atlas : Grenoble, commune 38185, dép. 38) ? Relancez avec --accepter-suggestions pour l’accepter (ainsi que toute autre suggestion unique), ou corrigez le nom dans le tableau',
    );
    expect(output).toContain('« Mayenne » désigne plusieurs collectivités : Mayenne (commune 53147, dép. 53) ; Mayenne (département 53)');
    expect(output).toContain('✗ 3 problèmes : rien n’a été écrit.');
    expect(snapshot(dir)).toEqual(before);

    const mapped = await importResults(['2024', fixture('noms-ambigus.csv'), '--correspondances', fixture('correspondances.csv')], dir);
    expect(mapped.output).toContain('« Saint-Joseph » → nouveau fichier saint-joseph-50.yaml : Saint-Joseph (commune 50498, dép. 50)');
    expect(mapped.output).toContain('« Mayenne » → nouveau fichier mayenne.yaml : Mayenne (département 53)');
    expect(mapped.code).toBe(0);
    expect(readFileSync(path.join(dir, 'territories/mayenne.yaml'), 'utf8')).toContain(
      'kind: departement\ncode: "53"\nname: Département de la Mayenne\n',
    );
  }, 60_000);

  it('imports the 2025 rows of the research table: one stop for the file of a body without INSEE code, suggestions accepted by one flag', async () => {
    const dir = withEdition2025();
    const before = snapshot(dir);
    const table = fixture('recherche-2024-2025.csv');
    const first = await importResults(['2025', table], dir);
    expect(first.code).toBe(1);
    expect(first.output).toContain(
      '  année : colonne « year » : 8 ligne(s) de 2025 importée(s), 3 ligne(s) d’autres années ignorée(s) (2024 : 3)\n',
    );
    expect(first.output).toContain(
      '  confiance : colonne « confidence » quand la cellule est remplie, sinon d’après la source : high pour le site du label (territoire-numerique-libre.org) et adullact.org, medium pour toute autre source (presse, April, site d’une collectivité)\n',
    );
    expect(first.output).toContain(
      '  ligne 7 : « Colomiers » → nouveau fichier colomiers.yaml : Colomiers (commune 31149, dép. 31) — distinction inconnue (cellule vide), avec la mention sobriete\n',
    );
    expect(first.output).toContain(
      "  ligne 8 : « Communauté d'Agglomération du Sud » → nouveau fichier ca-du-sud.yaml : CA du Sud (EPCI 249740085, dép. 974)\n",
    );
    expect(first.output).toContain('✗ 3 problèmes : rien n’a été écrit.');
    expect(first.output).toContain(
      [
        `  ${table}:10 › collectivité`,
        '    « Parc national des Écrins » introuvable',
        `    → s’il s’agit d’un organisme sans code INSEE (syndicat, établissement public, association…), créez le fichier ${dir}/territories/parc-national-des-ecrins.yaml avec ces lignes, remplacez <SIREN> par son numéro SIREN (9 chiffres) et <code INSEE du siège> par le code de sa commune siège, puis relancez la même commande :`,
        '        # yaml-language-server: $schema=../../public/schemas/territory.schema.json',
        '        kind: autre',
        '        name: Parc national des Écrins',
        '        code: "<SIREN>"',
        '        seat: "<code INSEE du siège>"',
        '',
        `  ${table}:11 › collectivité`,
        '    « Syndicat Morbihan Énergies » introuvable dans le département 56',
        '    → vouliez-vous dire : morbihan-energies (déjà dans l’atlas : Morbihan Énergies, syndicat) ? Relancez avec --accepter-suggestions pour l’accepter (ainsi que toute autre suggestion unique), ou corrigez le nom dans le tableau',
        '',
        `  ${table}:12 › mentions`,
        '    mention « promotion et sensibilisation au libre » non déclarée par l’édition 2025',
        '    → vouliez-vous dire « Promotion, communication et sensibilisation aux logiciels libres » (promotion) ? Relancez avec --accepter-suggestions pour l’accepter, ou corrigez la cellule',
      ].join('\n'),
    );
    expect(first.output).toContain(
      '\nFaites ce que propose chaque problème (corriger le tableau, créer un fichier, ajouter une option), puis relancez la commande.\n',
    );
    expect(first.output).not.toContain('Ri (commune 61349');
    expect(snapshot(dir)).toEqual(before);

    const accepted = await importResults(['2025', table, '--accepter-suggestions'], dir);
    expect(accepted.code).toBe(1);
    expect(accepted.output).toContain(
      '  ligne 11 : « Syndicat Morbihan Énergies » → morbihan-energies (déjà dans l’atlas) — suggestion acceptée (--accepter-suggestions)\n',
    );
    expect(accepted.output).toContain(
      '  ligne 12 : « Échirolles » → echirolles (déjà dans l’atlas) — mention « promotion et sensibilisation au libre » lue comme « Promotion, communication et sensibilisation aux logiciels libres » (suggestion acceptée, --accepter-suggestions)\n',
    );
    expect(accepted.output).toContain('✗ 1 problème : rien n’a été écrit.');
    expect(snapshot(dir)).toEqual(before);

    // The file pasted as the recipe gives it, placeholders left: the import says it is ignored.
    const parc = path.join(dir, 'territories/parc-national-des-ecrins.yaml');
    writeFileSync(
      parc,
      '# yaml-language-server: $schema=../../public/schemas/territory.schema.json\nkind: autre\nname: Parc national des Écrins\ncode: "<SIREN>"\nseat: "<code INSEE du siège>"\n',
    );
    const unfilled = await importResults(['2025', table, '--accepter-suggestions'], dir);
    expect(unfilled.code).toBe(1);
    expect(unfilled.output).toContain(
      `    → le fichier ${parc} existe mais n’est pas valide, il est donc ignoré : npm run check:content dit pourquoi (<SIREN> et <code INSEE du siège> sont-ils remplacés ?) ; corrigez-le, puis relancez la même commande\n`,
    );

    // The file the recipe asks for, filled in as the research says: SIREN 130006257, seat in Gap (05061).
    writeFileSync(
      parc,
      '# yaml-language-server: $schema=../../public/schemas/territory.schema.json\nkind: autre\nname: Parc national des Écrins\ncode: "130006257"\nseat: "05061"\n',
    );
    const done = await importResults(['2025', table, '--accepter-suggestions'], dir);
    expect(done.code).toBe(0);
    expect(done.output).toContain(
      '  ligne 10 : « Parc national des Écrins » → parc-national-des-ecrins (déjà dans l’atlas) — distinction inconnue (cellule vide), avec les mentions meilleure-premiere-candidature, mutualisation\n',
    );
    expect(done.output).toContain('✓ 5 fichiers écrits');
    const edition = readFileSync(path.join(dir, 'editions/2025.yaml'), 'utf8');
    expect(edition).toContain(
      '  - territory: colomiers\n    distinction: inconnue\n    mentions:\n      - sobriete\n    source: https://april.org/print/37-collectivites-recompensees-par-le-jury-du-label-territoire-numerique-libre-2025\n    confidence: medium\n',
    );
    expect(edition).toContain(
      '  - territory: parc-national-des-ecrins\n    distinction: inconnue\n    mentions:\n      - meilleure-premiere-candidature\n      - mutualisation\n',
    );
    expect(edition).toContain('  - territory: morbihan-energies\n    distinction: or\n');
    expect(edition).toContain(
      '  - territory: echirolles\n    distinction: or\n    mentions:\n      - promotion\n    source: https://www.echirolles.fr/node/8760\n',
    );
    expect(edition).toContain(
      '  - territory: clermont-auvergne-metropole\n    distinction: badge\n    source: https://territoire-numerique-libre.org/2025/11/territoire-numerique-libre-37-collectivites-montrent-la-voie-en-2025\n    confidence: high\n',
    );
    expect(problemsIn(dir)).toEqual([]);
  }, 60_000);

  it('gives the YAML of an undeclared mention, and declares it with --declarer-mentions in the same write as the results', async () => {
    const dir = withEdition2024('');
    const before = snapshot(dir);
    const table = fixture('recherche-2024-2025.csv');
    const first = await importResults(['2024', table], dir);
    expect(first.code).toBe(1);
    expect(first.output).toContain(
      [
        `  ${table}:3 › mentions`,
        '    mention « sobriété numérique » non déclarée par l’édition 2024',
        `    → dans ${dir}/editions/2024.yaml, remplacez la ligne « mentions: [] » (ou ajoutez le bloc) par :`,
        '        mentions:',
        '          - id: sobriete-numerique',
        '            label: Sobriété numérique',
        '      ou relancez avec --declarer-mentions pour que l’import la déclare ainsi, dans la même écriture que les résultats',
      ].join('\n'),
    );
    expect(snapshot(dir)).toEqual(before);

    const declared = await importResults(['2024', table, '--declarer-mentions'], dir);
    expect(declared.code).toBe(0);
    expect(declared.output).toContain(
      `  modifié : ${dir}/editions/2024.yaml — 3 résultat(s) ajouté(s), 1 mention(s) déclarée(s) (sobriete-numerique : Sobriété numérique)\n`,
    );
    const edition = readFileSync(path.join(dir, 'editions/2024.yaml'), 'utf8');
    expect(edition).toContain('mentions:\n  - id: sobriete-numerique\n    label: Sobriété numérique\n');
    expect(edition).toContain('  - territory: les-abymes\n    distinction: 4\n    mentions:\n      - sobriete-numerique\n');
    expect(problemsIn(dir)).toEqual([]);
  }, 60_000);

  it('takes the confidence from the source unless the cell says otherwise, warning when high goes with an unofficial source', async () => {
    const dir = withEdition2025();
    const table = fixture('confiance-par-source.csv');
    const { code, output } = await importResults(['2025', table], dir);
    expect(code).toBe(0);
    expect(output).toContain('  confiance retenue : 2 high, 1 medium (1 d’après la colonne, 2 d’après la source)\n');
    expect(output).toContain(
      [
        'À savoir (ne bloque pas l’import) :',
        '',
        `  ${table}:2 › confiance`,
        '    confiance high (« Source officielle » sur le site) pour une source qui n’est pas officielle : https://april.org/print/37-collectivites-recompensees-par-le-jury-du-label-territoire-numerique-libre-2025',
        '    → high est réservé au site du label (territoire-numerique-libre.org) et à adullact.org : écrivez medium dans la cellule, ou videz-la pour appliquer la règle de la source',
      ].join('\n'),
    );
    const edition = readFileSync(path.join(dir, 'editions/2025.yaml'), 'utf8');
    expect(edition).toMatch(/territory: clermont-auvergne-metropole\n.*\n.*\n {4}confidence: high\n/);
    expect(edition).toMatch(/territory: echirolles\n.*\n.*\n {4}confidence: medium\n/);
    expect(edition).toMatch(/territory: boe\n.*\n.*\n {4}confidence: high\n/);
  }, 60_000);

  it('refuses a workbook (.xls by name or by its bytes) and an oversized file before reading them, writing nothing', async () => {
    const dir = withEdition2024();
    const before = snapshot(dir);
    const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const saveAs =
      'ouvrez-le dans votre tableur et « Enregistrer sous » au format CSV (Excel : « CSV (séparateur : point-virgule) » ; LibreOffice : « Texte CSV »), puis importez le fichier .csv';
    const files = path.dirname(dir);
    const xls = path.join(files, 'resultats.xls');
    const disguised = path.join(files, 'resultats.csv');
    const huge = path.join(files, 'enorme.csv');
    writeFileSync(xls, ole2);
    writeFileSync(disguised, ole2);
    writeFileSync(huge, `nom;niveau\n${'Boé;5\n'.repeat(1_000_000)}`);
    const byName = await importResults(['2024', xls], dir);
    expect(byName.code).toBe(1);
    expect(byName.output).toContain(
      `✗ 1 problème : rien n’a été écrit.\n\n  ${xls}\n    ce fichier est un classeur Excel (.xls), pas un CSV : ${saveAs}`,
    );
    const byBytes = await importResults(['2024', disguised], dir);
    expect(byBytes.output).toContain(`  ${disguised}\n    ce fichier est un classeur Excel (.xls), pas un CSV : ${saveAs}`);
    const big = await importResults(['2024', huge], dir);
    expect(big.output).toContain(
      `  ${huge}\n    le fichier pèse 6,7 Mo : l’import en accepte 5 Mo au plus, bien plus qu’un palmarès ; vérifiez que c’est le bon fichier, ou gardez seulement les lignes des résultats`,
    );
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('prints at most 20 problems, counting the others', async () => {
    const dir = withEdition2024();
    const csv = path.join(path.dirname(dir), 'platine.csv');
    writeFileSync(csv, `nom;niveau\n${'Boé;Platine\n'.repeat(26)}`);
    const { code, output } = await importResults(['2024', csv], dir);
    expect(code).toBe(1);
    expect(output).toContain('✗ 26 problèmes : rien n’a été écrit.');
    expect(output.match(/distinction « Platine » absente/g)).toHaveLength(20);
    expect(output).toContain(`  ${csv}:21 › distinction`);
    expect(output).not.toContain(`  ${csv}:22 › distinction`);
    expect(output).toContain('\n\n  … et 6 autres, non affichés : corrigez d’abord ceux-ci, puis relancez la commande.\n');
  }, 60_000);

  it('refuses to import into an edition that does not exist, pointing to create:edition', async () => {
    const dir = fixtureContent();
    const { code, output } = await importResults(['2024', fixture('resultats-cp1252.csv')], dir);
    expect(code).toBe(1);
    expect(output).toContain('l’édition 2024 n’existe pas encore\n    → créez-la d’abord : npm run create:edition -- 2024');
    expect(existsSync(path.join(dir, 'editions/2024.yaml'))).toBe(false);
  }, 60_000);

  it('explains its usage and its flags in French', async () => {
    const help = (await runCommand('import-results', ['--help'])).output;
    expect(help).toContain('Colonnes reconnues');
    expect(help).toContain('  --accepter-suggestions       retient chaque suggestion unique (nom ou mention proche d’un seul connu)\n');
    expect(help).toContain('  --declarer-mentions          déclare dans l’édition les mentions du tableau qu’elle ne connaît pas\n');
    expect(await runCommand('import-results', ['2024'])).toMatchObject({
      code: 2,
      output: expect.stringContaining('indiquez l’année puis le fichier'),
    });
  }, 60_000);
});
