// The rules of an honest atlas, checked on any built site (the real content, or a test content
// folder): what each edition's list is (complete, partial, not published) is read from the site's
// own data files, then every page, feed, chart, map and badge is read for what it must never say.
// Each check returns problems in French, naming the file and what to fix; none states today's counts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type Status = 'complete' | 'partial' | 'unpublished';

export interface EditionRecord {
  year: number;
  known: number;
  official?: number;
  status: Status;
  /** Per distinction of the scale: its label and what is known of its list. */
  distinctions: Array<{ id: string; label: string; known: number; official: number | null; status: Status }>;
}

export interface ResultRecord {
  year: number;
  territory: string;
  distinction: string | null;
}

/** The editions and results as the built site publishes them (donnees/), oldest first. */
export function publishedRecord(outDir: string): { editions: EditionRecord[]; results: ResultRecord[] } {
  const json = JSON.parse(readFileSync(path.join(outDir, 'donnees/resultats.json'), 'utf8')) as {
    editions: Array<{
      annee: number;
      resultats_connus: number;
      labellises_officiel: number | null;
      statut_liste: Status;
      echelle: Array<{ id: string; libelle: string }>;
      listes_par_distinction: Array<{ distinction_id: string; connus: number; officiel: number | null; statut_liste: Status }>;
      resultats: Array<{ territoire: string; distinction_id: string | null }>;
    }>;
  };
  const editions = json.editions.map((e) => ({
    year: e.annee,
    known: e.resultats_connus,
    ...(e.labellises_officiel !== null && { official: e.labellises_officiel }),
    status: e.statut_liste,
    distinctions: e.listes_par_distinction.map((d) => ({
      id: d.distinction_id,
      label: e.echelle.find((s) => s.id === d.distinction_id)!.libelle,
      known: d.connus,
      official: d.officiel,
      status: d.statut_liste,
    })),
  }));
  const results = json.editions.flatMap((e) =>
    e.resultats.map((r) => ({ year: e.annee, territory: r.territoire, distinction: r.distinction_id })),
  );
  return { editions: editions.sort((a, b) => a.year - b.year), results };
}

/** The words of a page, an SVG or a feed, without markup. */
export function plainText(markup: string): string {
  return markup
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!\[CDATA\[|\]\]>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;[^&]*&gt;/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function files(outDir: string, test: (file: string) => boolean): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(test)
    .sort();
}

const read = (outDir: string, file: string) => readFileSync(path.join(outDir, file), 'utf8');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Everything a reader or a reuser gets as text: pages, feeds, chart and map SVGs, badges. (Share
 * images are PNG renders of the same words as the pages' alt texts, read with the pages.)
 */
export function textSurfaces(outDir: string): string[] {
  return files(outDir, (f) => /\.(html|xml|svg)$/.test(f) && !f.startsWith('pagefind/') && !f.startsWith('schemas/'));
}

/**
 * Rule 1: for every edition whose list is not complete, no text gives its known count as a total
 * (« 8 collectivités labellisées en 2025 », « 8 distinguées »), on its own pages, feed item and
 * map, nor anywhere with its year.
 */
export function knownCountAsTotal(outDir: string, editions: EditionRecord[] = publishedRecord(outDir).editions): string[] {
  const problems: string[] = [];
  const surfaces = textSurfaces(outDir);
  const texts = new Map(surfaces.map((file) => [file, plainText(read(outDir, file))]));
  for (const edition of editions.filter((e) => e.status !== 'complete' && e.known > 0)) {
    const k = escape(edition.known.toLocaleString('fr-FR'));
    // « 8 collectivités labellisées », « 8 distinguées », « 8 territoires labellisés »: a total. « 8 collectivités connues » is not.
    // (Not a level: « Niveau 5 labellisée en 2022 » names a distinction, not a count.)
    const total = new RegExp(`(?<![\\d,])(?<![Nn]iveau )${k} (?:collectivités? |territoires? |lauréats? )?(?:labellisé|distingué)e?s?\\b`);
    const withYear = new RegExp(`${total.source}(?: [^.;:]{0,40})?(?: en| à l’édition| lors de l’édition) ${edition.year}\\b`);
    const own = (file: string) =>
      file.startsWith(`editions/${edition.year}/`) ||
      file === 'carte/index.html' ||
      file === 'carte/embed/index.html' ||
      file === 'index.html';
    for (const [file, text] of texts) {
      const match = (own(file) ? total : withYear).exec(text);
      if (match)
        problems.push(
          `${file} : « ${match[0]} » donne le nombre connu de l’édition ${edition.year} comme un total, alors que sa liste n’est pas complète (${edition.known} connues${edition.official !== undefined ? ` sur ${edition.official}` : ''}) ; écrivez « ${edition.known} connues${edition.official !== undefined ? ` sur ${edition.official}` : ''} »`,
        );
    }
    const feedItem = /<item>[\s\S]*?<\/item>/g;
    for (const feed of surfaces.filter((f) => f.endsWith('.xml')))
      for (const item of read(outDir, feed).match(feedItem) ?? [])
        if (item.includes(`/editions/${edition.year}/`) && total.test(plainText(item)))
          problems.push(`${feed} : l’article de l’édition ${edition.year} donne son nombre connu comme un total`);
  }
  return problems;
}

/**
 * Rule 2: a distinction whose list was never published is never drawn or written as « 0 »: not
 * in its edition's chart (SVG and page), its press kit, its page, nor its map.
 */
export function unpublishedAsZero(outDir: string, editions: EditionRecord[] = publishedRecord(outDir).editions): string[] {
  const problems: string[] = [];
  for (const edition of editions) {
    const unpublished = edition.distinctions.filter((d) => d.status === 'unpublished' && d.official === null);
    if (unpublished.length === 0) continue;
    const own = [
      `statistiques/distinctions-${edition.year}.svg`,
      `editions/${edition.year}/index.html`,
      `editions/${edition.year}/presse/index.html`,
      `editions/${edition.year}/carte-${edition.year}.svg`,
    ].filter((file) => existsSync(path.join(outDir, file)));
    for (const file of own) {
      const text = plainText(read(outDir, file));
      for (const d of unpublished) {
        const zero = new RegExp(
          `(?:^| )${escape(d.label)} ?(?::|\\()? ?(?:0|aucune?|0 connue|0 résultat)(?![\\d ]*connue sur)(?=[ ).;]|$)`,
        );
        const match = zero.exec(text);
        if (match)
          problems.push(
            `${file} : « ${match[0].trim()} » : la liste « ${d.label} » de l’édition ${edition.year} n’a pas été publiée, ce n’est pas zéro ; écrivez « liste non publiée »`,
          );
      }
    }
  }
  return problems;
}

const CHANGE_WORDS = {
  returning: 'De retour',
  new: 'Nouveau',
  notRenewed: 'Non renouvelé',
} as const;

/**
 * Rule 3: no change label crosses an edition with unknown results: « De retour » needs the previous
 * edition's list complete, « Nouveau » every earlier list, « Non renouvelé » the edition's own.
 */
export function changesAcrossUnknown(outDir: string, editions: EditionRecord[] = publishedRecord(outDir).editions): string[] {
  const problems: string[] = [];
  editions.forEach((edition, index) => {
    const pages = files(outDir, (f) => f === `editions/${edition.year}/index.html` || f.startsWith(`editions/${edition.year}/evolutions/`));
    const earlier = editions.slice(0, index);
    const previous = earlier.at(-1);
    const allowed = {
      returning: previous?.status === 'complete',
      new: earlier.every((e) => e.status === 'complete'),
      notRenewed: edition.status === 'complete',
    };
    for (const file of pages) {
      // The labels of the changes: the headings of their groups and of their own pages (a sentence
      // explaining when a label may be used is not a label).
      const headings = [...read(outDir, file).matchAll(/<(h[1-3]|title)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => plainText(m[2]!));
      for (const [kind, word] of Object.entries(CHANGE_WORDS) as Array<[keyof typeof CHANGE_WORDS, string]>) {
        if (!allowed[kind] && headings.some((heading) => new RegExp(`(?:^|, )${word}\\b`, 'i').test(heading)))
          problems.push(
            `${file} : « ${word} » alors que ${kind === 'notRenewed' ? `la liste de ${edition.year}` : kind === 'returning' ? `la liste de ${previous?.year ?? 'l’édition précédente'}` : 'une liste antérieure'} n’est pas complète ; dites ce que le relevé contient (« premier résultat connu », « aucun résultat connu l’édition précédente »…)`,
          );
      }
    }
  });
  return problems;
}

/**
 * Rule 4: no badge of an unknown tier says « Labellisé » (the tier may be an entry distinction),
 * and every badge names the atlas as where to check it.
 */
export function badgeClaims(outDir: string, results: ResultRecord[] = publishedRecord(outDir).results): string[] {
  const problems: string[] = [];
  const latest = new Map<string, ResultRecord>();
  for (const r of [...results].sort((a, b) => a.year - b.year)) latest.set(r.territory, r);
  const badges = results.map((r) => ({ result: r, file: `territoires/${r.territory}/badge-${r.year}.svg` }));
  for (const r of latest.values()) badges.push({ result: r, file: `territoires/${r.territory}/badge.svg` });
  for (const { result, file } of badges) {
    if (!existsSync(path.join(outDir, file))) {
      problems.push(`${file} : badge absent pour le résultat ${result.year} de ${result.territory}`);
      continue;
    }
    const svg = read(outDir, file);
    if (result.distinction === null && /labellis/i.test(svg))
      problems.push(
        `${file} : le niveau de ce résultat n’est pas connu, le badge ne peut pas dire « Labellisé » ; donnez la mention, ou « Niveau non connu »`,
      );
    if (!/Atlas TNL/.test(plainText(svg))) problems.push(`${file} : le badge ne nomme pas l’Atlas TNL, où le vérifier`);
  }
  return problems;
}

/** Rule 5: the embed code always names the edition it shows. */
export function embedWithoutEdition(outDir: string): string[] {
  const html = read(outDir, 'carte/index.html');
  const code = /<textarea[^>]*data-embed-code[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '';
  return /\?edition=(\d{4}|toutes)/.test(code.replace(/&amp;/g, '&').replace(/&quot;/g, '"'))
    ? []
    : [
        'carte/index.html : le code d’intégration ne nomme pas son édition (?edition=…) : la carte intégrée changerait d’édition l’an prochain',
      ];
}

/** Every rule, on one built site. */
export function honestyProblems(outDir: string): string[] {
  const { editions, results } = publishedRecord(outDir);
  return [
    ...knownCountAsTotal(outDir, editions),
    ...unpublishedAsZero(outDir, editions),
    ...changesAcrossUnknown(outDir, editions),
    ...badgeClaims(outDir, results),
    ...embedWithoutEdition(outDir),
  ];
}
