// npm run check:sources — asks every source address of the content whether it still answers, and
// proposes an archived copy (Internet Archive) for each one that no longer does. Needs the network:
// for editors, and for the scheduled job of .github/workflows/sources.yml.
import { writeFileSync } from 'node:fs';
import { loadContentFromDisk } from '../src/lib/content/content-fs';
import { contentDirectory } from '../src/lib/content/content-dir';
import { EXIT, parseCommandLine, runCommand, UsageError } from './lib/cli';
import { AVAILABILITY_API, checkSourceLinks, formatLinkReports, sourceLinks } from './editor/source-links';

const HELP = `Vérifie que chaque source du contenu (résultats, éditions, corrections, témoignages) répond
encore, et propose pour chaque page disparue une copie archivée par l’Internet Archive, la plus proche
du jour où la source a été citée, avec la ligne « archive: … » à ajouter au contenu.

Usage : npm run check:sources [-- options]

Options :
  --dossier <chemin>   dossier de contenu (défaut : content, ou la variable CONTENT_DIR)
  --api <adresse>      API de disponibilité de l’archive (défaut : ${AVAILABILITY_API})
  --delai <secondes>   temps laissé à chaque adresse pour répondre (défaut : 15)
  --rapport <fichier>  écrit aussi le rapport dans ce fichier (résumé d’une tâche planifiée)
  -h, --help           affiche cette aide

Chaque adresse n’est demandée qu’une fois, quatre à la fois. Une page qui refuse les robots
(HTTP 401, 403, 429) est listée « à vérifier à la main » sans faire échouer la commande.

Code de sortie : 0 si toutes les adresses répondent, 1 si l’une ne répond plus, 2 si la commande est mal écrite.`;

await runCommand('check:sources', async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    dossier: { type: 'string' },
    api: { type: 'string' },
    delai: { type: 'string' },
    rapport: { type: 'string' },
  });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`argument inattendu : ${positionals[0]}`);
  const timeout = values.delai === undefined ? 15 : Number(values.delai);
  if (!(timeout > 0)) throw new UsageError(`--delai « ${values.delai} » : attendu un nombre de secondes (ex. 15)`);
  if (values.api !== undefined && !URL.canParse(values.api))
    throw new UsageError(`--api « ${values.api} » : attendu une adresse web complète`);

  const { content, problems } = loadContentFromDisk(process.cwd(), values.dossier ?? contentDirectory());
  if (problems.length > 0)
    console.log(
      `⚠ ${problems.length} fichier(s) du contenu ne sont pas valides et ne sont pas vérifiés : npm run check:content dit pourquoi.\n`,
    );
  const links = sourceLinks(content);
  console.log(`Vérification de ${links.length} adresses de sources…`);
  const reports = await checkSourceLinks(links, { fetch, api: values.api, timeoutMs: timeout * 1000 });
  const text = formatLinkReports(reports, links.length);
  console.log(`\n${text}`);
  if (values.rapport) writeFileSync(values.rapport, `${text}\n`);
  return reports.some((r) => r.state.status === 'dead') ? EXIT.problems : EXIT.ok;
});
