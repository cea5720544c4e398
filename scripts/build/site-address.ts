// The public address a build is made for, as given to `npm run check:site` (--site, --base) or
// read from SITE_URL and BASE_PATH like the build does; checked so that a typing mistake in a CI
// variable is said in words instead of failing every link check.
import { UsageError } from '../lib/cli';

export interface SiteAddress {
  /** Origin, without a path: 'https://exemple.fr'. */
  site: string;
  /** Base path with slashes at both ends: '/' or '/atlas/'. */
  base: string;
}

/** The defaults of astro.config.mjs. */
const DEFAULT_SITE = 'http://localhost:4321';

/** How the user gave the address, for the messages: check:site's options, or the build's variables. */
export interface AddressNames {
  site: string;
  base: string;
  /** How a value is written after the name: ' ' for an option (--site x), '=' for a variable (SITE_URL=x). */
  joiner: ' ' | '=';
}

export const OPTION_NAMES: AddressNames = { site: '--site', base: '--base', joiner: ' ' };
export const VARIABLE_NAMES: AddressNames = { site: 'SITE_URL', base: 'BASE_PATH', joiner: '=' };

export function siteAddress(site: string | undefined, base: string | undefined, names: AddressNames = OPTION_NAMES): SiteAddress {
  const { site: siteName, base: baseName, joiner } = names;
  const rawSite = (site ?? '').trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new UsageError(`${siteName} « ${rawSite} » n’est pas une adresse : attendu par exemple https://exemple.fr`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`${siteName} « ${rawSite} » : attendu une adresse http:// ou https://`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new UsageError(
      `${siteName} « ${rawSite} » contient un chemin : donnez l’origine seule (${siteName}${joiner}${url.origin}) et le chemin à part (${baseName}${joiner}${url.pathname.replace(/\/?$/, '/')})`,
    );
  const rawBase = (base ?? '').trim() || '/';
  if (!rawBase.startsWith('/'))
    throw new UsageError(`${baseName} « ${rawBase} » : attendu un chemin qui commence par « / », par exemple /atlas/`);
  const trimmed = rawBase.replace(/^\/+|\/+$/g, '');
  return { site: url.origin, base: trimmed ? `/${trimmed}/` : '/' };
}
