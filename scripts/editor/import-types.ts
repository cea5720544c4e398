// The types of the `import:results` engine, shared by its modules (import-plan.ts coordinates,
// import-rows.ts reads each row): kept apart so that neither imports the other for its types.
import type { Document } from 'yaml';
import type { Problem, ContentSet } from '../../src/lib/content/validate';
import type { Reference } from '../../src/lib/reference/reference';
import type { Confidence } from '../../src/schemas/common';
import type { Distinction, Mention } from '../../src/schemas/edition';
import type { Candidate } from './territory-matcher';

export type { Confidence };

export interface ImportInput {
  year: number;
  /** The spreadsheet, named as the editor typed it. */
  csv: { file: string; bytes: Uint8Array };
  /** Optional mapping file: name in the spreadsheet → territory slug or official code. */
  mapping?: { file: string; bytes: Uint8Array };
  /** The edition file, as named in messages; `text` is undefined when it does not exist. */
  edition: { file: string; text: string | undefined };
  /** The territories folder, as named in messages (`content/territories`). */
  territoriesDir: string;
  content: ContentSet;
  /** Content files left out of `content` because they break their schema, as named in messages. */
  invalidFiles?: readonly string[];
  reference: Reference;
  /** INSEE linking type of each département's name, for "Département de la Gironde". */
  departementLinking: ReadonlyMap<string, number>;
  options: {
    source?: string;
    /** `--confiance`: for rows without a confidence cell, instead of the rule of the source. */
    confidence?: Confidence;
    replace?: boolean;
    /** `--accepter-suggestions`: a name or mention with exactly one close match takes it. */
    acceptSuggestions?: boolean;
    /** `--declarer-mentions`: mentions the edition lacks (and resembling none) are declared in it. */
    declareMentions?: boolean;
  };
}

export interface PlannedChange {
  file: string;
  content: string;
  mode: 'create' | 'update';
  summary: string;
}

export interface ImportPlan {
  /** How the spreadsheet was read: encoding, separator, columns, defaults. */
  read: string[];
  /** One line per row: the name and what it was resolved to. */
  matches: string[];
  /** Blocking: nothing is written while there is one. */
  problems: Problem[];
  /** Not blocking: problems the edition already had, unused mappings. */
  warnings: Problem[];
  changes: PlannedChange[];
}

export interface EditionFile {
  doc: Document;
  scale: Distinction[];
  mentions: Mention[];
  defaultSource?: string;
  existing: Array<{ territory: string; distinction: string | null; mentions: string[] }>;
}

export interface MappingEntry {
  name: string;
  line: number;
  candidate: Candidate;
  used: boolean;
}
