// The site search index (Pagefind), through its Node API: the territory pages as small records
// written from the content (src/lib/search/territory-records.ts), every other searchable page from
// its HTML. Parsing every territory page's HTML cost 3.8 GB and a minute for the whole of France;
// the records cost a fraction. Records are prepared while Astro builds the pages (startSearchIndex),
// the pages added once they exist (finish).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { fr, pluralForm, quotedList } from '../../src/i18n/fr';
import type { Atlas } from '../../src/lib/record/atlas';
import type { Reference } from '../../src/lib/reference/reference';
import { territoryRecords, type RecordLabels, type SearchRecord } from '../../src/lib/search/territory-records';

/** Labels of the records, from the interface strings (the words the territory page shows). */
export const RECORD_LABELS: RecordLabels = {
  kinds: fr.kinds,
  unknownDistinction: fr.distinction.unknown,
  result: (name, year, distinction, mentions) =>
    `${name}, édition ${year} : ${distinction}${mentions.length > 0 ? ` · ${pluralForm(mentions.length, fr.mention, fr.mentions)} : ${quotedList(mentions)}` : ''}`,
};

/** A territory page's file, relative to the built site: its HTML is replaced by its record. */
export const TERRITORY_PAGE = /^territoires\/[^/]+\/index\.html$/;

export interface SearchIndexReport {
  records: number;
  pages: number;
  milliseconds: number;
}

/** Built-site files (relative, '/'-separated) that are HTML pages. */
function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** The site path of a built HTML file ('editions/2022/index.html' → '/editions/2022/'). */
export function sitePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Starts the index: sends the territory records of the atlas (read from the content folder as the
 * build does, drafts left out) to Pagefind, and returns `finish(siteDir)`, which adds the other pages of the
 * built site and writes the index into its `pagefind/` folder. A territory page without a record
 * (or a record without a page) stops the index with a message: the index would not match the site.
 */
export async function startSearchIndex(
  atlas: Atlas,
  reference: Reference,
): Promise<{ finish: (siteDir: string) => Promise<SearchIndexReport>; abort: () => Promise<void> }> {
  const started = performance.now();
  const records = territoryRecords(atlas, reference, RECORD_LABELS);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind n’a pas démarré : ${errors.join(' ; ')}`);
  }
  const adding = addAll(records, (record) => index.addHTMLFile({ url: record.url, content: record.html }));
  // Caught here so that a failure waits for finish() (or abort()) to be reported.
  adding.catch(() => undefined);
  return {
    abort: async () => {
      await adding.catch(() => undefined);
      await pagefind.close();
    },
    finish: async (siteDir) => {
      try {
        await adding;
        const files = htmlFiles(siteDir);
        const territoryPages = new Set(files.filter((f) => TERRITORY_PAGE.test(f)).map(sitePathOf));
        const recorded = new Set(records.map((r) => r.url));
        const missing = [...territoryPages].filter((p) => !recorded.has(p));
        const extra = [...recorded].filter((p) => !territoryPages.has(p));
        if (missing.length > 0 || extra.length > 0)
          throw new Error(
            `l’index de la recherche ne correspond pas aux pages construites : ${[
              ...missing.slice(0, 3).map((p) => `page ${p} sans fiche`),
              ...extra.slice(0, 3).map((p) => `fiche ${p} sans page`),
            ].join(', ')}. Le contenu a-t-il changé pendant la construction ?`,
          );
        const pages = files.filter((f) => !TERRITORY_PAGE.test(f));
        await addAll(pages, (file) =>
          index.addHTMLFile({ url: sitePathOf(file), content: readFileSync(path.join(siteDir, file), 'utf8') }),
        );
        const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind n’a pas écrit l’index : ${written.errors.join(' ; ')}`);
        return { records: records.length, pages: pages.length, milliseconds: performance.now() - started };
      } finally {
        await pagefind.close();
      }
    },
  };
}

/** Sends items to Pagefind a batch at a time (its service answers each in turn), stopping at the first error. */
async function addAll<T>(items: T[], add: (item: T) => Promise<{ errors: string[] }>): Promise<void> {
  const BATCH = 256;
  for (let i = 0; i < items.length; i += BATCH) {
    const answers = await Promise.all(items.slice(i, i + BATCH).map(add));
    const errors = answers.flatMap((a) => a.errors);
    if (errors.length > 0) throw new Error(`Pagefind a refusé une page : ${errors.slice(0, 3).join(' ; ')}`);
  }
}

export type { SearchRecord };
