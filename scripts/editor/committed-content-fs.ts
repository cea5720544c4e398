// The content as it was in a reference commit, read with git, for check:content to see which
// published results changed since. Which commit:
//
//   1. the one given (`--comparer-a <ref>` or CONTENT_BASE_REF): the CI of a pull request gives
//      HEAD^1, the first parent of the merge commit GitHub checks out, that is the target branch;
//   2. otherwise, where the current branch left the shared history: the merge base of HEAD with
//      origin's default branch (origin/HEAD, origin/main, origin/master), or with a local main or
//      master: an editor's branch is compared with what is published, committed changes included;
//   3. otherwise HEAD, the last commit (a fresh clone with one commit of history: the changes not
//      yet committed are compared);
//   4. no comparison at all, said in one line, when the folder is not in a git repository, git is
//      missing, or the repository has no commit yet.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { displayPath } from '../../src/lib/content/content-dir';
import { parseEntry } from '../../src/lib/content/content-fs';
import type { Baseline } from '../../src/lib/content/corrections';
import type { Entry } from '../../src/lib/content/validate';
import { editionSchema } from '../../src/schemas/edition';
import type { Territory } from '../../src/schemas/territory';

/** The branches tried, in order, when no reference is given. */
const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/** A reference that was given but cannot be read: the command says so and what to fetch. */
export class BaselineError extends Error {}

export type BaselineChoice = { baseline: Baseline } | { skipped: string };

/**
 * The content of `contentDir` as it was in the reference commit (given, or chosen as above), or why
 * there is none. `territories` are the current ones: a file renamed since keeps its results.
 */
export function committedContent(
  root: string,
  contentFolder: string,
  territories: readonly Entry<Territory>[],
  given?: string,
): BaselineChoice {
  const contentDir = path.resolve(root, contentFolder);
  // Found from the content folder, then run from the repository's top: `<commit>:<path>` paths are the top's.
  let cwd = contentDir;
  const tryGit = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }).trim();
    } catch {
      return undefined;
    }
  };
  const top = tryGit('rev-parse', '--show-toplevel');
  if (top === undefined) return { skipped: 'le dossier du contenu n’est pas dans un dépôt git (ou git est absent)' };
  cwd = top;
  const commit = (ref: string) => tryGit('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  let ref: string;
  let label: string;
  if (given) {
    const sha = commit(given);
    if (!sha)
      throw new BaselineError(
        `« ${given} » ne désigne aucun commit de ce dépôt : récupérez-le d’abord (git fetch origin main), ou vérifiez son nom`,
      );
    ref = sha;
    label = `${given} (${sha.slice(0, 7)})`;
  } else {
    if (!commit('HEAD')) return { skipped: 'le dépôt git n’a encore aucun commit' };
    const branch = DEFAULT_BRANCHES.find((name) => commit(name) !== undefined);
    const base = branch === undefined ? undefined : tryGit('merge-base', 'HEAD', branch);
    ref = base ?? commit('HEAD')!;
    label = base
      ? `${branch === 'origin/HEAD' ? 'la branche par défaut du dépôt' : branch} (${base.slice(0, 7)})`
      : `le dernier commit (${ref.slice(0, 7)})`;
  }
  // Paths in git are relative to the repository's top; the content folder may be anywhere inside.
  const prefix = path.relative(top, path.resolve(contentDir)).split(path.sep).join('/');
  const inRepo = (folder: string) => (prefix ? `${prefix}/${folder}` : folder);
  const files = (folder: string) =>
    (tryGit('ls-tree', '--name-only', `${ref}:${inRepo(folder)}`) ?? '').split('\n').filter((name) => name.endsWith('.yaml'));
  const show = (file: string) => tryGit('show', `${ref}:${file}`);

  const editions: Baseline['editions'] = new Map();
  for (const name of files('editions')) {
    const file = path.join(contentDir, 'editions', name);
    const text = show(inRepo(`editions/${name}`));
    const parsed = text === undefined ? undefined : parseEntry(file, { yaml: text, offset: 0 }, editionSchema);
    // A file that did not pass its schema then published nothing: there is nothing to compare.
    if (parsed?.data) editions.set(parsed.data.year, { file: displayPath(root, file), data: parsed.data });
  }
  return {
    baseline: {
      ref,
      label,
      editions,
      renamed: renamedTerritories(editions, territories, files('territories'), (name) => show(inRepo(`territories/${name}`))),
    },
  };
}

/**
 * Territory files renamed since the reference commit: a slug cited then, gone now, whose old file
 * had the official code of a current file (`saint-joseph` → `saint-joseph-50`, same INSEE code).
 */
function renamedTerritories(
  editions: Baseline['editions'],
  territories: readonly Entry<Territory>[],
  oldFiles: string[],
  show: (name: string) => string | undefined,
): Map<string, string> {
  const current = new Set(territories.map((t) => t.id));
  const byCode = new Map(territories.flatMap((t) => (t.data.code ? [[t.data.code, t.id] as const] : [])));
  const renamed = new Map<string, string>();
  const cited = new Set([...editions.values()].flatMap((e) => e.data.results.map((r) => r.territory)));
  for (const slug of cited) {
    if (current.has(slug) || !oldFiles.includes(`${slug}.yaml`)) continue;
    const code = /^code:\s*["']?([^"'\s#]+)/m.exec(show(`${slug}.yaml`) ?? '')?.[1];
    const now = code === undefined ? undefined : byCode.get(code);
    if (now) renamed.set(slug, now);
  }
  return renamed;
}
