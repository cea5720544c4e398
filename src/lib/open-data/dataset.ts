// The dataset as a whole: its title and description (shared by /donnees/, datapackage.json and
// the schema.org markup), the list of everything published under /donnees/ with datapackage.json
// last, and the schema.org `Dataset` that search engines and data portals read on /donnees/.
import { createHash } from 'node:crypto';
import { fr, yearRange } from '../../i18n/fr';
import type { Atlas } from '../record/atlas';
import { datasetVersion, type DatasetVersion } from './changelog';
import {
  dataPackage,
  fileDescription,
  tableSchemaFiles,
  tableSchemaPath,
  type DatasetText,
  type OtherResource,
  type PackageMetadata,
} from './datapackage';
import { DCAT_CATALOGUE, DCAT_MEDIA_TYPE, dcatCatalogue, type DcatFile } from './dcat';
import { DATA_LICENCE, openDataCatalogue, type OpenDataFile, type OpenDataUrls } from './open-data';
import { TERRITORY_CATALOGUE, TERRITORY_FOLDER, territoryCatalogue, territoryFiles } from './territory-files';
import { allWorkbooks } from './workbook-files';

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
  /** Text (UTF-8) or bytes (a workbook). */
  body: string | Uint8Array;
  description: string;
  /** A data file (the catalogue and datapackage.json), not a Table Schema. */
  data: boolean;
  /** One collectivité's file: listed by catalogue-territoires.json, not one by one. */
  perTerritory?: boolean;
}

/** Who publishes the site, from its settings (site-settings.ts), for the data's metadata. */
export interface DataPublisher {
  name?: string;
  /** `mailto:…` or a web address. */
  contact?: string;
}

/** The package's version, dates and publisher. */
export function packageMetadata(atlas: Atlas, publisher: DataPublisher = {}): PackageMetadata & DatasetVersion {
  return {
    ...datasetVersion(atlas),
    ...(publisher.name && { publisher: publisher.name }),
    ...(publisher.contact && { contact: publisher.contact }),
  };
}

const bytesOf = (body: string | Uint8Array) => (typeof body === 'string' ? new TextEncoder().encode(body) : body);

/**
 * Everything under /donnees/ but the page: the CSV, JSON and GeoJSON files, the workbooks, the
 * collectivités' catalogue, datapackage.json and the DCAT catalogue describing them, the Table
 * Schemas, then each collectivité's file.
 */
export function publishedFiles(atlas: Atlas, urls: OpenDataUrls, publisher: DataPublisher = {}): PublishedFile[] {
  const files: OpenDataFile[] = openDataCatalogue(atlas, urls);
  const metadata = packageMetadata(atlas, publisher);
  const text = datasetText(atlas);
  const workbooks = allWorkbooks(atlas, urls);
  const perTerritory = territoryFiles(atlas, urls);
  const others: OtherResource[] = [
    ...workbooks.map((w) => ({
      name: w.resource,
      path: w.path,
      description: w.year === undefined ? fr.openData.workbooks.record : fr.openData.workbooks.edition(w.year, w.knownOf),
      format: w.format,
      mediaType: w.mediaType,
      body: w.body,
    })),
    {
      name: 'catalogue-territoires',
      path: TERRITORY_CATALOGUE,
      description: `${fr.openData.territoryFiles.catalogue} Chaque fichier (${TERRITORY_FOLDER}<territoire>.json) : ${fr.openData.territoryFiles.file}`,
      format: 'json',
      mediaType: 'application/json',
      body: territoryCatalogue(atlas, urls, perTerritory),
    },
  ];
  const data: PublishedFile[] = [
    ...files.map((file) => ({
      path: file.path,
      mediaType: file.mediaType,
      body: file.body,
      description: fileDescription(file),
      data: true,
    })),
    ...others.map((o) => ({ path: o.path, mediaType: o.mediaType, body: o.body, description: o.description, data: true })),
  ];
  const dataPackageFile: PublishedFile = {
    path: 'datapackage.json',
    mediaType: 'application/json',
    body: dataPackage(files, urls, text, { metadata, others }),
    description: fr.openData.dataPackage,
    data: true,
  };
  const schemaOf = new Map(files.filter((f) => f.format === 'csv').map((f) => [f.path, tableSchemaPath(f)]));
  const dcatFiles: DcatFile[] = [...data, dataPackageFile].map((file) => {
    const bytes = bytesOf(file.body);
    const schema = schemaOf.get(file.path);
    return {
      path: file.path,
      mediaType: file.mediaType,
      description: file.description,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...(schema && { schema }),
    };
  });
  const editions = [...atlas.editions].sort((a, b) => a.year - b.year);
  const period = editions.length > 0 ? { start: editions[0]!.announcedOn, end: editions.at(-1)!.announcedOn } : undefined;
  const dcat = dcatCatalogue(
    dcatFiles,
    urls,
    text,
    metadata,
    period,
    publisher.name ? { name: publisher.name, ...(publisher.contact && { contact: publisher.contact }) } : undefined,
  );
  return [
    ...data,
    dataPackageFile,
    { path: DCAT_CATALOGUE, mediaType: DCAT_MEDIA_TYPE, body: dcat, description: fr.openData.dcatCatalogue, data: true },
    ...tableSchemaFiles(files, urls, metadata).map(({ path, body }) => ({
      path,
      mediaType: 'application/json',
      body,
      description: fr.openData.tableSchema,
      data: false,
    })),
    ...perTerritory.map((file) => ({
      path: file.path,
      mediaType: 'application/json',
      body: file.body,
      description: fr.openData.territoryFiles.file,
      data: true,
      perTerritory: true,
    })),
  ];
}

/** The schema.org `Dataset` of /donnees/, every address absolute. */
export function datasetJsonLd(atlas: Atlas, urls: OpenDataUrls, files: PublishedFile[], publisher: DataPublisher = {}) {
  const { title, description } = datasetText(atlas);
  const metadata = packageMetadata(atlas, publisher);
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
    dateCreated: metadata.created,
    dateModified: metadata.modified,
    version: metadata.version,
    ...(metadata.publisher && { publisher: { '@type': 'Organization', name: metadata.publisher } }),
    distribution: files
      .filter((file) => file.data && !file.perTerritory)
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
