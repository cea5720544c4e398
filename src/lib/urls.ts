// Internal links that respect the configured base path (the site may live under /atlas/).
// Vite gives the base path as import.meta.env.BASE_URL; plain Node (the build script's images and
// search records) has no import.meta.env, and passes the base itself where a link is published.
import type { AreaKind } from '../schemas/territory';

/** The configured base path, or the root outside Vite. */
const configuredBase = (): string => import.meta.env?.BASE_URL ?? '/';

/** Joins the base path and a site path: withBase('/editions/', '/atlas') → '/atlas/editions/'. */
export function withBase(path: string, base: string = configuredBase()): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * A link written in content: root-relative paths ("/methodologie/") get the base path; external
 * links, anchors and already-prefixed paths are kept.
 */
export function contentHref(href: string, base: string = configuredBase()): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!prefix || !href.startsWith('/') || href.startsWith('//') || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

export const paths = {
  home: () => '/',
  search: () => '/recherche/',
  /** A commune's answer (« Ma commune est-elle concernée ? ») by its INSEE code, the query that names it alone. */
  communeAnswer: (code: string) => `/recherche/?q=${encodeURIComponent(code)}`,
  /** "Ma commune est-elle concernée ?" without JavaScript: the list of départements, or one of them. */
  communesOf: (departement?: string) => (departement ? `/recherche/departements/${departement}/` : '/recherche/departements/'),
  editions: () => '/editions/',
  edition: (year: number) => `/editions/${year}/`,
  territories: () => '/territoires/',
  territory: (slug: string) => `/territoires/${slug}/`,
  /** A page of the A–Z directory when it does not fit one page (src/lib/record/pagination.ts). */
  territoriesPage: (number: number) => `/territoires/a-z/${number}/`,
  map: () => '/carte/',
  mapEmbed: () => '/carte/embed/',
  testimonials: () => '/temoignages/',
  testimonial: (id: string) => `/temoignages/${id}/`,
  page: (slug: string) => `/${slug}/`,
  statistics: () => '/statistiques/',
  /** A chart's files: `/statistiques/couverture.csv`, `/statistiques/couverture.svg`, `/statistiques/couverture.png`. */
  chartFile: (slug: string, ext: 'csv' | 'svg' | 'png') => `/statistiques/${slug}.${ext}`,
  data: () => '/donnees/',
  dataFile: (name: string) => `/donnees/${name}`,
  /** The regional palmarès: the index, a région's or a département's page, and its feed. */
  areas: () => '/regions/',
  area: (kind: AreaKind, code: string) => `/${kind === 'region' ? 'regions' : 'departements'}/${code}/`,
  areaFeed: (kind: AreaKind, code: string) => `/${kind === 'region' ? 'regions' : 'departements'}/${code}/rss.xml`,
  /** An edition's results of one distinction ('inconnue': not known), page by page: '/editions/2025/palmares/or/2/'. */
  editionDistinction: (year: number, distinction: string, page = 1) =>
    `/editions/${year}/palmares/${distinction}/${page > 1 ? `${page}/` : ''}`,
  /** An edition's changes of one kind since the previous edition, page by page. */
  editionChanges: (year: number, kind: string, page = 1) => `/editions/${year}/evolutions/${kind}/${page > 1 ? `${page}/` : ''}`,
  pressKit: (year: number) => `/editions/${year}/presse/`,
  /** An edition's map, for the press: '/editions/2025/carte-2025.svg' and '.png'. */
  editionMap: (year: number, ext: 'svg' | 'png') => `/editions/${year}/carte-${year}.${ext}`,
  /** A territory's badge: the one of an edition, or the current one (latest distinction) without a year. */
  badge: (slug: string, ext: 'svg' | 'png', year?: number) => `/territoires/${slug}/badge${year === undefined ? '' : `-${year}`}.${ext}`,
  badges: () => '/verifier-un-badge/',
  /** The share image (Open Graph) of a page, beside it: '/territoires/boe/partage.png', '/partage.png'. */
  shareImage: (pagePath: string) => `${pagePath}partage.png`,
};

/** The host name of a source link, shown next to it ("adullact.org"). */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
