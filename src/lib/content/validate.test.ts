import { describe, expect, it } from 'vitest';
import { editionSchema } from '../../schemas/edition';
import { territorySchema } from '../../schemas/territory';
import { testimonialSchema } from '../../schemas/testimonial';
import { loadReference } from '../reference/reference-fs';
import { contentWarnings, validateContent, type ContentSet } from './validate';

const reference = loadReference();

function contentSet(overrides: { edition?: object; territory?: object; testimonial?: object; editionId?: string } = {}): ContentSet {
  const edition = editionSchema.parse({
    year: 2022,
    announcedOn: '2022-11-09',
    event: 'Open Source Experience',
    place: 'Paris',
    scheme: 'niveaux-1-5',
    scale: [{ id: 5, label: 'Niveau 5' }],
    sources: [{ url: 'https://example.org/' }],
    results: [
      { territory: 'echirolles', distinction: 5, source: 'https://territoire-numerique-libre.org/edition-2022/', confidence: 'high' },
    ],
    ...overrides.edition,
  });
  return {
    editions: [{ id: overrides.editionId ?? '2022', file: 'content/editions/2022.yaml', data: edition }],
    territories: [
      {
        id: 'echirolles',
        file: 'content/territories/echirolles.yaml',
        data: territorySchema.parse({ kind: 'commune', code: '38151', ...overrides.territory }),
      },
    ],
    testimonials: [
      {
        id: 'echirolles-2022',
        file: 'content/testimonials/echirolles-2022.mdx',
        data: testimonialSchema.parse({
          territory: 'echirolles',
          edition: 2022,
          result: { distinction: 5 },
          title: 'T',
          summary: 'S',
          author: 'Ville',
          source: { url: 'https://example.org/' },
          ...overrides.testimonial,
        }),
      },
    ],
  };
}

describe('validateContent', () => {
  it('accepts consistent content', () => {
    expect(validateContent(contentSet(), reference)).toEqual([]);
  });

  it('reports a result for an unknown territory, with "did you mean"', () => {
    const problems = validateContent(
      contentSet({ edition: { results: [{ territory: 'echirole', distinction: 5, source: 'https://example.org/', confidence: 'high' }] } }),
      reference,
    );
    expect(problems).toContainEqual({
      file: 'content/editions/2022.yaml',
      field: 'results[0].territory',
      message: 'territoire « echirole » inconnu : aucun fichier content/territories/echirole.yaml',
      suggestion: 'vouliez-vous dire « echirolles » ?',
    });
  });

  it('reports a commune code that does not exist, suggesting codes of communes with that name', () => {
    const [problem] = validateContent(contentSet({ territory: { code: '38999', name: 'Échirolles' } }), reference);
    expect(problem).toEqual({
      file: 'content/territories/echirolles.yaml',
      field: 'code',
      message: "aucune commune actuelle n'a le code INSEE « 38999 »",
      suggestion: 'communes nommées « Échirolles » : 38151 (38)',
    });
  });

  it('reports a département that contradicts the official code', () => {
    const [problem] = validateContent(contentSet({ territory: { departement: '69' } }), reference);
    expect(problem?.field).toBe('departement');
    expect(problem?.message).toBe('le département « 69 » contredit le code 38151 (Échirolles, département 38)');
  });

  it('reports a testimonial about an edition in which the territory has no result', () => {
    const content = contentSet();
    content.editions[0]!.data.results = [];
    content.territories.push({
      id: 'abbeville',
      file: 'content/territories/abbeville.yaml',
      data: territorySchema.parse({ kind: 'commune', code: '80001' }),
    });
    const problems = validateContent(content, reference);
    expect(problems).toEqual([
      {
        file: 'content/testimonials/echirolles-2022.mdx',
        field: 'edition',
        message: "« echirolles » n'a aucun résultat dans l'édition 2022",
        suggestion: undefined,
      },
    ]);
  });

  it('reports a file name that disagrees with the year inside', () => {
    const [problem] = validateContent(contentSet({ editionId: '2021' }), reference);
    expect(problem).toMatchObject({ field: 'year', message: "le fichier s'appelle « 2021 » mais l'année indiquée est 2022" });
  });

  it('reports unknown EPCI SIREN, member communes and seats', () => {
    const content = contentSet();
    content.territories.push(
      {
        id: 'x',
        file: 'content/territories/x.yaml',
        data: territorySchema.parse({ kind: 'epci', code: '999999999', name: 'Rennes Metropole' }),
      },
      {
        id: 'y',
        file: 'content/territories/y.yaml',
        // 69152: Pierre-Bénite, a former commune inside Oullins-Pierre-Bénite, as a syndicat's sources name it: accepted.
        data: territorySchema.parse({ kind: 'syndicat', name: 'Y', members: ['69152', '69999'], seat: '00000' }),
      },
    );
    const problems = validateContent(content, reference).map(
      (p) => `${p.file} ${p.field}: ${p.message}${p.suggestion ? ` → ${p.suggestion}` : ''}`,
    );
    expect(problems).toEqual([
      "content/territories/x.yaml code: aucun EPCI n'a le SIREN « 999999999 » → EPCI proches : Rennes Métropole (243500139), Nantes Métropole (244400404), Orléans Métropole (244500468)",
      "content/territories/y.yaml seat: aucune commune actuelle n'a le code INSEE « 00000 »",
      "content/territories/y.yaml members[1]: aucune commune, actuelle ou ancienne, n'a le code INSEE « 69999 »",
    ]);
  });
});

describe('validateContent: editions in the future', () => {
  const today = { today: '2022-06-01' };
  const DRAFT_HINT =
    'si la date est fausse, corrigez-la ; sinon ajoutez « draft: true » à l’édition jusqu’à la cérémonie (elle est alors vérifiée mais publiée nulle part)';

  it('refuses an edition announced after today, saying to fix the date or make it a draft', () => {
    expect(validateContent(contentSet(), reference, today)).toEqual([
      {
        file: 'content/editions/2022.yaml',
        field: 'announcedOn',
        message:
          'date d’annonce 2022-11-09 postérieure à aujourd’hui (2022-06-01) : une édition n’est publiée qu’une fois ses résultats annoncés',
        suggestion: DRAFT_HINT,
      },
    ]);
  });

  it('refuses an edition of a later year even with a past date', () => {
    expect(validateContent(contentSet({ edition: { announcedOn: '2021-11-09' } }), reference, { today: '2021-12-01' })).toEqual([
      {
        file: 'content/editions/2022.yaml',
        field: 'year',
        message: 'édition 2022 postérieure à l’année en cours (2021) : une édition n’est publiée qu’une fois ses résultats annoncés',
        suggestion: DRAFT_HINT,
      },
    ]);
  });

  it('accepts a future edition marked as a draft, and an edition announced today', () => {
    expect(validateContent(contentSet({ edition: { draft: true } }), reference, today)).toEqual([]);
    expect(validateContent(contentSet(), reference, { today: '2022-11-09' })).toEqual([]);
  });
});

describe('validateContent: no cascade from a file that fails its schema', () => {
  it('does not call a territory unknown when its file exists but is invalid', () => {
    const content = contentSet();
    content.territories = [];
    content.failed = { editions: [], territories: ['echirolles'] };
    expect(validateContent(content, reference)).toEqual([]);
  });

  it('does not call an edition missing when its file exists but is invalid', () => {
    const content = contentSet();
    content.editions = [];
    content.failed = { editions: ['2022'], territories: [] };
    expect(validateContent(content, reference)).toEqual([]);
  });
});

describe('contentWarnings', () => {
  const nevers = { id: 'nevers', file: 'content/territories/nevers.yaml', data: territorySchema.parse({ kind: 'commune', code: '58194' }) };

  it('warns about a territory that no edition uses', () => {
    const content = contentSet();
    content.territories.push(nevers);
    expect(contentWarnings(content)).toEqual([
      {
        file: 'content/territories/nevers.yaml',
        message: 'aucune édition ne cite le territoire « nevers » : il sera publié sans aucun résultat',
        suggestion:
          'ajoutez son résultat à une édition (« territory: nevers » dans content/editions/<année>.yaml), ou supprimez ce fichier s’il n’a pas lieu d’être',
      },
    ]);
    expect(contentWarnings(contentSet())).toEqual([]);
  });

  it('warns about a result shown as « Source officielle » whose source is the press or the collectivité', () => {
    const press = 'https://travailleur-alpin.fr/2025/10/30/echirolles';
    const content = contentSet({ edition: { results: [{ territory: 'echirolles', distinction: 5, source: press, confidence: 'high' }] } });
    expect(contentWarnings(content)).toEqual([
      {
        file: 'content/editions/2022.yaml',
        field: 'results[0].confidence',
        message: `« echirolles » : confiance high (affichée « Source officielle ») pour une source qui n’est ni le site du label ni adullact.org : ${press}`,
        suggestion: 'écrivez « confidence: medium » (presse, April, site de la collectivité), ou donnez la page officielle comme source',
      },
    ]);
    const medium = contentSet({ edition: { results: [{ territory: 'echirolles', distinction: 5, source: press, confidence: 'medium' }] } });
    expect(contentWarnings(medium)).toEqual([]);
  });

  it('counts the results of drafts, and says nothing while an edition fails its schema', () => {
    const draft = contentSet({ edition: { draft: true } });
    expect(contentWarnings(draft)).toEqual([]);
    const content = contentSet();
    content.territories.push(nevers);
    content.failed = { editions: ['2023'], territories: [] };
    expect(contentWarnings(content)).toEqual([]);
  });
});

/** Each problem on one line, as check:content prints it: file, field, message, → what to do. */
const lines = (problems: ReturnType<typeof validateContent>) =>
  problems.map((p) => `${p.file} ${p.field}: ${p.message}${p.suggestion ? ` → ${p.suggestion}` : ''}`);

describe('validateContent: codes that no longer exist', () => {
  it('names the commune nouvelle that took over the code of a merged commune (COG history, anciensCodes)', () => {
    expect(lines(validateContent(contentSet({ territory: { code: '01126' } }), reference))).toEqual([
      "content/territories/echirolles.yaml code: aucune commune actuelle n'a le code INSEE « 01126 » → la commune au code 01126 fait désormais partie de Valserhône : utilisez le code 01033",
    ]);
  });

  it('names the former commune and its successor for a delegated commune', () => {
    expect(lines(validateContent(contentSet({ territory: { code: '69152' } }), reference))).toEqual([
      "content/territories/echirolles.yaml code: aucune commune actuelle n'a le code INSEE « 69152 » → Pierre-Bénite fait désormais partie de Oullins-Pierre-Bénite : utilisez le code 69149",
    ]);
  });
});

describe('validateContent: homonyms and duplicates', () => {
  const saintJoseph = (id: string, code: string, name?: string) => ({
    id,
    file: `content/territories/${id}.yaml`,
    data: territorySchema.parse({ kind: 'commune', code, ...(name ? { name } : {}) }),
  });

  it('refuses two collectivités shown under the same name, proposing names with their département', () => {
    const content = contentSet();
    content.territories.push(saintJoseph('saint-joseph', '97412'), saintJoseph('saint-joseph-manche', '50498'));
    expect(lines(validateContent(content, reference))).toEqual([
      'content/territories/saint-joseph-manche.yaml name: même nom affiché que content/territories/saint-joseph.yaml : « Saint-Joseph » ; les lecteurs ne sauraient pas distinguer les deux collectivités → donnez-leur des noms qui les distinguent, par exemple name: "Saint-Joseph (Manche)" ici et name: "Saint-Joseph (La Réunion)" dans content/territories/saint-joseph.yaml',
    ]);
  });

  it('accepts them once a name tells them apart', () => {
    const content = contentSet();
    content.territories.push(saintJoseph('saint-joseph', '97412'), saintJoseph('saint-joseph-manche', '50498', 'Saint-Joseph (Manche)'));
    expect(validateContent(content, reference)).toEqual([]);
  });

  it('refuses two files with the same official code, saying which one to keep', () => {
    const content = contentSet();
    content.territories.push(saintJoseph('echirolles-bis', '38151', 'Ville d’Échirolles'));
    expect(lines(validateContent(content, reference))).toEqual([
      'content/territories/echirolles-bis.yaml code: même code officiel (38151) que content/territories/echirolles.yaml : les deux fichiers décrivent la même collectivité → gardez un seul fichier : remplacez « territory: echirolles-bis » par « territory: echirolles » dans les éditions, puis supprimez content/territories/echirolles-bis.yaml',
    ]);
  });
});

describe('validateContent and contentWarnings: corrections and testimonials', () => {
  const corrected = {
    results: [{ territory: 'echirolles', distinction: 4, source: 'https://example.org/', confidence: 'medium' }],
    scale: [
      { id: 4, label: 'Niveau 4' },
      { id: 5, label: 'Niveau 5' },
    ],
    corrections: [
      {
        territory: 'echirolles',
        correctedOn: '2023-03-01',
        from: { distinction: 5 },
        to: { distinction: 4 },
        reason: 'La ville indique le niveau 4.',
        source: 'https://example.org/correction',
      },
    ],
  };

  it('refuses a correction dated after today', () => {
    expect(lines(validateContent(contentSet({ edition: corrected }), reference, { today: '2023-02-01' }))).toEqual([
      'content/editions/2022.yaml corrections[0].correctedOn: correction datée du 2023-03-01, après aujourd’hui (2023-02-01) → écrivez la date du jour où la correction est publiée : correctedOn: 2023-02-01',
    ]);
  });

  it('refuses a correction of an unknown territory', () => {
    const edition = { ...corrected, corrections: [{ ...corrected.corrections[0], territory: 'echirole', to: undefined }] };
    expect(lines(validateContent(contentSet({ edition }), reference, { today: '2024-01-01' }))).toContain(
      'content/editions/2022.yaml corrections[0].territory: territoire « echirole » inconnu : aucun fichier content/territories/echirole.yaml → vouliez-vous dire « echirolles » ?',
    );
  });

  it('warns, without refusing, when a testimonial speaks of a result corrected since', () => {
    const content = contentSet({ edition: corrected });
    expect(validateContent(content, reference, { today: '2024-01-01' })).toEqual([]);
    expect(lines(contentWarnings(content))).toEqual([
      'content/testimonials/echirolles-2022.mdx result: le témoignage parle de la distinction 5 sans mention, mais ce résultat a été corrigé le 2023-03-01 : l’édition 2022 donne maintenant la distinction 4 sans mention → relisez le titre, le résumé et le texte, corrigez ce qui parle de l’ancien résultat, puis écrivez distinction: 4 dans « result »',
    ]);
  });

  it('refuses a testimonial whose result the record never gave', () => {
    const content = contentSet({ testimonial: { result: { distinction: 4 } } });
    expect(lines(validateContent(content, reference))).toEqual([
      'content/testimonials/echirolles-2022.mdx result: le témoignage parle de la distinction 4 sans mention, mais l’édition 2022 donne à « echirolles » la distinction 5 sans mention → écrivez le résultat de l’édition dans « result » (distinction: 5), et relisez le titre et le texte ; si c’est le résultat de l’édition qui vient de changer, ajoutez d’abord sa correction à l’édition',
    ]);
  });

  it('warns about an address in http://, proposing https://', () => {
    const content = contentSet({ edition: { sources: [{ url: 'http://example.org/palmares' }] } });
    expect(lines(contentWarnings(content))).toEqual([
      'content/editions/2022.yaml sources[0].url: adresse en http:// (non chiffrée) : http://example.org/palmares → écrivez https://example.org/palmares si la page s’ouvre ainsi ; sinon gardez http:// (la page n’existe pas en https)',
    ]);
  });
});
