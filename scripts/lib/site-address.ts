// The public address a build is made for, as given to `npm run check:site` (--site, --base) or
// read from SITE_URL and BASE_PATH like the build does; checked so that a typing mistake in a CI
// variable is said in words instead of failing every link check.
import { UsageError } from './cli';

export interface SiteAddress {
  /** Origin, without a path: 'https://exemple.fr'. */
  site: string;
  /** Base path with slashes at both ends: '/' or '/atlas/'. */
  base: string;
}

/** The defaults of astro.config.mjs. */
const DEFAULT_SITE = 'http://localhost:4321';

export function siteAddress(site: string | undefined, base: string | undefined): SiteAddress {
  const rawSite = (site ?? '').trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new UsageError(`--site « ${rawSite} » n’est pas une adresse : attendu par exemple https://exemple.fr`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`--site « ${rawSite} » : attendu une adresse http:// ou https://`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new UsageError(
      `--site « ${rawSite} » contient un chemin : donnez l’origine seule (--site ${url.origin}) et le chemin à part (--base ${url.pathname.replace(/\/?$/, '/')})`,
    );
  const rawBase = (base ?? '').trim() || '/';
  if (!rawBase.startsWith('/'))
    throw new UsageError(`--base « ${rawBase} » : attendu un chemin qui commence par « / », par exemple /atlas/`);
  const trimmed = rawBase.replace(/^\/+|\/+$/g, '');
  return { site: url.origin, base: trimmed ? `/${trimmed}/` : '/' };
}
