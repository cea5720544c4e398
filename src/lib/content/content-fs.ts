// Reads the content/ folder from disk with the same schemas as the build. Every reader of the
// content goes through readContentFile: check:content, the editor commands, the tests, and the
// build's content loader (content/loader-fs.ts), so all of them see the same data and the same
// located problems. A symbolic link is refused without being followed.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { SLUG_PATTERN } from '../../schemas/common';
import { editionSchema, type Edition } from '../../schemas/edition';
import { pageSchema } from '../../schemas/page';
import { territorySchema, type Territory } from '../../schemas/territory';
import { testimonialSchema, type Testimonial } from '../../schemas/testimonial';
import { displayPath, PENDING_WRITE_DIR, PENDING_WRITE_JOURNAL } from './content-dir';
import { mdxBodyProblems, splitMdx } from './mdx';
import { parseEntry } from './yaml';
import { slugify } from '../text';
import type { ContentSet, Entry, Problem } from './validate';

// The YAML parser and its helpers, for the commands that parse a text before writing it.
export { formatPath, knownKeys, parseEntry } from './yaml';

/** The content collections: their folder under the content directory, file extension and schema. */
export const CONTENT_COLLECTIONS = {
  editions: { ext: '.yaml', schema: editionSchema },
  territories: { ext: '.yaml', schema: territorySchema },
  testimonials: { ext: '.mdx', schema: testimonialSchema },
  pages: { ext: '.mdx', schema: pageSchema },
} as const satisfies Record<string, { ext: '.yaml' | '.mdx'; schema: z.ZodType }>;

export type CollectionName = keyof typeof CONTENT_COLLECTIONS;

/** One content file as read: its data when it passes its schema, and every problem found in it. */
export interface ContentFile<T = unknown> {
  /** The file name without its extension. */
  id: string;
  /** The file as named in messages: relative to the project root when inside it. */
  file: string;
  /** The file's absolute path. */
  path: string;
  /** The file's text (absent when it could not be read, e.g. a symbolic link). */
  text?: string;
  /** What YAML read, before the schema. */
  raw?: unknown;
  /** The data after the schema, when the YAML (or the frontmatter) passes it. */
  data?: T;
  /** For MDX: the body as @astrojs/mdx compiles it (the frontmatter blanked out), trimmed. */
  body?: string;
  problems: Problem[];
}

export interface LoadedContent {
  content: ContentSet;
  problems: Problem[];
}

/**
 * Loads editions, territories, testimonials and pages from `contentDir` (default `<root>/content`;
 * relative paths are taken from `root`). Files are named relative to `root` in problems.
 */
export function loadContentFromDisk(root: string, contentDir = 'content'): LoadedContent {
  const read = (name: CollectionName) => readCollection(root, contentDir, name);
  const files = { editions: read('editions'), territories: read('territories'), testimonials: read('testimonials'), pages: read('pages') };
  const entries = <T>(list: ContentFile[]) =>
    list.flatMap((f): Entry<T>[] => (f.data === undefined ? [] : [{ id: f.id, file: f.file, data: f.data as T }]));
  const failed = (list: ContentFile[]) => list.filter((f) => f.data === undefined).map((f) => f.id);
  return {
    content: {
      editions: entries<Edition>(files.editions),
      territories: entries<Territory>(files.territories),
      testimonials: entries<Testimonial>(files.testimonials),
      failed: { editions: failed(files.editions), territories: failed(files.territories) },
    },
    problems: [...foreignFiles(root, contentDir), ...Object.values(files).flatMap((list) => list.flatMap((f) => f.problems))],
  };
}

/** Files the system writes by itself in any folder: never content, never reported (and in .gitignore). */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);

/**
 * Everything in the content folder that is not a content file: a temporary file left by an
 * interrupted write, an interrupted write itself, a backup, a stray document or folder. None of them
 * is read, so none would be checked, yet `git add content/` would commit them all.
 */
export function foreignFiles(root: string, contentDir = 'content'): Problem[] {
  const dir = path.resolve(root, contentDir);
  const entries = (folder: string): Dirent[] => {
    try {
      return readdirSync(folder, { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const problems: Problem[] = [];
  for (const entry of entries(dir)) {
    const full = path.join(dir, entry.name);
    const file = displayPath(root, full);
    if (SYSTEM_FILES.has(entry.name)) continue;
    if (entry.name === PENDING_WRITE_DIR) {
      problems.push(pendingWriteProblem(root, full));
      continue;
    }
    const collection = CONTENT_COLLECTIONS[entry.name as CollectionName];
    if (!collection || !entry.isDirectory()) {
      problems.push(foreign(file, entry.isDirectory(), 'content/ ne contient que les dossiers editions, territories, testimonials et pages'));
      continue;
    }
    for (const inner of entries(full)) {
      if (SYSTEM_FILES.has(inner.name) || (inner.name.endsWith(collection.ext) && !inner.isDirectory())) continue;
      problems.push(
        foreign(
          displayPath(root, path.join(full, inner.name)),
          inner.isDirectory(),
          `seuls les fichiers ${collection.ext} de ce dossier sont lus`,
        ),
      );
    }
  }
  return problems;
}

/** What a stray file or folder is, from its name, and what to do with it. */
function foreign(file: string, folder: boolean, rule: string): Problem {
  const name = path.basename(file);
  if (/\.tmp$|~$|^\.?#|\.swp$|\.bak$|\.orig$/i.test(name))
    return {
      file,
      message: `fichier temporaire ou de sauvegarde (${name}) : ${rule}, il n’est ni lu ni vérifié, mais « git add content/ » le publierait`,
      suggestion: `supprimez-le (rm "${file}") ; s’il vient d’une commande interrompue, relancez-la ensuite : les fichiers du contenu ne sont jamais écrits à moitié`,
    };
  return {
    file,
    message: `${folder ? 'dossier' : 'fichier'} étranger au contenu : ${rule}, il n’est ni lu ni vérifié`,
    suggestion: folder
      ? 'déplacez ses fichiers dans le dossier de leur collection (sans sous-dossier), ou sortez-le de content/'
      : `renommez-le s’il s’agit d’un fichier du contenu (extension ${path.extname(file) ? 'attendue' : 'manquante'} : .yaml pour les éditions et les territoires, .mdx pour les témoignages et les pages), sinon sortez-le de content/`,
  };
}

/** An interrupted write: the files it stages, and the command to run again to finish it. */
function pendingWriteProblem(root: string, dir: string): Problem {
  let command: string | undefined;
  let ready = false;
  try {
    const journal = JSON.parse(readFileSync(path.join(dir, PENDING_WRITE_JOURNAL), 'utf8')) as { command?: unknown; state?: unknown };
    command = typeof journal.command === 'string' ? journal.command : undefined;
    ready = journal.state === 'ready';
  } catch {
    // No journal yet: the command stopped while it staged its files, before touching the content.
  }
  const file = displayPath(root, dir);
  return ready
    ? {
        file,
        message:
          'écriture interrompue : une commande a été arrêtée pendant qu’elle mettait ses fichiers en place ; une partie du contenu est déjà écrite, le reste attend dans ce dossier',
        suggestion: `relancez ${command ? `la même commande : ${command}` : 'la commande interrompue'} ; elle termine d’abord l’écriture (tous les fichiers ou aucun), puis fait son travail. Voir CONTRIBUTING.md, « Après une commande interrompue »`,
      }
    : {
        file,
        message: 'écriture interrompue avant toute modification : une commande a été arrêtée pendant qu’elle préparait ses fichiers',
        suggestion: `aucun fichier du contenu n’a changé : supprimez ce dossier (rm -r "${file}") ou relancez ${command ? `la même commande : ${command}` : 'la commande'}, qui le fera`,
      };
}

/** Every file of one collection, read and checked, in file-name order. */
export function readCollection(root: string, contentDir: string, name: CollectionName): ContentFile[] {
  const dir = path.resolve(root, contentDir, name);
  return listFiles(dir, CONTENT_COLLECTIONS[name].ext).map((file) => readContentFile(root, path.join(dir, file), name));
}

/** The names of the files of `dir` ending with `ext`, sorted; none when the folder does not exist. */
export function listFiles(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(ext))
      .sort();
  } catch {
    return [];
  }
}

/** Reads one file of a collection: refuses links and other non-files, then parses it against its schema. */
export function readContentFile(root: string, fullPath: string, collection: CollectionName): ContentFile {
  const { ext, schema } = CONTENT_COLLECTIONS[collection];
  const id = path.basename(fullPath, ext);
  const file = displayPath(root, fullPath);
  const base = { id, file, path: fullPath };
  const read = readRegularFile(fullPath);
  if ('problem' in read) return { ...base, problems: [{ file, ...read.problem }] };
  const { text } = read;
  const problems: Problem[] = [];
  if (!SLUG_PATTERN.test(id)) {
    const slug = slugify(id);
    problems.push({
      file,
      message: `nom de fichier « ${id}${ext} » invalide : attendu des minuscules sans accents, des chiffres et des tirets (ex. « saint-martin-d-uriage${ext} »)`,
      ...(slug ? { suggestion: `renommez-le en « ${slug}${ext} »` } : {}),
    });
  }
  if (ext === '.yaml') {
    const parsed = parseEntry(file, { yaml: text, offset: 0 }, schema);
    problems.push(...parsed.problems);
    return { ...base, text, raw: parsed.raw, data: problems.length ? undefined : parsed.data, problems };
  }
  const parts = splitMdx(text);
  if (parts.toml) {
    problems.push({
      file,
      message: 'en-tête TOML (« +++ ») non pris en charge',
      suggestion: 'écrivez l’en-tête en YAML, entre deux lignes « --- »',
    });
    return { ...base, text, problems };
  }
  const parsed = parseEntry(file, parts.frontmatter, schema);
  const frontmatterOk = problems.length === 0 && parsed.problems.length === 0;
  problems.push(...parsed.problems, ...mdxBodyProblems(file, parts.body));
  // The frontmatter may be right while the body is not: the cross-file rules still check it.
  return { ...base, text, raw: parsed.raw, data: frontmatterOk ? parsed.data : undefined, body: parts.body.trim(), problems };
}

/** The text of a regular file, or why it is not read: never follows a symbolic link, never reads its target. */
function readRegularFile(fullPath: string): { text: string } | { problem: Omit<Problem, 'file'> } {
  let fd: number;
  try {
    if (lstatSync(fullPath).isSymbolicLink()) return { problem: SYMLINK };
    // O_NOFOLLOW: a link put in place after the check above is refused too (where the system has the flag).
    fd = openSync(fullPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: SYMLINK };
    return {
      problem: {
        message: `fichier illisible (${code ?? String(error)})`,
        suggestion: 'vérifiez que le fichier existe et que vous pouvez le lire',
      },
    };
  }
  try {
    if (!fstatSync(fd).isFile())
      return {
        problem: {
          message: 'ce n’est pas un fichier ordinaire (un dossier, par exemple)',
          suggestion: 'renommez-le ou déplacez-le hors du dossier du contenu',
        },
      };
    const bytes = readFileSync(fd);
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return {
        problem: {
          message: 'le fichier n’est pas enregistré en UTF-8 : ses caractères accentués seraient illisibles',
          suggestion:
            'enregistrez-le en UTF-8 (VS Code : cliquez sur l’encodage en bas à droite, puis « Enregistrer avec l’encodage » › UTF-8)',
        },
      };
    }
  } finally {
    closeSync(fd);
  }
}

const SYMLINK: Omit<Problem, 'file'> = {
  message: 'lien symbolique refusé : un fichier du contenu doit être un vrai fichier du dépôt, pas un lien vers un autre fichier',
  suggestion: 'remplacez le lien par le fichier lui-même, ou supprimez-le',
};
