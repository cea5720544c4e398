// Which column of a results spreadsheet holds what: header names are matched without accents,
// case or punctuation, in French or English, so that "Collectivité", "COLLECTIVITE" and "Name" all work.
import { foldText } from '../../src/lib/text';

/** What the import reads from each row. */
export type ColumnField = 'name' | 'departement' | 'distinction' | 'mentions' | 'source' | 'confidence' | 'note' | 'code' | 'kind' | 'year';

/** Accepted header names per field (already folded), the first one being the one we document. */
export const COLUMN_NAMES: Record<ColumnField, readonly string[]> = {
  name: [
    'collectivite',
    'collectivites',
    'nom',
    'nom de la collectivite',
    'nom collectivite',
    'territoire',
    'candidat',
    'laureat',
    'structure',
    'organisme',
    'commune',
    'name',
    'territory',
    'organisation',
    'organization',
    'entity',
  ],
  departement: ['departement', 'dept', 'dep', 'dpt', 'code departement', 'numero de departement', 'department'],
  distinction: ['distinction', 'niveau', 'label', 'resultat', 'niveau obtenu', 'level', 'award', 'result'],
  mentions: ['mentions', 'mention', 'mentions speciales', 'mention speciale', 'prix special', 'special mentions', 'special mention'],
  source: ['source', 'lien', 'url', 'lien source', 'adresse', 'link'],
  confidence: ['confiance', 'fiabilite', 'confidence'],
  note: ['note', 'notes', 'remarque', 'remarques', 'commentaire', 'commentaires', 'observations', 'comment'],
  code: ['code', 'code insee', 'insee', 'siren', 'code officiel', 'code commune', 'cog', 'official code'],
  kind: ['type', 'nature', 'categorie', 'type de collectivite', 'kind', 'category'],
  year: ['annee', 'edition', 'year', 'annee d edition'],
};

/** Readable names for messages. */
export const COLUMN_LABELS: Record<ColumnField, string> = {
  name: 'collectivité',
  departement: 'département',
  distinction: 'distinction',
  mentions: 'mentions',
  source: 'source',
  confidence: 'confiance',
  note: 'note',
  code: 'code',
  kind: 'type',
  year: 'année',
};

export type ColumnMap = Partial<Record<ColumnField, number>>;

export interface ColumnProblem {
  column?: string;
  message: string;
  suggestion?: string;
}

/** Maps header cells to fields; every unknown, repeated or missing required column is reported. */
export function mapColumns(
  header: readonly string[],
  required: readonly ColumnField[] = ['name', 'distinction'],
): {
  columns: ColumnMap;
  problems: ColumnProblem[];
} {
  const columns: ColumnMap = {};
  const problems: ColumnProblem[] = [];
  header.forEach((cell, index) => {
    if (cell === '') return;
    const field = fieldOf(cell);
    if (!field) {
      problems.push({
        column: cell,
        message: `colonne « ${cell} » inconnue`,
        suggestion: `renommez-la ou supprimez-la ; colonnes acceptées : ${acceptedColumns()}`,
      });
    } else if (columns[field] !== undefined) {
      problems.push({
        column: cell,
        message: `deux colonnes donnent ${COLUMN_LABELS[field]} : « ${header[columns[field]!]} » et « ${cell} »`,
        suggestion: 'gardez-en une seule',
      });
    } else columns[field] = index;
  });
  for (const field of required) {
    if (columns[field] === undefined)
      problems.push({
        message: `colonne ${COLUMN_LABELS[field]} absente`,
        suggestion: `ajoutez une colonne nommée par exemple « ${COLUMN_NAMES[field].slice(0, 3).join(' », « ')} »`,
      });
  }
  return { columns, problems };
}

function fieldOf(cell: string): ColumnField | undefined {
  const folded = foldText(cell);
  return (Object.keys(COLUMN_NAMES) as ColumnField[]).find((field) => COLUMN_NAMES[field].includes(folded));
}

/** "collectivité (ou nom, territoire…), département…" for error messages and --help. */
export function acceptedColumns(): string {
  return (Object.keys(COLUMN_NAMES) as ColumnField[])
    .map((field) => `${COLUMN_LABELS[field]} (${COLUMN_NAMES[field].slice(0, 4).join(', ')}…)`)
    .join(' ; ');
}
