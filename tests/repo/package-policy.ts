// Rules on package.json and package-lock.json that npm does not enforce by itself: every package
// with an install script is approved at its locked version (allowScripts, which npm can only match
// against a lockfile entry with its tarball URL), and every package the code imports is declared —
// no more, no less.

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  hasInstallScript?: boolean;
  link?: boolean;
}

export interface PackageFiles {
  pkg: { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; allowScripts?: Record<string, boolean> };
  lock: { packages: Record<string, LockEntry> };
}

/** The package a lockfile key names: 'node_modules/a/node_modules/@b/c' → '@b/c'. */
const lockName = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** What is wrong with the lockfile and allowScripts, in French, one line per problem. */
export function lockfileProblems({ pkg, lock }: PackageFiles): string[] {
  const problems: string[] = [];
  const entries = Object.entries(lock.packages).filter(([key, entry]) => key !== '' && !entry.link);
  const unresolved = entries.filter(([, entry]) => !entry.resolved?.startsWith('https://') || !entry.integrity?.startsWith('sha512-'));
  if (unresolved.length > 0)
    problems.push(
      `package-lock.json : ${unresolved.length} entrée(s) sans adresse (resolved) ou sans empreinte sha512 (integrity) : ` +
        `${unresolved
          .slice(0, 5)
          .map(([key]) => lockName(key))
          .join(', ')}${unresolved.length > 5 ? '…' : ''}. ` +
        'Retirez-les du fichier et relancez « npm install --package-lock-only » (le .npmrc du projet demande ces adresses).',
    );
  const allowed = pkg.allowScripts ?? {};
  const withScripts = entries.filter(([, entry]) => entry.hasInstallScript).map(([key, entry]) => `${lockName(key)}@${entry.version}`);
  for (const id of withScripts)
    if (!(id in allowed))
      problems.push(
        `allowScripts ne dit rien de ${id}, qui a un script d’installation : relisez-le, puis « npm install-scripts approve ${id.slice(0, id.lastIndexOf('@'))} » (ou deny).`,
      );
  for (const key of Object.keys(allowed)) {
    if (!/^(@[^/@]+\/)?[^/@]+@\d+\.\d+\.\d+\S*$/.test(key))
      problems.push(
        `allowScripts : « ${key} » n’est pas épinglé à une version (attendu nom@x.y.z, comme l’écrit npm install-scripts approve).`,
      );
    else if (!withScripts.includes(key))
      problems.push(
        `allowScripts : « ${key} » ne correspond à aucun paquet du fichier de verrouillage qui a un script d’installation (npm install-scripts prune).`,
      );
  }
  return problems;
}

/** The package a module specifier names: '@a/b/c' → '@a/b', 'a/b' → 'a'; undefined for node: and virtual modules. */
export function packageName(specifier: string): string | undefined {
  if (/^(node:|astro:|virtual:|\.|\/)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Module specifiers of a source file, comments aside: import/export … from, import(), import '…',
 * require() and require.resolve() (a template literal counts up to its first ${…}).
 */
export function moduleSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/[^\n]*/g, '$1');
  const found = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\(\s*|\.resolve\(\s*)(['`])([^'`$]+)/g)].map(
    (m) => m[2] as string,
  );
  return [...new Set(found)];
}

/**
 * Imports of undeclared packages, and declared packages nobody uses. A package counts as used when a
 * file imports it (or the package its @types/ describes), or when `tools` says how it is used
 * (a command-line tool, a plugin named in a configuration file).
 */
export function dependencyProblems(
  pkg: PackageFiles['pkg'],
  sources: { file: string; text: string }[],
  tools: Record<string, string>,
): string[] {
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
  const problems: string[] = [];
  const used = new Set<string>();
  for (const { file, text } of sources) {
    if (/\bfrom\s*'node:/.test(text)) used.add('@types/node');
    for (const specifier of moduleSpecifiers(text)) {
      const name = packageName(specifier);
      if (!name) continue;
      used.add(name);
      used.add(`@types/${name}`);
      if (!declared.has(name) && !declared.has(`@types/${name}`))
        problems.push(
          `${file} importe « ${specifier} », que package.json ne déclare pas : npm install --save-dev ${name} (ou --save s’il sert au site).`,
        );
    }
  }
  for (const name of declared)
    if (!used.has(name) && !(name in tools))
      problems.push(
        `package.json déclare ${name}, qu’aucun fichier n’importe : retirez-le (npm uninstall ${name}) ou dites à quoi il sert.`,
      );
  return [...new Set(problems)];
}
