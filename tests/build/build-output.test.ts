// Reads the real built pages: what a citizen or a journalist sees. Facts that stay true when an
// edition or a result is added are written out (Abbeville: level 5 in 2022); everything else is
// compared with the content YAML read straight from CONTENT_DIR (tests/support/content-yaml.ts),
// so that a correct content pull request never turns this file red. DIST_DIR names the build.
import { beforeAll, describe, expect, it } from 'vitest';
import { contentCounts, contentFiles, distinctionLabel, readEditions, type YamlEdition } from '../support/content-yaml';
import { listPages, readPage, requireDist, textOf } from '../../scripts/lib/built-site-fs';

beforeAll(requireDist);

const editions = readEditions();
const latest = editions.at(-1)!;
/** A number as the site writes it (French digit grouping, spaces collapsed like textOf). */
const number = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, ' ');
const plural = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n <= 1 ? one : many}`;
const pluralForm = (n: number, one: string) => (n <= 1 ? one : `${one}s`);
/** The text of a page between two markers. */
const section = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));

describe('the built site', () => {
  it('has a page for every edition, territory and testimonial file, and the editions index links every edition', () => {
    const pages = listPages();
    const expected = [
      ...contentFiles('editions').map((id) => `/editions/${id}/`),
      ...contentFiles('territories').map((id) => `/territoires/${id}/`),
      ...contentFiles('testimonials').map((id) => `/temoignages/${id}/`),
    ];
    expect(expected.filter((page) => !pages.includes(page))).toEqual([]);
    expect(pages.filter((page) => /^\/(editions|territoires|temoignages)\/[^/]+\/$/.test(page)).toSorted()).toEqual(expected.toSorted());
    const index = readPage('/editions/');
    expect(editions.filter((e) => !index.includes(`href="/editions/${e.year}/"`)).map((e) => e.year)).toEqual([]);
  });

  it('shows Abbeville at level 5 in 2022 with its source', () => {
    const html = readPage('/territoires/abbeville/');
    const entry2022 = html.slice(html.indexOf('/editions/2022/'), html.indexOf('</li>', html.indexOf('/editions/2022/')));
    expect(textOf(entry2022)).toMatch(/2022 Niveau 5 .*Source : wordpress\.kennycaldieraro\.fr/);
    expect(entry2022).toContain(
      'href="https://wordpress.kennycaldieraro.fr/adullact-abbeville-echirolles-et-les-communes-du-sitiv-prix-dexcellence-du-logiciel-libre"',
    );
  });

  it('shows SITIV at level 3 in 2021 and level 5 in 2022, each with its source, and its member communes', () => {
    // Each member is a link: textOf puts a space where a tag was, before the comma that follows it.
    const text = textOf(readPage('/territoires/sitiv/')).replace(/ ,/g, ',');
    expect(text).toMatch(/Édition 2022 Niveau 5 .*?Source : wordpress\.kennycaldieraro\.fr .*Édition 2021 Niveau 3 .*?Source : sitiv\.fr/);
    expect(text).toContain(
      'Corbas, Givors, Grigny-sur-Rhône, Pierre-Bénite (ancienne commune, aujourd’hui dans Oullins-Pierre-Bénite), Vaulx-en-Velin, Vénissieux, Rive-de-Gier, Saint-Chamond',
    );
  });

  it('gives every territory its history, newest first: each edition since its first result, with the result and its source or « no record »', () => {
    const problems = contentFiles('territories').flatMap((slug) => {
      const years = editions.filter((e) => e.results.some((r) => r.territory === slug)).map((e) => e.year);
      if (years.length === 0) return [`${slug} : aucun résultat dans les éditions`];
      const html = readPage(`/territoires/${slug}/`);
      const history = section(textOf(html), 'Historique', 'Télécharger les données');
      const shown = [...history.matchAll(/Édition (\d{4}) (.*?)(?= Édition \d{4} |$)/g)].map(([, year, entry]) => [Number(year), entry!]);
      const expected = editions.filter((e) => e.year >= years[0]!).toReversed();
      const found: string[] = [];
      if (shown.map(([year]) => year).join() !== expected.map((e) => e.year).join())
        found.push(`${slug} : éditions ${shown.map(([year]) => year).join(', ')} au lieu de ${expected.map((e) => e.year).join(', ')}`);
      for (const [year, entry] of shown) {
        const edition = expected.find((e) => e.year === year);
        const result = edition?.results.find((r) => r.territory === slug);
        if (!edition) continue;
        if (!result) {
          if (entry !== 'Non candidat ou résultat inconnu') found.push(`${slug} ${year} : « ${entry} » au lieu de l’absence de résultat`);
          continue;
        }
        if (!String(entry).startsWith(`${distinctionLabel(edition, result)} `) || !String(entry).includes('Source : '))
          found.push(`${slug} ${year} : « ${entry} » au lieu de « ${distinctionLabel(edition, result)} … Source : … »`);
        if (!html.includes(`href="${result.source.replace(/&/g, '&amp;')}"`))
          found.push(`${slug} ${year} : lien vers ${result.source} absent`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('says how much of each edition is known, against the official count when there is one', () => {
    expect(textOf(readPage('/editions/2022/'))).toMatch(
      new RegExp(
        `${plural(editions.find((e) => e.year === 2022)!.results.length, 'collectivité connue', 'collectivités connues')} sur 23 labellisées \\(chiffre officiel\\) ; liste partielle\\.`,
      ),
    );
    const problems = editions.flatMap((e) => {
      const text = textOf(readPage(`/editions/${e.year}/`));
      // Known of official, in the words of the edition's scale; a total only when the list is complete.
      const awarded = e.scale.some((d) => d.entry) ? 'distinguée' : 'labellisée';
      const complete = e.labelledCount !== undefined && e.results.length >= e.labelledCount;
      const known = plural(e.results.length, 'collectivité connue', 'collectivités connues');
      const sentence = complete
        ? `${plural(e.results.length, 'collectivité')} ${pluralForm(e.results.length, awarded)} (liste complète).`
        : e.labelledCount === undefined
          ? `${known} ; nombre officiel non publié ; liste partielle.`
          : `${known} sur ${e.labelledCount} ${pluralForm(e.labelledCount, awarded)} (chiffre officiel) ; liste partielle.`;
      const unknown = e.results.filter((r) => r.distinction === 'inconnue').length;
      const incomplete = e.labelledCount === undefined || e.results.length < e.labelledCount || unknown > 0;
      return [
        ...(text.includes(sentence) ? [] : [`${e.year} : « ${sentence} » absent`]),
        ...(text.includes(`Vous connaissez un résultat manquant de l’édition ${e.year} ? Proposez-le avec sa source.`) === incomplete
          ? []
          : [`${e.year} : invitation à compléter ${incomplete ? 'absente' : 'affichée alors que l’édition est complète'}`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('groups the palmarès by distinction with the official count per distinction', () => {
    const e2022 = editions.find((e) => e.year === 2022)!;
    const level4 = e2022.results.filter((r) => r.distinction === '4').length;
    expect(textOf(readPage('/editions/2022/'))).toMatch(
      new RegExp(`Niveau 5 3 .*Abbeville.*Échirolles.*SITIV.*Niveau 4 ${plural(level4, 'connue', 'connues')} sur 10 .*Lyon`),
    );
  });

  it('lists every edition’s results under their own distinction, highest first, unknown ones last and never as a level', () => {
    const problems = editions.flatMap((e: YamlEdition) => {
      const expected = [...e.scale.toReversed(), { id: 'inconnue', label: 'Distinction non connue' }].flatMap((d) => {
        const slugs = e.results.filter((r) => r.distinction === d.id).map((r) => r.territory);
        const official = e.countsByDistinction[d.id];
        if (slugs.length === 0 && !official) return [];
        // A complete list says its number; a partial one « N connue(s) [sur M] »; an unknown distinction, its number.
        const count =
          d.id === 'inconnue' || (official !== undefined && slugs.length >= official)
            ? String(slugs.length)
            : slugs.length === 0
              ? `aucune connue sur ${official}`
              : `${plural(slugs.length, 'connue')}${official === undefined ? '' : ` sur ${official}`}`;
        return [{ id: d.id, heading: `${d.label} ${count}`, slugs: slugs.toSorted() }];
      });
      const shown = readPage(`/editions/${e.year}/`)
        .split('<section class="group" ')
        .slice(1)
        .map((group) => ({
          id: /^aria-labelledby="d-([^"]+)"/.exec(group)?.[1],
          heading: textOf(group.slice(group.indexOf('<h3'), group.indexOf('</h3>'))),
          slugs: [...group.slice(0, group.indexOf('</section>')).matchAll(/class="name" href="\/territoires\/([^/]+)\/"/g)]
            .map((m) => m[1])
            .toSorted(),
        }));
      return JSON.stringify(shown) === JSON.stringify(expected) ? [] : [{ year: e.year, shown, expected }];
    });
    expect(problems).toEqual([]);
  });

  it('lists the changes since the previous edition', () => {
    const text = textOf(readPage('/editions/2022/'));
    expect(text).toContain('Évolutions depuis 2021');
    expect(text).toContain(
      'Échirolles : Niveau 4 et mention « Meilleure première candidature » en 2021 → Niveau 5 et mention « Stratégie et communication » en 2022',
    );
    expect(text).toContain('Lyon : Niveau 3 en 2021 → Niveau 4 en 2022');
  });

  it('has the testimonials of Abbeville, Échirolles and SITIV, each linking to its source', () => {
    for (const id of ['abbeville-2022', 'echirolles-2022', 'sitiv-2021']) {
      expect(readPage(`/temoignages/${id}/`)).toMatch(/Résumé rédigé par l’atlas à partir de : <a href="https:\/\//);
    }
  });

  it('computes the key figures of the home page from the data', () => {
    const counts = contentCounts();
    expect(counts.firstYear).toBe(2016);
    expect(textOf(readPage('/'))).toContain(
      `${counts.editions} éditions documentées (2016–${counts.lastYear}) ${number(counts.territories)} collectivités dans les palmarès connus ${number(counts.results)} résultats sourcés`,
    );
    expect(textOf(readPage('/'))).toMatch(
      new RegExp(`régions représentées ${counts.renewed} collectivités avec un résultat connu dans au moins deux éditions`),
    );
  });

  it('presents the last edition of the data as the latest on the home page', () => {
    const html = readPage('/');
    expect(textOf(html)).toContain(`Dernière édition : ${latest.year} `);
    expect(html).toContain(`href="/editions/${latest.year}/"`);
    expect(textOf(html)).toContain(`Palmarès ${latest.year} `);
  });

  it('shows the reference data attribution on every page', () => {
    for (const page of ['/', '/territoires/abbeville/', '/editions/2016/']) expect(readPage(page)).toContain('© IGN – ADMIN EXPRESS');
  });

  it('has the editorial pages and a helpful 404', () => {
    for (const page of ['/a-propos/', '/criteres/', '/methodologie/', '/accessibilite/', '/mentions-legales/', '/contribuer/'])
      expect(listPages()).toContain(page);
    expect(contentFiles('pages').filter((id) => !listPages().includes(`/${id}/`))).toEqual([]);
    expect(textOf(readPage('/404.html'))).toContain('Chercher une collectivité dans l’annuaire des territoires');
  });
});
