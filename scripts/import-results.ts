// npm run import:results -- <année> <fichier.csv> — imports an edition's results from a spreadsheet.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadContentFromDisk } from '../src/lib/content/content-fs';
import { contentDirectory, displayPath } from '../src/lib/content/content-dir';
import { loadReference } from '../src/lib/reference/reference-fs';
import { plural, pluralForm } from '../src/i18n/fr';
import { choice, EXIT, parseCommandLine, runCommand, UsageError } from './lib/cli';
import { acceptedColumns } from './editor/import-columns';
import { planImport } from './editor/import-plan';
import { formatImportProblems } from './editor/import-report';
import { checkSpreadsheetFile, SpreadsheetError } from './editor/spreadsheet';
import { writeAllOrNothing } from './editor/write-files-fs';

const HELP = `Importe les résultats d’une édition depuis un tableau exporté en CSV (Excel, LibreOffice…) :
chaque nom est rattaché à son code officiel (COG de l’INSEE), les fichiers des collectivités
labellisées pour la première fois sont créés, et les résultats sont ajoutés à
content/editions/<année>.yaml. Si un nom est ambigu ou introuvable, rien n’est écrit.

Usage : npm run import:results -- <année> <fichier.csv> [options]

Options :
  --dry-run                    montre ce qui changerait, sans rien écrire
  --correspondances <fichier>  CSV « nom;territoire » pour les noms ambigus ou introuvables
                               (territoire : nom de fichier, code INSEE ou SIREN, departement:53, region:53)
  --source <adresse>           source des résultats, si le tableau n’a pas de colonne source
                               (défaut : la première source de l’édition)
  --confiance high|medium|low  confiance des lignes sans cellule confiance (défaut : d’après la source,
                               high pour territoire-numerique-libre.org et adullact.org, medium sinon)
  --accepter-suggestions       retient chaque suggestion unique (nom ou mention proche d’un seul connu)
  --declarer-mentions          déclare dans l’édition les mentions du tableau qu’elle ne connaît pas
  --remplacer                  remplace tous les résultats déjà présents dans l’édition
  --dossier <chemin>           dossier de contenu (défaut : content, ou la variable CONTENT_DIR)
  -h, --help                   affiche cette aide

Colonnes reconnues (majuscules et accents indifférents ; collectivité et distinction obligatoires) :
  ${acceptedColumns().split(' ; ').join('\n  ')}

Avec une colonne année (année, édition, year), seules les lignes de <année> sont importées.
Le fichier peut être en UTF-8 (avec ou sans BOM), UTF-16 ou Windows-1252, séparé par des virgules,
des points-virgules ou des tabulations ; pas un classeur (.xlsx, .xls, .ods) : enregistrez-le en CSV.`;

await runCommand('import:results', () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    'dry-run': { type: 'boolean' },
    correspondances: { type: 'string' },
    source: { type: 'string' },
    confiance: { type: 'string' },
    remplacer: { type: 'boolean' },
    'accepter-suggestions': { type: 'boolean' },
    'declarer-mentions': { type: 'boolean' },
    dossier: { type: 'string' },
  });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError('indiquez l’année puis le fichier (ex. npm run import:results -- 2024 resultats.csv)');
  const [yearText, csvPath] = positionals as [string, string];
  if (!/^\d{4}$/.test(yearText)) throw new UsageError(`année « ${yearText} » invalide`);
  const confidence =
    values.confiance === undefined ? undefined : choice(values.confiance, ['high', 'medium', 'low'], '--confiance', 'high');
  for (const file of [csvPath, values.correspondances])
    if (file !== undefined && !existsSync(file)) throw new UsageError(`fichier introuvable : ${file}`);

  try {
    checkSpreadsheetFile(csvPath, statSync(csvPath).size);
  } catch (error) {
    if (!(error instanceof SpreadsheetError)) throw error;
    console.log(`\n✗ 1 problème : rien n’a été écrit.\n\n${formatImportProblems([{ file: csvPath, message: error.message }])}`);
    return EXIT.problems;
  }

  const root = process.cwd();
  const contentDir = values.dossier ?? contentDirectory();
  const year = Number(yearText);
  const editionPath = path.resolve(root, contentDir, 'editions', `${year}.yaml`);
  const { content, problems } = loadContentFromDisk(root, contentDir);
  const plan = planImport({
    year,
    csv: { file: csvPath, bytes: readFileSync(csvPath) },
    mapping: values.correspondances ? { file: values.correspondances, bytes: readFileSync(values.correspondances) } : undefined,
    edition: { file: displayPath(root, editionPath), text: existsSync(editionPath) ? readFileSync(editionPath, 'utf8') : undefined },
    territoriesDir: displayPath(root, path.resolve(root, contentDir, 'territories')),
    content,
    invalidFiles: [...new Set(problems.map((p) => p.file))],
    reference: loadReference(),
    departementLinking: departementLinking(),
    options: {
      source: values.source,
      confidence,
      replace: values.remplacer,
      acceptSuggestions: values['accepter-suggestions'],
      declareMentions: values['declarer-mentions'],
    },
  });

  const section = (title: string, lines: string[]) =>
    lines.length > 0 && console.log(`\n${title}\n${lines.map((l) => `  ${l}`).join('\n')}`);
  section('Lecture', plan.read);
  section('Collectivités', plan.matches);
  if (plan.warnings.length) console.log(`\nÀ savoir (ne bloque pas l’import) :\n\n${formatImportProblems(plan.warnings)}`);
  if (plan.problems.length) {
    console.log(`\n✗ ${plural(plan.problems.length, 'problème')} : rien n’a été écrit.\n\n${formatImportProblems(plan.problems)}`);
    console.log(
      '\nFaites ce que propose chaque problème (corriger le tableau, créer un fichier, ajouter une option), puis relancez la commande.',
    );
    return EXIT.problems;
  }
  if (plan.changes.length === 0) {
    console.log('\nRien à changer : tous ces résultats sont déjà dans l’édition.');
    return EXIT.ok;
  }
  const lines = plan.changes.map(
    (c) => `${c.mode === 'create' ? 'créé' : 'modifié'} : ${c.summary.replace(`${c.file} : `, `${c.file} — `)}`,
  );
  if (values['dry-run']) {
    section('Modifications prévues (--dry-run : rien n’est écrit)', lines);
    console.log('\nRelancez sans --dry-run pour les appliquer.');
    return EXIT.ok;
  }
  writeAllOrNothing(plan.changes.map((c) => ({ path: path.resolve(root, c.file), content: c.content, mode: c.mode })));
  section(`✓ ${plural(plan.changes.length, 'fichier')} ${pluralForm(plan.changes.length, 'écrit')}`, lines);
  console.log('\nEnsuite : npm run check:content, puis npm start pour voir le site.');
  return EXIT.ok;
});

/** INSEE linking type (TNCC) of each département's name, for "Département de la Gironde". */
function departementLinking(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const raw = require('@etalab/decoupage-administratif/data/departements.json') as Array<{ code: string; typeLiaison: number }>;
  return new Map(raw.map((d) => [d.code, d.typeLiaison]));
}
