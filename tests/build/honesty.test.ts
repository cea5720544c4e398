// The rules of an honest atlas (issue 20), on the real build (dist/) and on a build of the
// scale-change content folder (tests/fixtures/changement-d-echelle: a complete list, then a partial
// one on a new scale with an entry distinction, an unknown tier and lists never published). The
// rules read what each edition's list is from the site's own data files: they hold for any content.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/isolated-build-fs';
import {
  badgeClaims,
  changesAcrossUnknown,
  embedWithoutEdition,
  knownCountAsTotal,
  plainText,
  publishedRecord,
  unpublishedAsZero,
} from '../support/honesty-checks';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const work = mkdtempSync(path.join(tmpdir(), 'tnl-honnete-'));
const fixture = path.join(work, 'dist');

beforeAll(
  () =>
    buildSite(fixture, {
      CONTENT_DIR: path.join(root, 'tests/fixtures/changement-d-echelle/content'),
      SOURCE_DATE_EPOCH: '4102444800',
    }),
  300_000,
);
afterAll(() => rmSync(work, { recursive: true, force: true }));

for (const [name, outDir] of [
  ['the real build', dist],
  ['the scale-change fixture', fixture],
] as const) {
  describe(`an honest atlas: ${name}`, () => {
    it('never gives the known count of an edition whose list is not complete as a total', () => {
      expect(knownCountAsTotal(outDir)).toEqual([]);
    });

    it('never writes or draws « 0 » for a distinction whose list was never published', () => {
      expect(unpublishedAsZero(outDir)).toEqual([]);
    });

    it('never says « de retour », « nouveau » or « non renouvelé » across a list that is not complete', () => {
      expect(changesAcrossUnknown(outDir)).toEqual([]);
    });

    it('never says « Labellisé » on the badge of an unknown tier, and names the atlas on every badge', () => {
      expect(badgeClaims(outDir)).toEqual([]);
    });

    it('names the edition in the embed code', () => {
      expect(embedWithoutEdition(outDir)).toEqual([]);
    });

    it('says « N connues sur M » on each edition’s page, map and files when its list is partial', () => {
      const { editions } = publishedRecord(outDir);
      const datapackage = JSON.parse(readFileSync(path.join(outDir, 'donnees/datapackage.json'), 'utf8')) as {
        resources: Array<{ name: string; description: string }>;
      };
      for (const e of editions.filter((x) => x.status === 'partial' && x.official !== undefined)) {
        const knownOf = new RegExp(`${e.known} collectivités? connues? sur ${e.official} (labellisées|distinguées) \\(chiffre officiel\\)`);
        expect(plainText(readFileSync(path.join(outDir, `editions/${e.year}/index.html`), 'utf8')), `${e.year}`).toMatch(knownOf);
        expect(plainText(readFileSync(path.join(outDir, `editions/${e.year}/carte-${e.year}.svg`), 'utf8')), `${e.year}`).toMatch(knownOf);
        for (const resource of datapackage.resources.filter((r) => r.name.startsWith(`resultats-${e.year}`)))
          expect(resource.description, resource.name).toMatch(knownOf);
      }
    });
  });
}

describe('the rules catch what they are about', () => {
  it('finds a known count written as a total, a « 0 » for an unpublished list, a return across a partial list', () => {
    const editions = publishedRecord(fixture).editions.map((e) => ({ ...e, status: 'partial' as const }));
    const partial = editions.at(-1)!;
    // The fixture's edition page, rewritten as a careless writer would: the rules must say so.
    const lied = mkdtempSync(path.join(work, 'faux-'));
    cpSync(fixture, lied, { recursive: true });
    writeFileSync(
      path.join(lied, 'editions', String(partial.year), 'index.html'),
      `<p>${partial.known} collectivités distinguées en ${partial.year}.</p><h3>De retour (1)</h3><h3>Bronze 0</h3>`,
    );
    expect(knownCountAsTotal(lied, editions)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`editions/${partial.year}/index.html : « ${partial.known} collectivités distinguées »`),
      ]),
    );
    expect(changesAcrossUnknown(lied, editions)).toEqual([expect.stringContaining(`editions/${partial.year}/index.html : « De retour »`)]);
    const unpublishedBronze = editions.map((e) =>
      e.year === partial.year
        ? {
            ...e,
            distinctions: e.distinctions.map((d) => (d.id === 'bronze' ? { ...d, status: 'unpublished' as const, official: null } : d)),
          }
        : e,
    );
    expect(unpublishedAsZero(lied, unpublishedBronze)).toEqual(
      expect.arrayContaining([expect.stringContaining(`editions/${partial.year}/index.html : « Bronze 0 »`)]),
    );
  });
});
