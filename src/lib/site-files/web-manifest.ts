// The web manifest (/manifest.webmanifest): the site's French name, its icons and its colour, for
// browsers that show the site in a list of apps, a tab strip or a home screen.
import { LOOK } from '../look';
import { withBase } from '../urls';

/** The colour of the site's header and of its icon: the look's primary colour. */
export const THEME_COLOR = LOOK.colour.primary;

/** The icons of public/, each also linked from the <head> of every page (src/layouts/Base.astro). */
export const SITE_ICONS = {
  svg: { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
  png: { src: '/favicon.png', sizes: '32x32', type: 'image/png' },
  appleTouch: { src: '/apple-touch-icon.png', sizes: '180x180', type: 'image/png' },
} as const;

export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'browser';
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string }[];
}

/** The manifest of a site served under `base`. */
export function webManifest(names: { name: string; shortName: string; description: string }, base: string): WebManifest {
  return {
    name: names.name,
    short_name: names.shortName,
    description: names.description,
    lang: 'fr',
    dir: 'ltr',
    start_url: withBase('/', base),
    scope: withBase('/', base),
    // A site to read, not an application: it opens in the browser.
    display: 'browser',
    background_color: LOOK.colour.background,
    theme_color: THEME_COLOR,
    icons: [SITE_ICONS.svg, SITE_ICONS.appleTouch, SITE_ICONS.png].map((icon) => ({ ...icon, src: withBase(icon.src, base) })),
  };
}
