// Schema of one label edition (content/editions/<year>.yaml): metadata, its own scale, its results.
import { z } from 'zod';
import {
  confidenceSchema,
  idSchema,
  isoDateSchema,
  nameSchema,
  slugSchema,
  sourceSchema,
  textSchema,
  urlSchema,
  yearSchema,
} from './common';

/** What editors write when a source says "labelled" without giving the distinction. */
export const UNKNOWN_DISTINCTION = 'inconnue';

/** One step of an edition's distinction scale. */
export const distinctionSchema = z.strictObject({
  /** Identifier used in results (`5`, `or`, `badge`…). */
  id: idSchema
    .refine((id) => id !== UNKNOWN_DISTINCTION, {
      message: `« ${UNKNOWN_DISTINCTION} » est réservé aux résultats dont la distinction n'est pas connue`,
    })
    .describe('Identifiant de la distinction, repris dans les résultats (ex. 5, or, badge).'),
  /** Name shown to readers ("Niveau 5", "Or"). */
  label: textSchema.describe('Nom affiché aux lecteurs (ex. « Niveau 5 », « Or »).'),
  /** Very short form for badges and map markers ("5", "Or"); defaults to the label. */
  short: textSchema
    .pipe(z.string().max(8))
    .optional()
    .describe('Forme très courte pour les pastilles et la carte (ex. « 5 », « Or ») ; par défaut, le nom.'),
  /** One sentence on what the distinction means. */
  description: textSchema.optional().describe('Une phrase sur ce que signifie la distinction.'),
  /**
   * An entry distinction that is not the label itself (the Badge of 2025): an edition with one says
   * « distinguées » rather than « labellisées », and a result of unknown tier never claims the label.
   */
  entry: z
    .boolean()
    .optional()
    .describe(
      'true pour une distinction d’entrée qui n’est pas le label lui-même (ex. le Badge de 2025) : l’atlas dit alors « distinguées » plutôt que « labellisées » pour l’édition.',
    ),
});

/** A special mention an edition may award on top of a distinction. */
export const mentionSchema = z.strictObject({
  /** Identifier used in results (`meilleure-premiere-candidature`). */
  id: slugSchema.describe('Identifiant de la mention, repris dans les résultats (ex. sobriete-numerique).'),
  /** Name shown to readers. */
  label: textSchema.describe('Nom affiché aux lecteurs.'),
  /** One sentence on what the mention rewards. */
  description: textSchema.optional().describe('Une phrase sur ce que récompense la mention.'),
});

/** A cumulative total quoted by a source: collectivités labelled at least once since 2016, up to this edition. */
export const citedTotalSchema = z.strictObject({
  /** The figure as the source gives it. */
  count: z.number().int().positive().describe('Le chiffre, tel que la source le donne.'),
  /** Whether the source gives it exactly, as « about » or as « more than ». */
  precision: z
    .enum(['exact', 'environ', 'plus-de'], { message: 'attendu : exact, environ ou plus-de' })
    .default('exact')
    .describe('Précision du chiffre dans la source : exact, environ (« une quarantaine ») ou plus-de (« plus de 75 »).'),
  /** When the source gave it: AAAA, AAAA-MM or AAAA-MM-JJ. */
  quotedOn: z
    .union([z.string(), z.date(), z.number().int()])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
    .pipe(
      z
        .string()
        .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, { message: 'attendu : une année AAAA, un mois AAAA-MM ou une date AAAA-MM-JJ' }),
    )
    .optional()
    .describe('Quand la source a donné ce chiffre : AAAA, AAAA-MM ou AAAA-MM-JJ, si on le sait.'),
  /** Who gives it ("ADULLACT, lancement de l’édition 2024"). */
  quotedBy: textSchema.optional().describe('Qui donne ce chiffre (ex. « ADULLACT, lancement de l’édition 2024 »), si on le sait.'),
  /** The public page that gives it, when known. */
  source: urlSchema.optional().describe('Adresse de la page publique qui donne ce chiffre, si elle est connue.'),
  /** What is uncertain about the figure, in French. */
  note: textSchema.optional().describe('Ce qui est incertain sur ce chiffre (ex. source non conservée).'),
});

/** One labelled collectivité in an edition. */
export const resultSchema = z.strictObject({
  /** Slug of the territory file (content/territories/<slug>.yaml). */
  territory: slugSchema.describe('Nom du fichier du territoire, sans .yaml (content/territories/<nom>.yaml).'),
  /** Id of a distinction of this edition's scale, or `inconnue` when the source gives no level. */
  distinction: idSchema
    .transform((id) => (id === UNKNOWN_DISTINCTION ? null : id))
    .describe(`Identifiant d’une distinction de l’échelle de cette édition, ou « ${UNKNOWN_DISTINCTION} » si la source ne la donne pas.`),
  /** Ids of special mentions declared by this edition. */
  mentions: z
    .array(slugSchema)
    .default([])
    .describe('Identifiants des mentions spéciales obtenues, déclarées sous « mentions » dans l’édition.'),
  /** Public page stating this result. */
  source: urlSchema.describe('Adresse de la page publique qui annonce ce résultat.'),
  /** A lasting copy of the source page, in a web archive. */
  archive: urlSchema
    .optional()
    .describe(
      'Copie archivée de la source (ex. https://web.archive.org/web/…), au cas où la page change ou disparaît ; « npm run check:sources » en propose une.',
    ),
  /** How sure the source is: high (official), medium (press, the collectivité), low (indirect). */
  confidence: confidenceSchema.describe(
    'Fiabilité de la source : high (site officiel ou ADULLACT), medium (presse, collectivité), low (indirect).',
  ),
  /** What is inferred or uncertain about this result, in French. */
  note: textSchema.optional().describe('Ce qui est déduit ou incertain dans ce résultat.'),
  /**
   * A result no source announces, read from what a source says (« deux années de suite »,
   * « troisième année consécutive »): shown as inferred, with its note and a low confidence.
   */
  inferred: z
    .boolean()
    .default(false)
    .describe(
      'true pour un résultat déduit, qu’aucune source n’annonce directement (« deux années de suite », « troisième année consécutive ») : la remarque (note) dit comment, et la confiance est low.',
    ),
});

/** A published result as it stood before or after a correction: its distinction and its mentions. */
export const correctedResultSchema = z.strictObject({
  /** Id of a distinction of the scale, or `inconnue`. */
  distinction: idSchema
    .transform((id) => (id === UNKNOWN_DISTINCTION ? null : id))
    .describe(`Identifiant d’une distinction de l’échelle de l’édition, ou « ${UNKNOWN_DISTINCTION} ».`),
  /** Ids of the mentions. */
  mentions: z.array(slugSchema).default([]).describe('Identifiants des mentions spéciales.'),
});

/** A text an editor has still to write: `<pourquoi le résultat change>`, left as the check proposed it. */
const PLACEHOLDER = /^<[^>]*>$/;

/**
 * One change of a published result: when, from what to what, why, and on which source. The
 * record keeps every correction, so that a reader who cited the atlas knows what changed.
 */
export const correctionSchema = z.strictObject({
  /** Slug of the territory whose result changed. */
  territory: slugSchema.describe('Nom du fichier du territoire dont le résultat change, sans .yaml.'),
  /** Day the correction was published (AAAA-MM-JJ). */
  correctedOn: isoDateSchema.describe('Date de la correction (AAAA-MM-JJ) : le jour où elle est publiée.'),
  /** The result before; absent when the correction adds a result the record had missed. */
  from: correctedResultSchema
    .optional()
    .describe('Le résultat avant la correction (distinction et mentions) ; absent si la correction ajoute un résultat oublié.'),
  /** The result after; absent when the correction withdraws the result. */
  to: correctedResultSchema
    .optional()
    .describe('Le résultat après la correction (distinction et mentions) ; absent si la correction retire le résultat.'),
  /** Why the result changed, in French. */
  reason: textSchema
    .refine((text) => !PLACEHOLDER.test(text.trim()), {
      message: 'raison à écrire : remplacez le texte entre chevrons par la raison de la correction',
    })
    .describe('Pourquoi le résultat change, en une ou deux phrases.'),
  /** Public page that justifies the correction. */
  source: urlSchema.describe('Adresse de la page publique qui justifie la correction.'),
  /** A lasting copy of that page. */
  archive: urlSchema.optional().describe('Copie archivée de cette page (ex. https://web.archive.org/web/…).'),
});

/** A whole edition. Refinements check everything that lives inside the file itself. */
const editionObject = z.strictObject({
  /** Year of the edition; must match the file name. */
  year: yearSchema.describe('Année de l’édition ; doit être celle du nom du fichier.'),
  /** Day the results were announced (AAAA-MM-JJ). */
  announcedOn: isoDateSchema.describe('Date d’annonce des résultats (AAAA-MM-JJ).'),
  /** Event where the labels were awarded. */
  event: nameSchema.describe('Événement où les labels ont été remis (ex. Open Source Experience).'),
  /** City or "en ligne". */
  place: nameSchema.describe('Ville de la remise, ou « en ligne ».'),
  /** Name of the distinction scheme; changes are compared only between editions of the same scheme. */
  scheme: slugSchema.describe(
    'Nom du barème (ex. niveaux-1-5, badge-bronze-argent-or) : les évolutions ne sont comparées qu’entre éditions du même barème.',
  ),
  /** Distinctions from the lowest to the highest. */
  scale: z.array(distinctionSchema).min(1).describe('Distinctions de l’édition, de la plus basse à la plus haute.'),
  /** Special mentions this edition may award. */
  mentions: z.array(mentionSchema).default([]).describe('Mentions spéciales que l’édition peut décerner.'),
  /** Organisations of the jury (no personal names). */
  jury: z.array(nameSchema).default([]).describe('Organisations membres du jury (pas de noms de personnes).'),
  /** Official number of labelled (or distinguished) collectivités, when published. */
  labelledCount: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Nombre officiel de collectivités labellisées (ou distinguées, si l’échelle a une distinction d’entrée), s’il est publié.'),
  /** What qualifies the official count (another source gives another figure), in French. */
  labelledCountNote: textSchema
    .optional()
    .describe('Ce qui nuance le chiffre officiel, en français (ex. « 37 dans l’adresse de l’annonce et dans le titre de l’April »).'),
  /** Official number of candidates, when published. */
  candidatesCount: z.number().int().nonnegative().optional().describe('Nombre officiel de candidatures, s’il est publié.'),
  /** Official number of labelled collectivités per distinction id, when published. */
  countsByDistinction: z
    .record(idSchema, z.number().int().nonnegative())
    .optional()
    .describe('Nombre officiel de labellisés par distinction (identifiant : nombre), s’il est publié.'),
  /** Cumulative totals quoted by sources, counting every edition up to this one. */
  citedTotals: z
    .array(citedTotalSchema)
    .default([])
    .describe(
      'Totaux cumulés cités par des sources : collectivités labellisées au moins une fois depuis 2016, jusqu’à cette édition comprise.',
    ),
  /** Where the edition's facts come from. */
  sources: z.array(sourceSchema).min(1).describe('Sources des informations de l’édition.'),
  /** What is known to be missing or uncertain, in French. */
  notes: textSchema.optional().describe('Ce qui manque ou reste incertain, en français.'),
  /** The labelled collectivités known for this edition. */
  results: z.array(resultSchema).default([]).describe('Collectivités labellisées connues pour cette édition.'),
  /** Every change of a result after the edition was published, oldest first. */
  corrections: z
    .array(correctionSchema)
    .default([])
    .describe(
      'Chaque changement d’un résultat après la publication de l’édition : date, avant, après, raison et source. Une correction publiée ne se supprime pas.',
    ),
  /** A draft is checked like any edition but published nowhere, until the results are announced. */
  draft: z
    .boolean()
    .default(false)
    .describe(
      'Brouillon : true tant que les résultats ne sont pas annoncés. L’édition est vérifiée comme les autres mais n’est publiée nulle part (pages, carte, données, recherche, flux) ; retirez la ligne après la cérémonie.',
    ),
});

export const editionSchema = editionObject.superRefine((edition, ctx) => {
  const scaleIds = edition.scale.map((d) => d.id);
  reportDuplicates(scaleIds, ['scale'], 'id', ctx, 'la distinction');
  const mentionIds = edition.mentions.map((m) => m.id);
  reportDuplicates(mentionIds, ['mentions'], 'id', ctx, 'la mention');
  reportDuplicates(
    edition.results.map((r) => r.territory),
    ['results'],
    'territory',
    ctx,
    'le territoire',
  );
  edition.results.forEach((result, index) => {
    if (result.distinction !== null && !scaleIds.includes(result.distinction)) {
      ctx.addIssue({
        code: 'custom',
        path: ['results', index, 'distinction'],
        message: `distinction « ${result.distinction} » absente de l'échelle de l'édition ${edition.year} ; attendu : ${[...scaleIds, UNKNOWN_DISTINCTION].join(', ')}`,
      });
    }
    if (result.inferred && !result.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['results', index, 'note'],
        message: `résultat déduit (inferred: true) sans remarque : ajoutez « note » pour dire de quoi il est déduit`,
      });
    }
    if (result.inferred && result.confidence !== 'low') {
      ctx.addIssue({
        code: 'custom',
        path: ['results', index, 'confidence'],
        message: `un résultat déduit (inferred: true) a la confiance « low », pas « ${result.confidence} » ; attendu : confidence: low`,
      });
    }
    result.mentions.forEach((mention, m) => {
      if (!mentionIds.includes(mention)) {
        ctx.addIssue({
          code: 'custom',
          path: ['results', index, 'mentions', m],
          message: mentionIds.length
            ? `mention « ${mention} » non déclarée par l'édition ${edition.year} ; attendu : ${mentionIds.join(', ')} (ou ajoutez-la sous « mentions »)`
            : `mention « ${mention} » non déclarée : l'édition ${edition.year} n'a aucune mention ; déclarez-la sous « mentions »`,
        });
      }
    });
  });
  for (const id of Object.keys(edition.countsByDistinction ?? {})) {
    if (!scaleIds.includes(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['countsByDistinction', id],
        message: `distinction « ${id} » absente de l'échelle ; attendu : ${scaleIds.join(', ')}`,
      });
    }
  }
  checkCounts(edition, ctx);
  checkCorrections(edition, ctx);
});

/** A custom issue with what to do, as parseEntry shows it (`→ …`). */
function addIssue(ctx: z.RefinementCtx, path: (string | number)[], message: string, suggestion: string) {
  ctx.addIssue({ code: 'custom', path, message, params: { suggestion } });
}

/** « 3 résultats connus »: how many results there are, said for an editor. */
const knownResults = (count: number) => `${count} résultat${count > 1 ? 's' : ''} connu${count > 1 ? 's' : ''}`;

/**
 * Official counts cannot be below what the record knows, nor the counts per distinction add up to
 * more than the official total: one of the figures is wrong, and the message says which to check.
 */
function checkCounts(edition: z.output<typeof editionObject>, ctx: z.RefinementCtx) {
  const { labelledCount, candidatesCount, countsByDistinction = {}, results } = edition;
  if (labelledCount !== undefined && labelledCount < results.length)
    addIssue(
      ctx,
      ['labelledCount'],
      `labelledCount vaut ${labelledCount}, mais l’édition a ${knownResults(results.length)} : le nombre officiel de labellisés ne peut pas être plus petit`,
      `vérifiez le chiffre officiel et écrivez labelledCount: ${results.length} ou plus ; si des résultats sont en trop (doublon, autre année), retirez-les de « results »`,
    );
  if (labelledCount !== undefined && candidatesCount !== undefined && candidatesCount < labelledCount)
    addIssue(
      ctx,
      ['candidatesCount'],
      `candidatesCount vaut ${candidatesCount}, moins que les ${labelledCount} labellisés (labelledCount) : chaque labellisé a été candidat`,
      'vérifiez les deux chiffres officiels : candidatesCount compte les candidatures, labelledCount les labellisés',
    );
  let total = 0;
  for (const [id, count] of Object.entries(countsByDistinction)) {
    total += count;
    const known = results.filter((r) => r.distinction === id).length;
    if (count < known)
      addIssue(
        ctx,
        ['countsByDistinction', id],
        `countsByDistinction["${id}"] vaut ${count}, mais l’édition a ${knownResults(known)} avec la distinction « ${id} »`,
        `vérifiez le chiffre officiel et écrivez "${id}": ${known} ou plus ; sinon corrigez la distinction des résultats en trop`,
      );
  }
  if (labelledCount !== undefined && total > labelledCount)
    addIssue(
      ctx,
      ['countsByDistinction'],
      `les nombres par distinction font ${total} en tout, plus que les ${labelledCount} labellisés (labelledCount)`,
      'vérifiez les chiffres officiels : la somme de countsByDistinction ne peut pas dépasser labelledCount (corrigez l’un ou l’autre)',
    );
}

type CorrectedResult = z.output<typeof correctedResultSchema>;

/** The same distinction and the same mentions, in any order. */
export function sameResult(a: CorrectedResult | undefined, b: CorrectedResult | undefined): boolean {
  if (!a || !b) return a === b;
  return a.distinction === b.distinction && [...a.mentions].sort().join() === [...b.mentions].sort().join();
}

/**
 * What an edition's own file can say about its corrections: each names distinctions of the scale
 * and declared mentions, changes something, comes after the announcement, and the latest
 * correction of a result gives the result as it now stands.
 */
function checkCorrections(edition: z.output<typeof editionObject>, ctx: z.RefinementCtx) {
  const scaleIds = edition.scale.map((d) => d.id);
  const mentionIds = edition.mentions.map((m) => m.id);
  const latest = new Map<string, { index: number; to: CorrectedResult | undefined; correctedOn: string }>();
  edition.corrections.forEach((correction, index) => {
    const at = (...path: (string | number)[]) => ['corrections', index, ...path];
    if (edition.draft)
      addIssue(
        ctx,
        at(),
        `correction dans un brouillon : l’édition ${edition.year} n’est pas encore publiée, il n’y a rien à corriger`,
        'modifiez directement le résultat dans « results » et retirez cette correction',
      );
    for (const side of ['from', 'to'] as const) {
      const result = correction[side];
      if (!result) continue;
      if (result.distinction !== null && !scaleIds.includes(result.distinction))
        addIssue(
          ctx,
          at(side, 'distinction'),
          `distinction « ${result.distinction} » absente de l'échelle de l'édition ${edition.year}`,
          `attendu : ${[...scaleIds, UNKNOWN_DISTINCTION].join(', ')}`,
        );
      result.mentions.forEach((mention, m) => {
        if (!mentionIds.includes(mention))
          addIssue(
            ctx,
            at(side, 'mentions', m),
            `mention « ${mention} » non déclarée par l'édition ${edition.year}`,
            mentionIds.length ? `attendu : ${mentionIds.join(', ')}` : 'l’édition n’a aucune mention : retirez celle-ci',
          );
      });
    }
    if (!correction.from && !correction.to)
      addIssue(
        ctx,
        at(),
        'correction sans « from » ni « to » : elle ne dit pas ce qui a changé',
        'donnez « from » (le résultat publié avant), « to » (le résultat après), ou les deux',
      );
    else if (sameResult(correction.from, correction.to))
      addIssue(
        ctx,
        at('to'),
        'correction sans changement : « from » et « to » donnent le même résultat',
        'écrivez dans « to » le résultat après la correction, ou retirez cette correction',
      );
    if (correction.correctedOn < edition.announcedOn)
      addIssue(
        ctx,
        at('correctedOn'),
        `correction datée du ${correction.correctedOn}, avant l’annonce des résultats (${edition.announcedOn})`,
        'écrivez le jour où la correction est publiée (AAAA-MM-JJ)',
      );
    const previous = latest.get(correction.territory);
    if (previous && correction.correctedOn < previous.correctedOn)
      addIssue(
        ctx,
        at('correctedOn'),
        `corrections de « ${correction.territory} » dans le désordre : celle-ci (${correction.correctedOn}) vient après celle du ${previous.correctedOn}`,
        'rangez les corrections d’un même territoire de la plus ancienne à la plus récente',
      );
    else if (previous && !sameResult(previous.to, correction.from))
      addIssue(
        ctx,
        at('from'),
        `« from » ne reprend pas le résultat que donnait la correction précédente de « ${correction.territory} » (corrections[${previous.index}].to)`,
        'une correction part du résultat laissé par la précédente : recopiez-le dans « from »',
      );
    latest.set(correction.territory, { index, to: correction.to, correctedOn: correction.correctedOn });
  });
  for (const [territory, { index, to }] of latest) {
    const resultIndex = edition.results.findIndex((r) => r.territory === territory);
    const result = edition.results[resultIndex];
    if (!to && result)
      addIssue(
        ctx,
        ['corrections', index, 'to'],
        `la correction retire le résultat de « ${territory} », mais il est toujours dans « results » (results[${resultIndex}])`,
        'retirez le résultat de « results », ou écrivez dans « to » le résultat corrigé',
      );
    else if (to && !result)
      addIssue(
        ctx,
        ['corrections', index, 'to'],
        `la correction donne un résultat à « ${territory} », mais « results » n’en a aucun`,
        'ajoutez le résultat corrigé à « results », ou retirez « to » si la correction retire le résultat',
      );
    else if (to && result && !sameResult(to, result))
      addIssue(
        ctx,
        ['corrections', index, 'to'],
        `« to » ne donne pas le résultat de « ${territory} » tel qu’il est dans « results » (results[${resultIndex}])`,
        `la dernière correction d’un résultat donne ce résultat : distinction ${result.distinction ?? UNKNOWN_DISTINCTION}${result.mentions.length ? `, mentions ${result.mentions.join(', ')}` : ', sans mention'}`,
      );
  }
}

/** Adds one issue per repeated value, pointing at its second occurrence. */
function reportDuplicates(values: string[], path: (string | number)[], field: string, ctx: z.RefinementCtx, what: string) {
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [...path, index, field],
      message: `${what} « ${value} » apparaît deux fois (positions ${first + 1} et ${index + 1}) ; gardez une seule entrée`,
    });
  });
}

export type EditionInput = z.input<typeof editionSchema>;
export type Edition = z.output<typeof editionSchema>;
export type EditionResult = Edition['results'][number];
export type Distinction = Edition['scale'][number];
export type Mention = Edition['mentions'][number];
export type CitedTotal = Edition['citedTotals'][number];
