// Rules that span several files or need the reference data: references between editions,
// territories and testimonials, and official codes. Returns every problem at once.
import type { Edition } from '../../schemas/edition';
import type { Territory } from '../../schemas/territory';
import type { Testimonial } from '../../schemas/testimonial';
import { memberCommune, type Reference } from '../reference/reference';
import { isOfficialSource } from './source-confidence';
import { referenceDate } from './reference-date';
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
  return [
    ...checkEditions(content),
    ...checkFutureEditions(content.editions, options.today ?? referenceDate()),
    ...checkTerritories(content.territories, ref),
    ...checkTestimonials(content),
  ];
}

/**
 * What does not stop publication but deserves a look: territory files that no edition uses, and
 * results published as « Source officielle » (confidence high) whose source is not official.
 */
export function contentWarnings(content: ContentSet): Problem[] {
  return [...unusedTerritories(content), ...unofficialHighConfidence(content.editions)];
}

function unusedTerritories({ editions, territories, failed }: ContentSet): Problem[] {
  // While an edition fails its schema, its results are unknown: every territory might be unused.
  if (failed?.editions.length) return [];
  const used = new Set(editions.flatMap((e) => e.data.results.map((r) => r.territory)));
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
    data.results.forEach((result, index) => {
      if (known.has(result.territory)) return;
      const guesses = closestMatches(result.territory, slugs);
      problems.push({
        file,
        field: `results[${index}].territory`,
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
      if (!commune) add('code', `aucune commune actuelle n'a le code INSEE « ${code} »`, suggestCommune(data.name, ref));
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
    if (!edition.data.results.some((r) => r.territory === data.territory)) {
      const years = editions.filter((e) => e.data.results.some((r) => r.territory === data.territory)).map((e) => e.data.year);
      problems.push({
        file,
        field: 'edition',
        message: `« ${data.territory} » n'a aucun résultat dans l'édition ${data.edition}`,
        suggestion: years.length ? `éditions où ce territoire a un résultat : ${years.join(', ')}` : undefined,
      });
    }
  }
  return problems;
}

/** For the code of a former or delegated commune, names the current commune that absorbed it. */
function suggestCurrentCommune(code: string, ref: Reference): string | undefined {
  const former = ref.formerCommunes.find((f) => f.code === code);
  const current = former && ref.communes.get(former.current);
  return current ? `${former.name} fait désormais partie de ${current.name} : utilisez le code ${current.code}` : undefined;
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
