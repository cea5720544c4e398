// npm run generate:schemas — writes public/schemas/*.schema.json from the zod schemas.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXIT, parseCommandLine, runCommand, UsageError } from './lib/cli';
import { jsonSchemaText, SCHEMA_DIR, SCHEMA_FILES } from './editor/json-schemas';

const HELP = `Régénère les schémas JSON (public/schemas/*.schema.json) à partir des schémas zod de src/schemas/.
À lancer après toute modification d’un schéma ; un test vérifie que les fichiers sont à jour.
Ces fichiers donnent la complétion et les erreurs dans VS Code (extension YAML de Red Hat).

Usage : npm run generate:schemas

Options :
  -h, --help   affiche cette aide`;

await runCommand('generate:schemas', () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {});
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`argument inattendu : ${positionals[0]}`);
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const file of SCHEMA_FILES) {
    const target = path.join(SCHEMA_DIR, `${file.name}.schema.json`);
    const text = jsonSchemaText(file);
    let previous: string | undefined;
    try {
      previous = readFileSync(target, 'utf8');
    } catch {
      previous = undefined;
    }
    if (previous === text) {
      console.log(`inchangé : ${target}`);
    } else {
      writeFileSync(target, text);
      console.log(`${previous === undefined ? 'créé' : 'mis à jour'} : ${target}`);
    }
  }
  return EXIT.ok;
});
