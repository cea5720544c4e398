// Rules that span several files or need the reference data: references between editions,
// territories and testimonials, and official codes. Returns every problem at once.
import type { Edition } from '../../schemas/edition';
import type { Territory } from '../../schemas/territory';
import type { Testimonial } from '../../schemas/testimonial';
import { sameResult, UNKNOWN_DISTINCTION } from '../../schemas/edition';
import { memberCommune, successorOf, type Reference } from '../reference/reference';
import { isOfficialSource } from './source-confidence';
import { referenceDate } from './reference-date';
import { resolveTerritory } from './territories';
import { closestMatches, foldText } from '../text';

/** A content entry as read from disk: its id (file name without extension), path and data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface ContentSet {
  editions: Entry<Edition>[];
  territories: Entry<Territory>[];
  testimonials: Entry<Testimonial>[];
  /**
   * Ids of the files that exist but fail their schema (their own problems say why): a reference to
   * one of them is not reported as unknown, so that one broken file does not make a cascade of errors.
   */
  failed?: { editions: string[]; territories: string[] };
}

export interface ValidateOptions {
  /** Today, AAAA-MM-JJ: an edition after it must be a draft. Default: referenceDate() (SOURCE_DATE_EPOCH or the clock). */
  today?: string;
}

/** One thing wrong, said for an editor: where, what, and what to do. */
export interface Problem {
  file: string;
  field?: string;
  message: string;
  suggestion?: string;
}

/** Checks references, codes and dates; an empty list means the content is consistent. */
export function validateContent(content: ContentSet, ref: Reference, options: ValidateOptions = {}): Problem[] {
  const today = options.today ?? referenceDate();
  return [
    ...checkEditions(content),
    ...checkFutureEditions(content.editions, today),
    ...checkFutureCorrections(content.editions, today),
    ...checkTerritories(content.territories, ref),
    ...checkHomonyms(content.territories, ref),
    ...checkTestimonials(content),
  ];
}

/**
 * What does not stop publication but deserves a look: territory files that no edition uses, and
 * results published as « Source officielle » (confidence high) whose source is not official.
 */
export function contentWarnings(content: ContentSet): Problem[] {
  return [
    ...unusedTerritories(content),
    ...unofficialHighConfidence(content.editions),
    ...plainHttpAddresses(content),
    ...testimonialsOfCorrectedResults(content),
  ];
}

/** Every address written `http://` in the data of the content, with its field. */
function plainHttpAddresses({ editions, territories, testimonials }: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const walk = (file: string, value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (/^http:\/\//i.test(value))
        problems.push({
          file,
          field: path,
          message: `adresse en http:// (non chiffrée) : ${value}`,
          suggestion: `écrivez ${value.replace(/^http:/i, 'https:')} si la page s’ouvre ainsi ; sinon gardez http:// (la page n’existe pas en https)`,
        });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(file, item, `${path}[${index}]`));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(file, item, path ? `${path}.${key}` : key);
  };
  for (const { file, data } of [...editions, ...territories, ...testimonials]) walk(file, data, '');
  return problems;
}

function unusedTerritories({ editions, territories, failed }: ContentSet): Problem[] {
  // While an edition fails its schema, its results are unknown: every territory might be unused.
  if (failed?.editions.length) return [];
  // A territory whose only result was withdrawn is still cited by its correction, shown on its page.
  const used = new Set(editions.flatMap((e) => [...e.data.results, ...e.data.corrections].map((r) => r.territory)));
  return territories
    .filter((t) => !used.has(t.id))
    .map((t) => ({
      file: t.file,
      message: `aucune édition ne cite le territoire « ${t.id} » : il sera publié sans aucun résultat`,
      suggestion: `ajoutez son résultat à une édition (« territory: ${t.id} » dans content/editions/<année>.yaml), ou supprimez ce fichier s’il n’a pas lieu d’être`,
    }));
}

function unofficialHighConfidence(editions: Entry<Edition>[]): Problem[] {
  return editions.flatMap(({ file, data }) =>
    data.results.flatMap((result, index): Problem[] =>
      result.confidence === 'high' && !isOfficialSource(result.source)
        ? [
            {
              file,
              field: `results[${index}].confidence`,
              message: `« ${result.territory} » : confiance high (affichée « Source officielle ») pour une source qui n’est ni le site du label ni adullact.org : ${result.source}`,
              suggestion:
                'écrivez « confidence: medium » (presse, April, site de la collectivité), ou donnez la page officielle comme source',
            },
          ]
        : [],
    ),
  );
}

const DRAFT_HINT =
  'si la date est fausse, corrigez-la ; sinon ajoutez « draft: true » à l’édition jusqu’à la cérémonie (elle est alors vérifiée mais publiée nulle part)';

/** An edition is published once its results are announced: a later one must say `draft: true`. */
function checkFutureEditions(editions: Entry<Edition>[], today: string): Problem[] {
  const year = Number(today.slice(0, 4));
  return editions.flatMap(({ file, data }): Problem[] => {
    if (data.draft) return [];
    if (data.announcedOn > today)
      return [
        {
          file,
          field: 'announcedOn',
          message: `date d’annonce ${data.announcedOn} postérieure à aujourd’hui (${today}) : une édition n’est publiée qu’une fois ses résultats annoncés`,
          suggestion: DRAFT_HINT,
        },
      ];
    if (data.year > year)
      return [
        {
          file,
          field: 'year',
          message: `édition ${data.year} postérieure à l’année en cours (${year}) : une édition n’est publiée qu’une fois ses résultats annoncés`,
          suggestion: DRAFT_HINT,
        },
      ];
    return [];
  });
}

/** A correction is published the day it says: a date after today would announce it in advance. */
function checkFutureCorrections(editions: Entry<Edition>[], today: string): Problem[] {
  return editions.flatMap(({ file, data }) =>
    data.corrections.flatMap((correction, index): Problem[] =>
      correction.correctedOn > today
        ? [
            {
              file,
              field: `corrections[${index}].correctedOn`,
              message: `correction datée du ${correction.correctedOn}, après aujourd’hui (${today})`,
              suggestion: `écrivez la date du jour où la correction est publiée : correctedOn: ${today}`,
            },
          ]
        : [],
    ),
  );
}

function checkEditions({ editions, territories, failed }: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const slugs = territories.map((t) => t.id);
  const known = new Set([...slugs, ...(failed?.territories ?? [])]);
  for (const { id, file, data } of editions) {
    if (id !== String(data.year)) {
      problems.push({
        file,
        field: 'year',
        message: `le fichier s'appelle « ${id} » mais l'année indiquée est ${data.year}`,
        suggestion: `renommez le fichier en ${data.year}.yaml ou corrigez « year »`,
      });
    }
    const references = [
      ...data.results.map((result, index) => ({ territory: result.territory, field: `results[${index}].territory` })),
      ...data.corrections.map((correction, index) => ({ territory: correction.territory, field: `corrections[${index}].territory` })),
    ];
    references.forEach((result) => {
      if (known.has(result.territory)) return;
      const guesses = closestMatches(result.territory, slugs);
      problems.push({
        file,
        field: result.field,
        message: `territoire « ${result.territory} » inconnu : aucun fichier content/territories/${result.territory}.yaml`,
        suggestion: guesses.length
          ? `vouliez-vous dire ${guesses.map((g) => `« ${g} »`).join(' ou ')} ?`
          : 'créez le fichier du territoire (voir CONTRIBUTING.md)',
      });
    });
  }
  return problems;
}

function checkTerritories(territories: Entry<Territory>[], ref: Reference): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of territories) {
    const add = (field: string, message: string, suggestion?: string) => problems.push({ file, field, message, suggestion });
    const code = data.code;
    if (code && data.kind === 'commune') {
      const commune = ref.communes.get(code);
      if (!commune)
        add('code', `aucune commune actuelle n'a le code INSEE « ${code} »`, suggestCurrentCommune(code, ref) ?? suggestCommune(data.name, ref));
      else if (data.departement && data.departement !== commune.departement)
        add(
          'departement',
          `le département « ${data.departement} » contredit le code ${code} (${commune.name}, département ${commune.departement})`,
          `indiquez departement: "${commune.departement}" ou retirez le champ`,
        );
    }
    if (code && data.kind === 'epci') {
      const epci = ref.epcis.get(code);
      if (!epci) add('code', `aucun EPCI n'a le SIREN « ${code} »`, suggestEpci(data.name, ref));
      else if (data.departement && epci.departement && data.departement !== epci.departement)
        add(
          'departement',
          `le département « ${data.departement} » contredit le SIREN ${code} (${epci.name}, département ${epci.departement})`,
          `indiquez departement: "${epci.departement}" ou retirez le champ`,
        );
    }
    if (code && data.kind === 'departement' && !ref.departements.has(code)) add('code', `aucun département n'a le code « ${code} »`);
    if (code && data.kind === 'region' && !ref.regions.has(code)) add('code', `aucune région n'a le code « ${code} »`);
    if (data.departement && !ref.departements.has(data.departement))
      add('departement', `aucun département n'a le code « ${data.departement} »`);
    if (data.region && !ref.regions.has(data.region)) add('region', `aucune région n'a le code « ${data.region} »`);
    if (data.seat && !ref.communes.has(data.seat))
      add('seat', `aucune commune actuelle n'a le code INSEE « ${data.seat} »`, suggestCurrentCommune(data.seat, ref));
    // A member may be a former commune, by its own code, as the syndicat's sources name it (Pierre-Bénite, 69152).
    data.members.forEach((member, index) => {
      if (!memberCommune(member, ref))
        add(`members[${index}]`, `aucune commune, actuelle ou ancienne, n'a le code INSEE « ${member} »`, suggestCurrentCommune(member, ref));
    });
  }
  return problems;
}

function checkTestimonials({ editions, territories, testimonials, failed }: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const slugs = territories.map((t) => t.id);
  for (const { file, data } of testimonials) {
    // A file that exists but fails its schema has its own problems; nothing more to say here.
    if (failed?.territories.includes(data.territory) || failed?.editions.includes(String(data.edition))) continue;
    if (!slugs.includes(data.territory)) {
      const guesses = closestMatches(data.territory, slugs);
      problems.push({
        file,
        field: 'territory',
        message: `territoire « ${data.territory} » inconnu`,
        suggestion: guesses.length ? `vouliez-vous dire ${guesses.map((g) => `« ${g} »`).join(' ou ')} ?` : undefined,
      });
      continue;
    }
    const edition = editions.find((e) => e.data.year === data.edition);
    if (!edition) {
      problems.push({
        file,
        field: 'edition',
        message: `aucune édition ${data.edition} dans content/editions/`,
        suggestion: `éditions disponibles : ${editions.map((e) => e.data.year).join(', ')}`,
      });
      continue;
    }
    const result = edition.data.results.find((r) => r.territory === data.territory);
    const corrected = edition.data.corrections.some((c) => c.territory === data.territory && sameResult(c.from, data.result));
    if (!result && !corrected) {
      const years = editions.filter((e) => e.data.results.some((r) => r.territory === data.territory)).map((e) => e.data.year);
      problems.push({
        file,
        field: 'edition',
        message: `« ${data.territory} » n'a aucun résultat dans l'édition ${data.edition}`,
        suggestion: years.length ? `éditions où ce territoire a un résultat : ${years.join(', ')}` : undefined,
      });
    } else if (result && !sameResult(result, data.result) && !corrected) {
      // Not a result the record ever gave: the testimonial is wrong, not outdated.
      problems.push({
        file,
        field: 'result',
        message: `le témoignage parle de ${describeResult(data.result)}, mais l’édition ${data.edition} donne à « ${data.territory} » ${describeResult(result)}`,
        suggestion: `écrivez le résultat de l’édition dans « result » (${resultLines(result)}), et relisez le titre et le texte ; si c’est le résultat de l’édition qui vient de changer, ajoutez d’abord sa correction à l’édition`,
      });
    }
  }
  return problems;
}

/**
 * Testimonials written about a result that a correction changed since: the text may say « niveau 5 »
 * next to a page that now shows « Niveau 4 ». Not an error (the testimonial was true when written).
 */
function testimonialsOfCorrectedResults({ editions, testimonials }: ContentSet): Problem[] {
  return testimonials.flatMap(({ file, data }): Problem[] => {
    const edition = editions.find((e) => e.data.year === data.edition)?.data;
    if (!edition) return [];
    const result = edition.results.find((r) => r.territory === data.territory);
    if (sameResult(result, data.result)) return [];
    const correction = edition.corrections.findLast((c) => c.territory === data.territory);
    if (!correction || !edition.corrections.some((c) => c.territory === data.territory && sameResult(c.from, data.result))) return [];
    return [
      {
        file,
        field: 'result',
        message: `le témoignage parle de ${describeResult(data.result)}, mais ce résultat a été corrigé le ${correction.correctedOn} : ${result ? `l’édition ${data.edition} donne maintenant ${describeResult(result)}` : `il est retiré de l’édition ${data.edition}`}`,
        suggestion: result
          ? `relisez le titre, le résumé et le texte, corrigez ce qui parle de l’ancien résultat, puis écrivez ${resultLines(result)} dans « result »`
          : 'le témoignage parle d’un résultat retiré : supprimez-le, ou réécrivez-le pour une édition où la collectivité a un résultat',
      },
    ];
  });
}

/** « la distinction 5 et la mention coup-de-coeur »: a result as messages name it (ids, as in the files). */
function describeResult(result: { distinction: string | null; mentions: string[] }): string {
  const distinction = result.distinction === null ? 'une distinction inconnue' : `la distinction ${result.distinction}`;
  if (result.mentions.length === 0) return `${distinction} sans mention`;
  return `${distinction} et ${result.mentions.length > 1 ? 'les mentions' : 'la mention'} ${result.mentions.join(', ')}`;
}

/** `distinction: 4, mentions: [coup-de-coeur]`: the lines to write. */
function resultLines(result: { distinction: string | null; mentions: string[] }): string {
  return `distinction: ${result.distinction ?? UNKNOWN_DISTINCTION}${result.mentions.length ? `, mentions: [${result.mentions.join(', ')}]` : ''}`;
}

/** For the code of a former or delegated commune, names the current commune that absorbed it. */
function suggestCurrentCommune(code: string, ref: Reference): string | undefined {
  const successor = successorOf(code, ref);
  if (!successor) return undefined;
  const { commune, formerName } = successor;
  return `${formerName ?? `la commune au code ${code}`} fait désormais partie de ${commune.name} : utilisez le code ${commune.code}`;
}

/**
 * Two files for the same body (same official code), or two bodies shown under the same name:
 * readers could not tell their pages, search results and map labels apart.
 */
function checkHomonyms(territories: Entry<Territory>[], ref: Reference): Problem[] {
  const problems: Problem[] = [];
  const byCode = new Map<string, Entry<Territory>>();
  const byName = new Map<string, { entry: Entry<Territory>; name: string; place?: string }>();
  for (const entry of territories) {
    const { data, file, id } = entry;
    if (data.code) {
      // A SIREN names one body whatever its kind (an EPCI written as a syndicat is still the same).
      const key = /^\d{9}$/.test(data.code) ? data.code : `${data.kind}:${data.code}`;
      const first = byCode.get(key);
      if (first) {
        problems.push({
          file,
          field: 'code',
          message: `même code officiel (${data.code}) que ${first.file} : les deux fichiers décrivent la même collectivité`,
          suggestion: `gardez un seul fichier : remplacez « territory: ${id} » par « territory: ${first.id} » dans les éditions, puis supprimez ${file}`,
        });
        continue;
      }
      byCode.set(key, entry);
    }
    const resolved = resolveTerritory(id, data, ref);
    const place = resolved.departement?.name ?? resolved.region?.name;
    const key = foldText(resolved.name);
    const first = byName.get(key);
    if (!first) {
      byName.set(key, { entry, name: resolved.name, place });
      continue;
    }
    const distinct = (name: string, where: string | undefined, other: string | undefined) =>
      where && where !== other ? `${name} (${where})` : `${name} (<précision>)`;
    problems.push({
      file,
      field: 'name',
      message: `même nom affiché que ${first.entry.file} : « ${resolved.name} » ; les lecteurs ne sauraient pas distinguer les deux collectivités`,
      suggestion: `donnez-leur des noms qui les distinguent, par exemple name: "${distinct(resolved.name, place, first.place)}" ici et name: "${distinct(first.name, first.place, place)}" dans ${first.entry.file}`,
    });
  }
  return problems;
}

function suggestCommune(name: string | undefined, ref: Reference): string | undefined {
  if (!name) return 'vérifiez le code dans le Code officiel géographique de l’INSEE';
  const folded = foldText(name);
  const matches = [...ref.communes.values()].filter((c) => foldText(c.name) === folded).slice(0, 5);
  return matches.length ? `communes nommées « ${name} » : ${matches.map((c) => `${c.code} (${c.departement})`).join(', ')}` : undefined;
}

function suggestEpci(name: string | undefined, ref: Reference): string | undefined {
  if (!name) return undefined;
  const names = new Map([...ref.epcis.values()].map((e) => [e.name, e.code]));
  const guesses = closestMatches(name, names.keys());
  return guesses.length ? `EPCI proches : ${guesses.map((g) => `${g} (${names.get(g)})`).join(', ')}` : undefined;
}
