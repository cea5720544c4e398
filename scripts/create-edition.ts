// npm run create:edition -- <année> — creates content/editions/<année>.yaml from the previous edition.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadContentFromDisk } from '../src/lib/content/content-fs';
import { contentDirectory, displayPath } from '../src/lib/content/content-dir';
import { yearSchema } from '../src/schemas/common';
import { EXIT, parseCommandLine, runCommand, UsageError } from './lib/cli';
import { ScaffoldError, scaffoldEdition } from './editor/edition-scaffold';
import { writeAllOrNothing, WriteRefused } from './editor/write-files-fs';

const HELP = `Crée le fichier d’une nouvelle édition, content/editions/<année>.yaml, en reprenant l’échelle de
distinctions et les mentions de l’édition précédente, ou une nouvelle échelle donnée en option.
N’écrase jamais un fichier existant.

Usage : npm run create:edition -- <année> [options]

Options :
  --echelle "id:Nom,…"     nouvelle échelle, de la plus basse à la plus haute
                           (ex. "badge:Badge,bronze:Bronze,argent:Argent,or:Or")
  --mentions "id:Nom,…"    mentions spéciales de l’édition ("" pour aucune)
                           (ex. "sobriete:Sobriété numérique,mutualisation:Mutualisation")
  --bareme <nom>           nom du barème (défaut : celui de l’édition précédente,
                           ou les identifiants de la nouvelle échelle)
  --date AAAA-MM-JJ        date d’annonce des résultats
  --evenement "…"          événement de la remise (ex. "Open Source Experience")
  --lieu "…"               lieu de la remise (ex. Paris)
  --source <adresse>       page publique du palmarès
  --jury "A,B,…"           organisations du jury
  --dossier <chemin>       dossier de contenu (défaut : content, ou la variable CONTENT_DIR)
  -h, --help               affiche cette aide

Exemple :
  npm run create:edition -- 2024 --date 2024-12-04 --evenement "Open Source Experience" --lieu Paris \\
    --source https://territoire-numerique-libre.org/edition-2024/`;

await runCommand('create:edition', () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    echelle: { type: 'string' },
    mentions: { type: 'string' },
    bareme: { type: 'string' },
    date: { type: 'string' },
    evenement: { type: 'string' },
    lieu: { type: 'string' },
    source: { type: 'string' },
    jury: { type: 'string' },
    dossier: { type: 'string' },
  });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('indiquez une année, et une seule (ex. npm run create:edition -- 2024)');
  const year = yearSchema.safeParse(Number(positionals[0]));
  if (!/^\d{4}$/.test(positionals[0]!) || !year.success)
    throw new UsageError(`année « ${positionals[0]} » invalide : attendu 2016 ou plus tard`);

  const root = process.cwd();
  const contentDir = values.dossier ?? contentDirectory();
  const target = path.resolve(root, contentDir, 'editions', `${year.data}.yaml`);
  if (existsSync(target)) return refuseOverwrite(root, target);
  const { content, problems } = loadContentFromDisk(root, contentDir);
  const previous = content.editions
    .map((e) => e.data)
    .filter((e) => e.year < year.data)
    .sort((a, b) => b.year - a.year)[0];
  const skipped = problems.find((p) => {
    const fileYear = Number(/(\d{4})\.yaml$/.exec(p.file)?.[1]);
    return p.file.includes('editions/') && fileYear < year.data && fileYear > (previous?.year ?? 0);
  });
  if (skipped && (values.echelle === undefined || values.mentions === undefined)) {
    console.error(`Rien n’a été écrit : ${skipped.file} a des erreurs et l’échelle ne peut pas en être reprise.`);
    console.error('Corrigez-le d’abord (npm run check:content), ou donnez --echelle et --mentions.');
    return EXIT.problems;
  }
  try {
    const scaffold = scaffoldEdition({
      year: year.data,
      previous,
      scale: values.echelle,
      mentions: values.mentions,
      scheme: values.bareme,
      announcedOn: values.date,
      event: values.evenement,
      place: values.lieu,
      source: values.source,
      jury: values.jury,
    });
    writeAllOrNothing([{ path: target, content: scaffold.text, mode: 'create' }]);
    console.log(`Créé : ${displayPath(root, target)}`);
    const from = (origin: number | string, s = '') =>
      typeof origin === 'number' ? `reprise${s} de l’édition ${origin}` : `donnée${s} en option`;
    console.log(`  échelle ${from(scaffold.scaleFrom)} : ${scaffold.scale.map((d) => `${d.id} (${d.label})`).join(', ')}`);
    console.log(
      scaffold.mentions.length
        ? `  mentions ${from(scaffold.mentionsFrom, 's')} : ${scaffold.mentions.map((m) => `${m.id} (${m.label})`).join(', ')}`
        : '  aucune mention spéciale',
    );
    if (scaffold.missing.length) console.log(`À compléter dans le fichier : ${scaffold.missing.join(', ')} (voir le commentaire en tête).`);
    console.log(`Ensuite : npm run import:results -- ${year.data} <fichier.csv> --dry-run`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ScaffoldError) throw new UsageError(error.message);
    if (error instanceof WriteRefused) return refuseOverwrite(root, target);
    throw error;
  }
});

function refuseOverwrite(root: string, target: string): number {
  console.error(
    `Rien n’a été écrit : ${displayPath(root, target)} existe déjà ; modifiez-le directement, ou supprimez-le pour repartir de zéro.`,
  );
  return EXIT.problems;
}
