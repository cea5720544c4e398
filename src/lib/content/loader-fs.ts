// The Astro content loader of every collection: it reads the content folder with readContentFile,
// the very function `check:content` uses (same YAML parser and options, same located problems, same
// refusal of symbolic links), so that the build and the check never disagree on what a file says.
// On any problem in any collection the build stops once, with every problem of every file, formatted
// as `check:content` prints them.
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDirectory } from './content-dir';
import { CONTENT_COLLECTIONS, listFiles, readCollection, type CollectionName, type ContentFile } from './content-fs';
import { formatContentError } from './problem-format';

type Folder = Record<CollectionName, ContentFile[]>;

// The four loaders run together: the folder is read once while its files stay the same. A build
// (no watcher) reads it once; the dev server compares a fingerprint of the files at each sync.
let shared: { key: string; folder: Folder } | undefined;

function readFolder(root: string, dir: string, watched: boolean): Folder {
  const names = Object.keys(CONTENT_COLLECTIONS) as CollectionName[];
  if (!watched && shared?.key.startsWith(`${dir}\n`)) return shared.folder;
  const key = fingerprint(dir, names);
  if (shared?.key !== key) shared = { key, folder: Object.fromEntries(names.map((n) => [n, readCollection(root, dir, n)])) as Folder };
  return shared.folder;
}

/** The folder, its files, their sizes and modification times: what a new read would depend on. */
function fingerprint(dir: string, names: CollectionName[]): string {
  return [
    dir,
    ...names.flatMap((name) =>
      listFiles(path.join(dir, name), CONTENT_COLLECTIONS[name].ext).map((file) => {
        const stats = lstatSync(path.join(dir, name, file), { throwIfNoEntry: false });
        return `${name}/${file}:${stats?.size}:${stats?.mtimeMs}:${stats?.isSymbolicLink()}`;
      }),
    ),
  ].join('\n');
}

/** The loader of one collection of the content folder (`./content`, or CONTENT_DIR). */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'atlas-content',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = path.resolve(root, contentDirectory());
      await sync(context, collection, readFolder(root, dir, context.watcher !== undefined));
      context.watcher?.add(path.join(dir, collection));
      context.watcher?.on('all', async (_event, changed) => {
        if (path.dirname(changed) !== path.join(dir, collection) || !changed.endsWith(CONTENT_COLLECTIONS[collection].ext)) return;
        try {
          await sync(context, collection, readFolder(root, dir, true));
          context.logger.info(`${collection} : contenu relu`);
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      });
    },
  };
}

async function sync(context: LoaderContext, collection: CollectionName, folder: Folder): Promise<void> {
  const problems = Object.values(folder).flatMap((files) => files.flatMap((f) => f.problems));
  if (problems.length > 0) throw new Error(formatContentError(problems));
  const { store, parseData, generateDigest, config } = context;
  const root = fileURLToPath(config.root);
  store.clear();
  for (const file of folder[collection]) {
    const data = await parseData({ id: file.id, data: file.raw as Record<string, unknown>, filePath: file.path });
    store.set({
      id: file.id,
      data,
      body: file.body,
      filePath: path.relative(root, file.path).split(path.sep).join('/'),
      digest: generateDigest(file.text!),
      // MDX is compiled and rendered by @astrojs/mdx when a page calls render(), as with Astro's glob().
      deferredRender: CONTENT_COLLECTIONS[collection].ext === '.mdx',
    });
  }
}
