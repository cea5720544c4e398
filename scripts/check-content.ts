// npm run check:content — checks all content without building the site (same schemas and rules).
import { writeFileSync } from 'node:fs';
import { contentDirectory } from '../src/lib/content/content-dir';
import { referenceDate } from '../src/lib/content/reference-date';
import { loadReference } from '../src/lib/reference/reference-fs';
import { choice, EXIT, parseCommandLine, runCommand, UsageError } from './lib/cli';
import { checkContent, formatGithubAnnotations, formatMarkdown, formatText } from './editor/content-report';

const HELP = `Vérifie tout le contenu (éditions, territoires, témoignages, pages) sans construire le site,
avec les mêmes règles que la construction, et affiche tous les problèmes d’un coup.

Usage : npm run check:content [-- options]

Options :
  --dossier <chemin>      dossier de contenu à vérifier (défaut : content, ou la variable CONTENT_DIR)
  --format texte|github   « github » ajoute des annotations sur les fichiers d’une pull request
  --markdown <fichier>    écrit aussi le rapport en Markdown dans ce fichier (résumé de la CI)
  -h, --help              affiche cette aide

Les avertissements (un territoire qu’aucune édition ne cite) sont listés après les problèmes
et ne changent pas le code de sortie. Les éditions sont comparées à la date du jour, ou à celle
de la variable SOURCE_DATE_EPOCH (secondes depuis 1970) si elle est définie.

Code de sortie : 0 si tout est valide (avertissements compris), 1 s’il y a des problèmes, 2 si la commande est mal écrite.`;

await runCommand('check:content', () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    dossier: { type: 'string' },
    format: { type: 'string' },
    markdown: { type: 'string' },
  });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`argument inattendu : ${positionals[0]}`);
  const format = choice(values.format, ['texte', 'github'], '--format', 'texte');
  let today: string;
  try {
    today = referenceDate();
  } catch (error) {
    console.error(`Erreur : ${(error as Error).message}`);
    return EXIT.usage;
  }
  const result = checkContent(process.cwd(), values.dossier ?? contentDirectory(), loadReference, { today });
  if (format === 'github' && result.problems.length + result.warnings.length > 0) console.log(formatGithubAnnotations(result));
  console.log(formatText(result));
  if (values.markdown) writeFileSync(values.markdown, formatMarkdown(result));
  return result.problems.length > 0 ? EXIT.problems : EXIT.ok;
});
