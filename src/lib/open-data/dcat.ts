// /donnees/catalogue-dcat.jsonld: the dataset described with DCAT-AP (the European application
// profile of the W3C Data Catalog Vocabulary), in JSON-LD, so that data.gouv.fr's DCAT harvester and
// the European data portals list it: a dcat:Catalog holding one dcat:Dataset (title, description,
// keywords, licence, publisher and contact, dates, version, period) whose dcat:Distribution are the
// files, each with its address, media type, format, size and SHA-256. The context is written out
// here (no remote context to fetch), so that any JSON-LD processor reads it offline.
import type { DatasetVersion } from './changelog';
import type { DatasetText } from './datapackage';
import { DATA_LICENCE, type OpenDataUrls } from './open-data';
import { fr } from '../../i18n/fr';

/** Where the catalogue lives under /donnees/. */
export const DCAT_CATALOGUE = 'catalogue-dcat.jsonld';

export const DCAT_MEDIA_TYPE = 'application/ld+json';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
  owl: 'http://www.w3.org/2002/07/owl#',
};

/** EU Publications Office file types (DCAT-AP's vocabulary for dct:format), by file extension. */
const FILE_TYPES: Record<string, string> = {
  csv: 'CSV',
  json: 'JSON',
  geojson: 'GEOJSON',
  jsonld: 'JSON_LD',
  xlsx: 'XLSX',
  ods: 'ODS',
};

/** A file the catalogue lists as a distribution. */
export interface DcatFile {
  path: string;
  mediaType: string;
  description: string;
  bytes: number;
  sha256: string;
  /** The Table Schema it follows, by path under /donnees/. */
  schema?: string;
}

/** Who publishes the data, from the site settings. */
export interface DcatPublisher {
  name: string;
  /** `mailto:…` or a web address. */
  contact?: string;
}

const date = (day: string) => ({ '@value': day, '@type': 'xsd:date' });
const iri = (value: string) => ({ '@id': value });

function distribution(file: DcatFile, urls: OpenDataUrls) {
  const url = urls.file(file.path);
  const extension = file.path.replace(/^.*\./, '');
  const fileType = FILE_TYPES[extension];
  return {
    '@id': url,
    '@type': 'dcat:Distribution',
    'dct:title': file.path,
    'dct:description': file.description,
    'dcat:accessURL': iri(url),
    'dcat:downloadURL': iri(url),
    'dcat:mediaType': iri(`http://www.iana.org/assignments/media-types/${file.mediaType.replace(/;.*$/, '')}`),
    ...(fileType && { 'dct:format': iri(`http://publications.europa.eu/resource/authority/file-type/${fileType}`) }),
    'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': iri('http://spdx.org/rdf/terms#checksumAlgorithm_sha256'),
      'spdx:checksumValue': { '@value': file.sha256, '@type': 'xsd:hexBinary' },
    },
    'dct:license': iri(DATA_LICENCE.url),
    ...(file.schema && { 'dct:conformsTo': iri(urls.file(file.schema)) }),
  };
}

/** The catalogue, as JSON-LD text. */
export function dcatCatalogue(
  files: DcatFile[],
  urls: OpenDataUrls,
  text: DatasetText,
  version: DatasetVersion,
  /** The announcement dates of the first and latest editions, AAAA-MM-JJ. */
  period: { start: string; end: string } | undefined,
  publisher: DcatPublisher | undefined,
): string {
  const agent = publisher && {
    '@type': 'foaf:Agent',
    'foaf:name': publisher.name,
  };
  const dataset = {
    '@id': `${urls.dataPage}#jeu-de-donnees`,
    '@type': 'dcat:Dataset',
    'dct:identifier': urls.file('datapackage.json'),
    'dct:title': text.title,
    'dct:description': text.description,
    'dcat:keyword': [...fr.openData.keywords],
    'dct:language': iri('http://publications.europa.eu/resource/authority/language/FRA'),
    'dcat:landingPage': iri(urls.dataPage),
    'dct:license': iri(DATA_LICENCE.url),
    'dct:issued': date(version.created),
    'dct:modified': date(version.modified),
    'owl:versionInfo': version.version,
    'dct:spatial': iri('http://publications.europa.eu/resource/authority/country/FRA'),
    ...(period && {
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': date(period.start),
        'dcat:endDate': date(period.end),
      },
    }),
    'dct:creator': { '@type': 'foaf:Agent', 'foaf:name': fr.siteName, 'foaf:homepage': iri(urls.home) },
    ...(agent && { 'dct:publisher': agent }),
    ...(publisher?.contact && {
      'dcat:contactPoint': {
        '@type': 'vcard:Organization',
        'vcard:fn': publisher.name,
        ...(publisher.contact.startsWith('mailto:')
          ? { 'vcard:hasEmail': iri(publisher.contact) }
          : { 'vcard:hasURL': iri(publisher.contact) }),
      },
    }),
    'dct:source': iri(fr.openData.labelSite.url),
    'dcat:distribution': files.map((file) => distribution(file, urls)),
  };
  return `${JSON.stringify(
    {
      '@context': CONTEXT,
      '@id': urls.file(DCAT_CATALOGUE),
      '@type': 'dcat:Catalog',
      'dct:title': `Catalogue des données de l’${fr.siteName}`,
      'dct:description': text.description,
      'dct:language': iri('http://publications.europa.eu/resource/authority/language/FRA'),
      'foaf:homepage': iri(urls.home),
      'dct:modified': date(version.modified),
      ...(agent && { 'dct:publisher': agent }),
      'dcat:dataset': [dataset],
    },
    null,
    2,
  )}\n`;
}
