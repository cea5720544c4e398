// npm run check:deployment -- <adresse> — after a deployment, the public site answers (home page
// built for that address, one territory, the search files, one open data file).
import { EXIT, parseCommandLine, runCommand, UsageError } from './lib/cli';
import { checkDeployment } from './build/deployment-check';

const HELP = `Vérifie un site publié, à son adresse publique : la page d’accueil (construite pour cette adresse),
une page de territoire (la première du sitemap), les fichiers de la recherche et un fichier de données ouvertes
répondent 200. Chaque adresse est réessayée quelques fois : une publication met parfois une minute à arriver.

Usage : npm run check:deployment -- <adresse> [--essais <n>] [--attente <secondes>]

Options :
  --essais <n>           essais par adresse (défaut : 6)
  --attente <secondes>   attente entre deux essais (défaut : 10)
  -h, --help             affiche cette aide

Exemple : npm run check:deployment -- https://exemple.github.io/atlas/
Code de sortie : 0 si tout répond, 1 sinon, 2 si la commande est mal écrite.`;

const positiveInteger = (value: string | undefined, option: string, fallback: number) => {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${option} « ${value} » : attendu un nombre entier positif`);
  return Number(value);
};

await runCommand('check:deployment', async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), { essais: { type: 'string' }, attente: { type: 'string' } });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || !/^https?:\/\/[^/]+/.test(positionals[0] as string))
    throw new UsageError('attendu un seul argument : l’adresse publique du site (https://…/)');
  const report = await checkDeployment(positionals[0] as string, {
    attempts: positiveInteger(values.essais, '--essais', 6),
    delayMs: positiveInteger(values.attente, '--attente', 10) * 1000,
  });
  console.log(report.lines.join('\n'));
  if (!report.ok) console.error('Le site publié ne répond pas comme attendu : voir les lignes ✗ ci-dessus.');
  return report.ok ? EXIT.ok : EXIT.problems;
});
