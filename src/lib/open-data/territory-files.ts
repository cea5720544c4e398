// One JSON file per collectivité under /donnees/territoires/, and the catalogue that lists them
// (catalogue-territoires.json): a reuser who follows a few collectivités reads their files only,
// and the catalogue's SHA-256 tells which ones changed since the last visit. Each file holds all the
// record knows of the collectivité: its identity (the keys of territoires.json) and every known
// result with its distinction, mentions and source (the columns of resultats.csv).
import { createHash } from 'node:crypto';
import type { Atlas, AtlasEdition, AtlasResult } from '../record/atlas';
import { isApproximatePosition, type ResolvedTerritory } from '../content/territories';
import { DATA_LICENCE, type OpenDataUrls } from './open-data';

/** Where the collectivités' files live under /donnees/. */
export const TERRITORY_FOLDER = 'territoires/';

/** The catalogue of the collectivités' files, under /donnees/. */
export const TERRITORY_CATALOGUE = 'catalogue-territoires.json';

/** The path of a collectivité's file under /donnees/: `territoires/boe.json`. */
export const territoryFilePath = (slug: string) => `${TERRITORY_FOLDER}${slug}.json`;

export interface TerritoryFile {
  slug: string;
  path: string;
  body: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

function metadata(title: string, urls: OpenDataUrls) {
  return { titre: title, licence: DATA_LICENCE.name, licence_url: DATA_LICENCE.url, page_donnees: urls.dataPage };
}

/** Codes of a collectivité: INSEE for a commune, SIREN for any body that has one, its département and région. */
function codes(t: ResolvedTerritory) {
  return {
    code_insee: t.kind === 'commune' ? (t.code ?? null) : null,
    siren: t.siren ?? null,
    departement_code: t.departement?.code ?? null,
    region_code: t.region?.code ?? null,
  };
}

/** A collectivité's results with their editions, oldest first. */
function resultsOf(atlas: Atlas, slug: string): Array<{ edition: AtlasEdition; result: AtlasResult }> {
  return (atlas.resultsByTerritory.get(slug) ?? [])
    .flatMap((result) => {
      const edition = atlas.editionByYear.get(result.year);
      return edition ? [{ edition, result }] : [];
    })
    .sort((a, b) => a.edition.year - b.edition.year);
}

/** The file of one collectivité. */
export function territoryFile(atlas: Atlas, urls: OpenDataUrls, t: ResolvedTerritory): TerritoryFile {
  const body = {
    ...metadata(`${t.name} — Atlas du label Territoire Numérique Libre`, urls),
    territoire: t.slug,
    nom: t.name,
    nom_officiel: t.officialName ?? null,
    anciens_noms: t.formerNames,
    type: t.kind,
    ...codes(t),
    departement: t.departement?.name ?? null,
    region: t.region?.name ?? null,
    population: t.population ?? null,
    codes_postaux: t.postalCodes,
    membres: t.members.map((m) => ({ code: m.code, nom: m.name })),
    latitude: t.position ? round5(t.position.lat) : null,
    longitude: t.position ? round5(t.position.lon) : null,
    position_source: t.position?.source ?? null,
    position_approximative: isApproximatePosition(t),
    site_web: t.website ?? null,
    page: urls.territory(t.slug),
    resultats: resultsOf(atlas, t.slug).map(({ edition, result }) => ({
      annee: edition.year,
      bareme: edition.scheme,
      distinction_id: result.distinction?.id ?? null,
      distinction: result.distinction?.label ?? null,
      rang: result.rank === null ? null : result.rank + 1,
      rang_max: edition.scale.length,
      mentions_ids: result.mentions.map((m) => m.id),
      mentions: result.mentions.map((m) => m.label),
      source: result.source,
      fiabilite: result.confidence,
      remarque: result.note ?? null,
    })),
  };
  return { slug: t.slug, path: territoryFilePath(t.slug), body: json(body) };
}

/** Every collectivité's file, by slug. */
export function territoryFiles(atlas: Atlas, urls: OpenDataUrls): TerritoryFile[] {
  return [...atlas.territories].sort((a, b) => (a.slug < b.slug ? -1 : 1)).map((t) => territoryFile(atlas, urls, t));
}

/** The catalogue: each collectivité with its codes and the address, size and SHA-256 of its file. */
export function territoryCatalogue(atlas: Atlas, urls: OpenDataUrls, files: TerritoryFile[]): string {
  return json({
    ...metadata('Fichiers par collectivité du label Territoire Numérique Libre', urls),
    territoires: files.map((file) => {
      const t = atlas.territoryBySlug.get(file.slug)!;
      const bytes = new TextEncoder().encode(file.body);
      return {
        territoire: t.slug,
        nom: t.name,
        type: t.kind,
        ...codes(t),
        fichier: urls.file(file.path),
        octets: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    }),
  });
}
