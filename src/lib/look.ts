// The site's look, defined once: its colours by role, the tones of the distinctions, which tone a
// distinction gets and the class that shows it. Everything that draws reads it: the stylesheets,
// the charts (record/chart-svg.ts), the maps (map/svg-map.ts, map/choropleth.ts), the badges and
// share images (images/), the web manifest and the header's logo.
//
// The stylesheets write a colour as `look(colour.primary)` and the build puts in its value (the
// PostCSS step of astro.config.mjs calls resolveLookColours, as Tailwind resolves its theme()): the
// custom properties of global.css (--c-*, --tone-*) are declared that way, and so is a colour
// written straight into a rule (white text on a tone, the print's black, the map's highlight); the
// built stylesheets are what they would be with the values typed in. Not custom properties
// generated from here: the Content-Security-Policy forbids inline styles, so they would be one more
// stylesheet file for every page, and each colour written straight into a rule would need a
// property of its own. Not the CSS as the source that the TypeScript reads: the badges, charts and
// manifest are drawn by the build script in Node, outside Vite, where a stylesheet is no module.
// tests/repo/look.test.ts keeps colours out of every other file of src/.
//
// Browser-safe (the search and the map's script import distinctionClass): no node:*, zod or astro:*.
import { closestMatches } from './text';

/** The site's blue: also the darkest class of the choropleth. */
const PRIMARY = '#1b3a6b';

const colour = {
  /** Body text, on the page background. */
  text: '#1e1e28',
  /** Secondary text, outlines of what is not known. */
  muted: '#4a4a5a',
  /** The page, the charts and the badges. */
  background: '#ffffff',
  /** Table headers, filter bars. */
  surface: '#f4f5f8',
  border: '#c9ccd6',
  /** Headings, buttons, the header's logo, the theme colour of the manifest. */
  primary: PRIMARY,
  /** Notices and the « official count » bars: a pale primary. */
  primarySoft: '#e6ecf6',
  link: '#1a4d9c',
  focus: '#c2410c',
  /** « Yes » answers and « new » bars. */
  accent: '#0f6b4f',
  /** Text and outlines drawn on the primary colour or on a tone. */
  inverse: '#fff',
  /** The words of a search result that match the query. */
  searchMatch: '#fff3b0',
  /** Ink of a printed page: browsers drop background colours on paper. */
  print: '#000000',
} as const;

/** Every colour of the site, by what it is for. Text colours keep 4.5:1 or more on their background (look.test.ts). */
export const LOOK = {
  colour,
  /**
   * The distinctions' tones, indexed by distinctionTone(): 0 is « not known » (a white shape with a
   * dashed `muted` outline on the pages; this grey only where a shape must be filled), 1 (lowest) to
   * 5 (highest) carry `inverse` text.
   */
  tone: ['#5b5b6b', '#6d4c9f', '#2f6496', '#1e7560', '#a04d00', '#8a1538'],
  /** The maps: the base map (also an `<img>`, which cannot take the page's CSS) and what is drawn over it. */
  map: {
    /** Land: light grey, so markers and highlights drawn over it stand out. */
    land: '#e1e1e1',
    /** Borders between areas, drawn over the land. */
    border: '#ffffff',
    /** Inset frames. */
    frame: '#8c8c8c',
    /** Inset names. */
    label: '#3a3a3a',
    /** A territory's marker on the small maps, against the land. */
    marker: '#b3261e',
    /** A highlighted département on the small maps, the outline of a highlighted area on the big one. */
    highlight: '#5b7bb4',
    /** A highlighted area on the big map and on the static map. */
    highlightSoft: '#b9c8e3',
    /** The thin ring that detaches a distinction's marker from the map. */
    markerShadow: 'rgb(0 0 0 / 45%)',
  },
  /** The choropleth's classes, light to dark: the primary blue, each step darker. */
  choropleth: ['#d5dff0', '#a3b9de', '#6c8fc8', '#3b64a8', PRIMARY],
} as const;

/** Number of tones of a known distinction (tone 1 … tone 5); tone 0 is « not known ». */
export const TONE_COUNT = 5;

/**
 * Tone 1 (lowest) to 5 (highest) for a rank in a scale of `scaleLength` steps; 0 when the
 * distinction is unknown. The highest step always gets tone 5, so that a scale of any length
 * (1–5, Badge/Bronze/Argent/Or…) gets a consistent palette.
 */
export function distinctionTone(rank: number | null, scaleLength: number): number {
  if (rank === null || scaleLength <= 0) return 0;
  if (scaleLength === 1) return TONE_COUNT;
  return 1 + Math.round((rank / (scaleLength - 1)) * (TONE_COUNT - 1));
}

/** The shapes a distinction is shown in, each with its rules in the stylesheets. */
const SHAPES = {
  /** The pill of the pages and of the search's results (global.css). */
  pill: 'badge',
  /** The glyph of the map's markers, legend, list and popups (map.css). */
  mark: 'tnl-mark',
  /** A marker of the static map, an SVG group (map.css). */
  staticMark: 'tnl-static-mark',
} as const;

/**
 * The class of a distinction of tone `tone` shown as `shape`: « badge tone-5 ». A tone that is not
 * one of the look's (a value read from a search index, say) is shown as « not known ».
 */
export function distinctionClass(tone: number, shape: keyof typeof SHAPES = 'pill'): string {
  const known = Number.isInteger(tone) && tone >= 0 && tone <= TONE_COUNT ? tone : 0;
  return `${SHAPES[shape]} tone-${known}`;
}

/** Every colour of LOOK by the name look() gives it: « colour.primary », « tone.5 », « map.land »… */
function namedColours(): Map<string, string> {
  return new Map(
    Object.entries(LOOK).flatMap(([group, colours]) =>
      Object.entries(colours).map(([name, value]): [string, string] => [`${group}.${name}`, value]),
    ),
  );
}

/**
 * A CSS value with its `look(group.name)` references replaced by the look's colours
 * (`look(tone.5)` for a tone). Throws when one is not a colour of LOOK, with the closest names: a
 * misspelt name must stop the build, not leave a rule without colour.
 */
export function resolveLookColours(value: string): string {
  return value.replace(/look\(\s*([^)]*?)\s*\)/g, (reference, path: string) => {
    const colours = namedColours();
    const found = colours.get(path);
    if (found !== undefined) return found;
    // A misspelt name is looked for in its group; a misspelt group, among all the names.
    const names = [...colours.keys()];
    const prefix = `${path.split('.')[0]}.`;
    const inGroup = names.filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length));
    const guesses =
      inGroup.length > 0 ? closestMatches(path.slice(prefix.length), inGroup).map((name) => prefix + name) : closestMatches(path, names);
    throw new Error(
      `${reference} : couleur inconnue de src/lib/look.ts${guesses.length ? ` ; vouliez-vous dire ${guesses.map((g) => `look(${g})`).join(' ou ')} ?` : '.'} ` +
        'Écrivez look(groupe.nom) avec un groupe et un nom de LOOK : look(colour.primary), look(tone.5), look(map.land)…',
    );
  });
}
