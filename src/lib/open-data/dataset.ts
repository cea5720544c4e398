// The dataset as a whole: its title and description (shared by /donnees/, datapackage.json and
// the schema.org markup), the list of everything published under /donnees/ with datapackage.json
// last, and the schema.org `Dataset` that search engines and data portals read on /donnees/.
import { fr, yearRange } from '../../i18n/fr';
import type { Atlas } from '../record/atlas';
import { dataPackage, fileDescription, tableSchemaFiles, type DatasetText } from './datapackage';
import { DATA_LICENCE, openDataCatalogue, type OpenDataFile, type OpenDataUrls } from './open-data';

/** The period the record covers ("2016–2025"), empty when it has no edition yet. */
function period(atlas: Atlas): string {
  const years = atlas.editions.map((e) => e.year);
  return years.length ? yearRange(Math.min(...years), Math.max(...years)) : '';
}

/** The dataset's title and description. */
export function datasetText(atlas: Atlas): DatasetText {
  const years = period(atlas);
  return {
    title: `Résultats du label Territoire Numérique Libre${years ? ` ${years}` : ''}`,
    description:
      `Les résultats connus du label Territoire Numérique Libre${years ? ` (${years})` : ''}, édition par édition, ` +
      'chacun avec sa source publique et la distinction dans l’échelle de son édition ; les éditions (dates, échelles, mentions, ' +
      'chiffres officiels) ; les collectivités (code INSEE ou SIREN, département, région, position). Relevé incomplet : une ' +
      'collectivité absente d’une édition n’a pas forcément été refusée. Compilé par l’Atlas du label Territoire Numérique Libre, ' +
      'projet indépendant.',
  };
}

/** A file as published: its path under /donnees/, its media type, its content and what it is. */
export interface PublishedFile {
  path: string;
  mediaType: string;
  body: string;
  description: string;
  /** A data file (the catalogue and datapackage.json), not a Table Schema. */
  data: boolean;
}

/** Everything under /donnees/ but the page: the catalogue, datapackage.json describing it, the Table Schemas. */
export function publishedFiles(atlas: Atlas, urls: OpenDataUrls): PublishedFile[] {
  const files: OpenDataFile[] = openDataCatalogue(atlas, urls);
  return [
    ...files.map((file) => ({
      path: file.path,
      mediaType: file.mediaType,
      body: file.body,
      description: fileDescription(file),
      data: true,
    })),
    {
      path: 'datapackage.json',
      mediaType: 'application/json',
      body: dataPackage(files, urls, datasetText(atlas)),
      description: fr.openData.dataPackage,
      data: true,
    },
    ...tableSchemaFiles(files).map(({ path, body }) => ({
      path,
      mediaType: 'application/json',
      body,
      description: fr.openData.tableSchema,
      data: false,
    })),
  ];
}

/** The schema.org `Dataset` of /donnees/, every address absolute. */
export function datasetJsonLd(atlas: Atlas, urls: OpenDataUrls, files: PublishedFile[]) {
  const { title, description } = datasetText(atlas);
  const years = atlas.editions.map((e) => e.year);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: title,
    description,
    url: urls.dataPage,
    inLanguage: 'fr',
    keywords: [...fr.openData.keywords],
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: fr.siteName, url: urls.home },
    ...(years.length > 0 && { temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}` }),
    spatialCoverage: { '@type': 'Country', name: 'France' },
    isBasedOn: fr.openData.labelSite.url,
    distribution: files
      .filter((file) => file.data)
      .map((file) => ({
        '@type': 'DataDownload',
        name: file.path,
        description: file.description,
        encodingFormat: file.mediaType.replace(/;.*$/, ''),
        contentUrl: urls.file(file.path),
      })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped so that no text of the
 * data (a name, a note) can close the element.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
