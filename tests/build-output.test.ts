// Reads the real built pages: what a citizen or a journalist sees.
import { beforeAll, describe, expect, it } from 'vitest';
import { listPages, readPage, requireDist, textOf } from './support/dist';

beforeAll(requireDist);

describe('the built site', () => {
  it('has a page per edition from 2016 to 2023 and one per territory file', async () => {
    const { readdirSync } = await import('node:fs');
    const pages = listPages();
    for (let year = 2016; year <= 2023; year++) expect(pages).toContain(`/editions/${year}/`);
    const territories = readdirSync('content/territories').map((f) => `/territoires/${f.replace(/\.yaml$/, '')}/`);
    expect(territories.length).toBeGreaterThan(30);
    for (const page of territories) expect(pages).toContain(page);
  });

  it('shows Abbeville at level 5 in 2022 with its source', () => {
    const html = readPage('/territoires/abbeville/');
    const entry2022 = html.slice(html.indexOf('/editions/2022/'), html.indexOf('</li>', html.indexOf('/editions/2022/')));
    expect(textOf(entry2022)).toMatch(/2022 Niveau 5 .*Source : wordpress\.kennycaldieraro\.fr/);
    expect(entry2022).toContain(
      'href="https://wordpress.kennycaldieraro.fr/adullact-abbeville-echirolles-et-les-communes-du-sitiv-prix-dexcellence-du-logiciel-libre"',
    );
  });

  it('shows SITIV at level 3 in 2021 and level 5 in 2022, each with its source, and 2023 as no record', () => {
    const text = textOf(readPage('/territoires/sitiv/'));
    expect(text).toMatch(/Édition 2023 Non candidat ou résultat inconnu/);
    expect(text).toMatch(/Édition 2022 Niveau 5 .*?Source : wordpress\.kennycaldieraro\.fr/);
    expect(text).toMatch(/Édition 2021 Niveau 3 .*?Source : sitiv\.fr/);
    expect(text).toContain(
      'Corbas, Givors, Grigny-sur-Rhône, Oullins-Pierre-Bénite, Vaulx-en-Velin, Vénissieux, Rive-de-Gier, Saint-Chamond',
    );
  });

  it('says how much of each edition is known, against the official count', () => {
    expect(textOf(readPage('/editions/2022/'))).toContain('4 résultats connus sur 23 collectivités labellisées (chiffre officiel).');
    expect(textOf(readPage('/editions/2021/'))).toContain('le nombre officiel de labellisés n’a pas été retrouvé');
    expect(readPage('/editions/2019/')).toContain('/contribuer/');
  });

  it('groups the palmarès by distinction with the official count per distinction', () => {
    const text = textOf(readPage('/editions/2022/'));
    expect(text).toMatch(/Niveau 5 3 connus sur 3 .*Abbeville.*Échirolles.*SITIV.*Niveau 4 1 connu sur 10 .*Lyon/);
  });

  it('lists the changes since the previous edition', () => {
    const text = textOf(readPage('/editions/2022/'));
    expect(text).toContain('Évolutions depuis 2021');
    expect(text).toContain('Échirolles : Niveau 4 en 2021 → Niveau 5 en 2022');
    expect(text).toContain('Lyon : Niveau 3 en 2021 → Niveau 4 en 2022');
  });

  it('shows results whose level is unknown as such, never as a level', () => {
    expect(textOf(readPage('/editions/2019/'))).toMatch(/Distinction non connue 12 résultats/);
  });

  it('has the testimonials of Abbeville, Échirolles and SITIV, each linking to its source', () => {
    for (const id of ['abbeville-2022', 'echirolles-2022', 'sitiv-2021']) {
      expect(readPage(`/temoignages/${id}/`)).toMatch(/Résumé rédigé par l’atlas à partir de : <a href="https:\/\//);
    }
  });

  it('computes the key figures of the home page from the data', () => {
    expect(textOf(readPage('/'))).toMatch(
      /8 éditions documentées \(2016–2023\) 39 collectivités dans les palmarès connus 62 résultats sourcés/,
    );
  });

  it('shows the reference data attribution on every page', () => {
    for (const page of ['/', '/territoires/abbeville/', '/editions/2016/']) expect(readPage(page)).toContain('© IGN – ADMIN EXPRESS');
  });

  it('has the editorial pages and a helpful 404', () => {
    for (const page of ['/a-propos/', '/criteres/', '/methodologie/', '/accessibilite/', '/mentions-legales/', '/contribuer/'])
      expect(listPages()).toContain(page);
    expect(textOf(readPage('/404.html'))).toContain('Chercher une collectivité dans l’annuaire des territoires');
  });
});
