// The changelog of the dataset on /donnees/: what changed in the files, newest first. Three kinds
// of entries. Each edition gets one, generated from the content (its rows, the collectivités seen for
// the first time, a new scale or new mentions, its own files), so that adding a year needs no
// writing here; so does each day of corrections of published results (from the editions'
// `corrections`). Changes of format (files, columns) come with a change of code, so they are written
// below, in the same pull request as the code that makes them; a test checks that every column an
// entry adds exists and every column it removes is gone.
import { formatDate, frCorrections, plural, quotedList } from '../../i18n/fr';
import { allCorrections, type Atlas } from '../record/atlas';
import { groupBy } from '../record/group-by';
import { editionChanges } from '../record/changes';
import { editionFolder } from './open-data';

/** A change of format of the files. */
export interface FormatRelease {
  /** Format version: 1, 2… */
  version: number;
  /** When it was published, AAAA-MM-JJ. */
  date: string;
  /** What changed, one sentence each, in French. */
  changes: string[];
  /** Columns or keys it added, and removed (checked against the files by a test). */
  addedFields?: string[];
  removedFields?: string[];
  /** Files it added, by path under /donnees/ (`<année>` stands for any edition). */
  addedFiles?: string[];
}

/** Every format of the files, newest first. */
export const FORMAT_HISTORY: FormatRelease[] = [
  {
    version: 3,
    date: '2026-12-07',
    changes: [
      'Les fichiers CSV standard n’ont plus d’indicateur d’ordre des octets (BOM) : les programmes (bibliothèques Frictionless, Python, Node) le lisaient comme un caractère invisible au début du nom de la première colonne. Les versions « -tableur » le gardent, pour Excel ; datapackage.json ne décrit plus que les fichiers pour programmes.',
      'La colonne siren donne aussi le SIREN des communes (d’après @etalab/decoupage-administratif).',
      'Nouveaux fichiers : le classeur complet classeur.xlsx et classeur.ods, et les résultats de chaque édition en .xlsx et .ods, où les codes officiels sont du texte (05074 reste 05074) ; un fichier JSON par collectivité dans territoires/, avec leur catalogue catalogue-territoires.json ; catalogue-dcat.jsonld, la description DCAT-AP du jeu de données pour data.gouv.fr.',
      'datapackage.json et les schémas de table donnent une version, une date de création et de modification ; chaque colonne des schémas a un exemple.',
      'Ce que l’atlas connaît de chaque édition : editions.csv et resultats.json disent si la liste est complète, partielle ou non publiée (statut_liste), ce que compte le chiffre officiel (officiel_mot : labellisées ou distinguées), et le tout en une phrase (connus_sur_officiel) ; resultats.json le dit aussi pour chaque distinction (listes_par_distinction).',
      'Les résultats déduits d’une source qui ne les annonce pas directement sont marqués (deduit dans resultats.csv et resultats.json, resultats_deduits dans editions.csv) ; chaque ligne de resultats.csv porte l’état de la liste de son édition (statut_liste_edition).',
      'Dans territoires.json, un membre de syndicat peut être une ancienne commune, sous son propre code, comme ses sources la nomment ; commune_actuelle donne alors la commune nouvelle qui la contient. Dans editions[].echelle de resultats.json, entree marque une distinction d’entrée qui n’est pas le label lui-même.',
    ],
    addedFields: [
      'resultats_deduits',
      'statut_liste',
      'officiel_mot',
      'connus_sur_officiel',
      'listes_par_distinction',
      'deduit',
      'statut_liste_edition',
    ],
    addedFiles: [
      'classeur.xlsx',
      'classeur.ods',
      'editions/<année>/resultats.xlsx',
      'editions/<année>/resultats.ods',
      'territoires/<territoire>.json',
      'catalogue-territoires.json',
      'catalogue-dcat.jsonld',
    ],
  },
  {
    version: 2,
    date: '2026-12-01',
    changes: [
      'La colonne code_officiel, qui mêlait plusieurs sortes de codes, est remplacée par code_insee (communes) et siren (intercommunalités, syndicats et autres organismes) dans resultats.csv, territoires.json et territoires.geojson ; les codes des départements et des régions restent dans departement_code et region_code.',
      'Nouveaux fichiers : territoires.csv ; pour chaque CSV, une version « -tableur » pour un tableur réglé en français (point-virgule, virgule décimale) ; les résultats de chaque édition dans editions/<année>/ ; datapackage.json, la description des fichiers au format Frictionless Data Package, avec le schéma de chaque table dans schemas/.',
      'Dans les CSV, un texte qui commence par =, +, -, @, une tabulation ou un retour chariot est précédé d’une apostrophe, pour qu’aucun tableur ne l’exécute comme une formule.',
    ],
    addedFields: ['code_insee', 'siren'],
    removedFields: ['code_officiel'],
    addedFiles: [
      'territoires.csv',
      'resultats-tableur.csv',
      'editions-tableur.csv',
      'territoires-tableur.csv',
      'editions/<année>/resultats.csv',
      'editions/<année>/resultats-tableur.csv',
      'editions/<année>/resultats.json',
      'datapackage.json',
      'schemas/<table>.schema.json',
    ],
  },
  {
    version: 1,
    date: '2026-11-23',
    changes: [
      'Première publication : resultats.csv, editions.csv, resultats.json, territoires.json et territoires.geojson, avec leur dictionnaire des données.',
    ],
  },
];

/** The dataset's version and dates, as datapackage.json, the Table Schemas and the DCAT catalogue give them. */
export interface DatasetVersion {
  /**
   * MAJOR.MINOR.PATCH, as semantic versioning means them for data: MAJOR is the format (a column
   * removed or renamed breaks a reader), MINOR the number of editions (rows added), PATCH 0.
   */
  version: string;
  /** AAAA-MM-JJ: the first publication of the files (format 1). */
  created: string;
  /** AAAA-MM-JJ: the newest change the changelog lists (an edition or a format). */
  modified: string;
}

/** The dataset's version and dates, from the content and the format history alone (no build date). */
export function datasetVersion(atlas: Atlas, history: FormatRelease[] = FORMAT_HISTORY): DatasetVersion {
  const dates = datasetChangelog(atlas, history).map((entry) => entry.date);
  const format = Math.max(...history.map((release) => release.version));
  return {
    // Format, editions, corrections: a correction changes rows of the files without a new edition.
    version: `${format}.${atlas.editions.length}.${atlas.editions.reduce((n, e) => n + e.corrections.length, 0)}`,
    created: history.map((release) => release.date).sort()[0]!,
    modified: dates.sort().at(-1)!,
  };
}

/** One entry of the changelog, as the page shows it. */
export interface ChangelogEntry {
  /** AAAA-MM-JJ, for sorting and the `<time>` element. */
  date: string;
  title: string;
  changes: string[];
  /** Files the entry is about, by path under /donnees/. */
  files: string[];
}

/** What an edition brought to the files, from the content alone. */
function editionEntry(atlas: Atlas, index: number): ChangelogEntry {
  const edition = atlas.editions[index]!;
  const previous = atlas.editions[index - 1];
  const firstTime = editionChanges(atlas.editions, edition.year).changes.filter((c) => c.kind === 'new' || c.kind === 'first-known').length;
  const unknown = edition.results.length - edition.knownDistinctionCount;
  const changes = [
    `${plural(edition.results.length, 'résultat connu', 'résultats connus')}${unknown > 0 ? ` (dont ${plural(unknown, 'sans distinction connue', 'sans distinction connue')})` : ''}, dont ${plural(firstTime, 'collectivité', 'collectivités')} pour la première fois dans le relevé.`,
  ];
  if (!previous) changes.push('Première édition du relevé.');
  else if (previous.scheme !== edition.scheme)
    changes.push(
      `Nouveau barème « ${edition.scheme} » : ${quotedList(edition.scale.map((d) => d.label))}, de la plus basse à la plus haute distinction (rang_max = ${edition.scale.length}).`,
    );
  const newMentions = edition.mentions.filter((m) => !previous?.mentions.some((p) => p.id === m.id));
  if (newMentions.length > 0 && previous)
    changes.push(`${newMentions.length > 1 ? 'Nouvelles mentions' : 'Nouvelle mention'} : ${quotedList(newMentions.map((m) => m.label))}.`);
  const folder = editionFolder(edition.year);
  return {
    date: edition.announcedOn,
    title: `Édition ${edition.year}, annoncée le ${formatDate(edition.announcedOn)}`,
    changes,
    files: [`${folder}resultats.csv`, `${folder}resultats-tableur.csv`, `${folder}resultats.json`],
  };
}

/**
 * The corrections published on one day: each changed result, from what to what and why. A reader
 * who downloaded the files before that day learns which rows differ now.
 */
function correctionEntries(atlas: Atlas): ChangelogEntry[] {
  return [...groupBy(allCorrections(atlas), (c) => c.correctedOn)].map(([date, corrections]) => ({
    date,
    title: frCorrections.changelogTitle(date),
    changes: corrections.map((c) => frCorrections.changelogLine(c, c.reason)),
    files: [
      ...new Set(corrections.flatMap((c) => [`${editionFolder(c.year)}resultats.csv`, `${editionFolder(c.year)}resultats.json`])),
      'resultats.csv',
      'resultats.json',
    ],
  }));
}

/** The whole changelog, newest first: every edition of the atlas, every correction day and every format release. */
export function datasetChangelog(atlas: Atlas, history: FormatRelease[] = FORMAT_HISTORY): ChangelogEntry[] {
  const editions = [...atlas.editions.map((_, index) => editionEntry(atlas, index)), ...correctionEntries(atlas)];
  const formats = history.map((release): ChangelogEntry => ({
    date: release.date,
    title: `Format ${release.version} des fichiers, publié le ${formatDate(release.date)}`,
    changes: release.changes,
    files: (release.addedFiles ?? []).filter((path) => !path.includes('<')),
  }));
  return [...editions, ...formats].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
