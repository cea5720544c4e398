// The pure parts of `npm run bench` (scripts/bench/index.ts): its options, the /proc parsing of the
// memory sampler, the route type of a built file, and the French table it prints and writes into
// docs/performance.md.
import { parseCommandLine, UsageError } from '../lib/cli';

/** A size of synthetic content: a number of territories, or every commune and EPCI of France. */
export type BenchSize = number | 'france';

export interface BenchOptions {
  /** Sizes of synthetic content, in order; 'real' is the project's own content. */
  sizes: Array<BenchSize | 'real'>;
  editions: number;
  keep: boolean;
  /** Also run the build and static test files on the 10,000 site. */
  suite: boolean;
  /** Refresh docs/performance.md with the figures. */
  write: boolean;
  /** Skip the headless Chromium measures. */
  browser: boolean;
}

export const DEFAULT_SIZES: BenchOptions['sizes'] = ['real', 100, 1000, 10_000, 'france'];

/** Options of `npm run bench`, with French errors for a mistyped command line. */
export function parseBenchOptions(args: string[]): BenchOptions & { help: boolean } {
  const { values, positionals } = parseCommandLine(args, {
    territories: { type: 'string' },
    sizes: { type: 'string' },
    editions: { type: 'string' },
    keep: { type: 'boolean' },
    suite: { type: 'boolean' },
    write: { type: 'boolean' },
    'no-browser': { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`argument inattendu : ${positionals[0]} (les options commencent par --)`);
  if (values.territories !== undefined && values.sizes !== undefined)
    throw new UsageError('--territories et --sizes ne vont pas ensemble : --territories N mesure une seule taille, --sizes une liste.');
  const sizes =
    values.territories !== undefined
      ? [parseSize(values.territories, '--territories')]
      : values.sizes !== undefined
        ? values.sizes.split(',').map((part) => parseSize(part.trim(), '--sizes'))
        : DEFAULT_SIZES;
  const editions = values.editions === undefined ? 10 : Number(values.editions);
  if (!Number.isInteger(editions) || editions < 1 || editions > 10)
    throw new UsageError(`--editions attend un nombre entier d’éditions de 1 à 10, pas « ${values.editions} ».`);
  return {
    sizes,
    editions,
    keep: values.keep ?? false,
    suite: values.suite ?? false,
    write: values.write ?? false,
    browser: !values['no-browser'],
    help: values.help ?? false,
  };
}

function parseSize(text: string, option: string): BenchSize | 'real' {
  if (text === 'france' || text === 'real') return text;
  const normalised = text.replace(/[_\s\u202f]/g, '');
  const n = Number(normalised);
  if (normalised === '' || !Number.isInteger(n) || n < 100)
    throw new UsageError(
      `${option} : « ${text} » n’est pas une taille ; attendu un nombre entier de territoires d’au moins 100 (ex. 1000), « france » ou « real » (le contenu réel).`,
    );
  return n;
}

/** One process of /proc: its parent and resident memory. */
export interface ProcEntry {
  pid: number;
  ppid: number;
  /** Resident set size, bytes. */
  rss: number;
}

/**
 * Reads /proc/<pid>/stat: « pid (comm) state ppid … ». The command name may hold spaces and
 * parentheses, so the fields are read after its last « ) ». Field 24 is the RSS in pages.
 */
export function parseProcStat(text: string, pageSize = 4096): ProcEntry | undefined {
  const close = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  if (close < 0 || !Number.isInteger(pid)) return undefined;
  const fields = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // fields[0] is the state (field 3), so field n is fields[n - 3].
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  if (!Number.isInteger(ppid) || !Number.isFinite(rssPages)) return undefined;
  return { pid, ppid, rss: rssPages * pageSize };
}

/** The total and the largest resident memory of `root`'s descendants (root left out). */
export function treeMemory(entries: ProcEntry[], root: number): { total: number; largest: number; processes: number } {
  const children = new Map<number, ProcEntry[]>();
  for (const e of entries) children.set(e.ppid, [...(children.get(e.ppid) ?? []), e]);
  let total = 0;
  let largest = 0;
  let processes = 0;
  const stack = [...(children.get(root) ?? [])];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (seen.has(e.pid)) continue;
    seen.add(e.pid);
    total += e.rss;
    largest = Math.max(largest, e.rss);
    processes++;
    stack.push(...(children.get(e.pid) ?? []));
  }
  return { total, largest, processes };
}

/**
 * The route type of a built file, by its path relative to the site: a folder among many siblings
 * (a territory, an edition) becomes « * » ('territoires/boe/index.html' → '/territoires/*\/').
 * `manyUnder` says which folders hold many page folders.
 */
export function routeType(file: string, manyUnder: ReadonlySet<string>): string {
  const parts = file.split('/');
  const name = parts.pop()!;
  const out: string[] = [];
  let parent = '';
  for (const part of parts) {
    // The top-level folder is always named: it is the route (/territoires/, /editions/…).
    out.push(parent !== '' && manyUnder.has(parent) ? '*' : part);
    parent = parent ? `${parent}/${part}` : part;
  }
  const folder = out.length > 0 ? `/${out.join('/')}/` : '/';
  return name === 'index.html' ? folder : `${folder}${name}`;
}

/** Folders (relative) that hold more than `threshold` sub-folders with a page. */
export function foldersWithManyPages(htmlFiles: string[], threshold = 5): Set<string> {
  const counts = new Map<string, Set<string>>();
  for (const file of htmlFiles) {
    const parts = file.split('/');
    if (parts.length < 2) continue;
    const parent = parts.slice(0, -2).join('/');
    const child = parts.at(-2)!;
    counts.set(parent, (counts.get(parent) ?? new Set()).add(child));
  }
  return new Set([...counts].filter(([, children]) => children.size > threshold).map(([folder]) => folder));
}

/** The figures of one size, as the table shows them. */
export interface BenchRow {
  label: string;
  territories: number;
  pages: number;
  /** Seconds. */
  build: number;
  index: number;
  baseline: number;
  /** Build + index with a warm image cache, seconds. */
  warmTotal?: number;
  /** Bytes. */
  peakTree: number;
  peakProcess: number;
  dist: number;
  /** Seconds spent on share images and badges, empty cache and full cache. */
  imagesCold?: number;
  imagesWarm?: number;
  /** Bytes (gzip) of the map data file(s) the map page loads first. */
  mapData?: number;
  /** Milliseconds: map first render with all markers, first search result (cold link). */
  mapRender?: number;
  searchFirst?: number;
  /** Bytes (gzip) a cold /recherche/?q=… loads besides the page. */
  searchBytes?: number;
}

const s = (seconds: number) => `${seconds.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
const ratio = (value: number, base: number) =>
  `${(value / base).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}×`;

/** « 1,2 Go », « 340 Mo », « 12,5 Ko ». */
export function formatBytes(bytes: number): string {
  const units: Array<[number, string]> = [
    [1024 ** 3, 'Go'],
    [1024 ** 2, 'Mo'],
    [1024, 'Ko'],
  ];
  for (const [size, unit] of units)
    if (bytes >= size) return `${(bytes / size).toLocaleString('fr-FR', { maximumFractionDigits: size === 1024 ** 2 ? 0 : 1 })} ${unit}`;
  return `${bytes} o`;
}

const dash = (value: number | undefined, format: (n: number) => string) => (value === undefined ? '—' : format(value));

/** The Markdown table of the figures (what the bench prints and docs/performance.md holds). */
export function formatBenchTable(rows: BenchRow[]): string {
  const header = [
    'contenu',
    'territoires',
    'pages',
    'construction',
    'index',
    'total',
    'Astro nu',
    'rapport',
    'rapport, images en cache',
    'mémoire max. (arbre)',
    'mémoire max. (processus)',
    'dist/',
    'images à froid / en cache',
  ];
  const lines = rows.map((r) => [
    r.label,
    r.territories.toLocaleString('fr-FR'),
    r.pages.toLocaleString('fr-FR'),
    s(r.build),
    s(r.index),
    s(r.build + r.index),
    s(r.baseline),
    ratio(r.build + r.index, r.baseline),
    dash(r.warmTotal, (t) => ratio(t, r.baseline)),
    formatBytes(r.peakTree),
    formatBytes(r.peakProcess),
    formatBytes(r.dist),
    r.imagesCold === undefined ? '—' : `${s(r.imagesCold)} / ${dash(r.imagesWarm, s)}`,
  ]);
  return markdownTable(header, lines);
}

/** The table of what the browser loads and shows, per size. */
export function formatBrowserTable(rows: BenchRow[]): string {
  return markdownTable(
    [
      'contenu',
      'données de la carte, une édition (gzip)',
      'premier rendu de la carte',
      'premier résultat de recherche',
      'chargé pour une recherche (gzip)',
    ],
    rows.map((r) => [
      r.label,
      dash(r.mapData, formatBytes),
      dash(r.mapRender, (ms) => `${Math.round(ms)} ms`),
      dash(r.searchFirst, (ms) => `${Math.round(ms)} ms`),
      dash(r.searchBytes, formatBytes),
    ]),
  );
}

/** The heaviest page of each route type (gzip), per size: one line per route type. */
export function formatHeaviestTable(labels: string[], heaviest: Array<Map<string, number>>): string {
  const routes = [...new Set(heaviest.flatMap((m) => [...m.keys()]))].sort();
  return markdownTable(
    ['type de page', ...labels],
    routes.map((route) => [`\`${route}\``, ...heaviest.map((m) => dash(m.get(route), formatBytes))]),
  );
}

export function markdownTable(header: string[], lines: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((l) => `| ${l.join(' | ')} |`)].join('\n');
}

/** Replaces the text between two marker comments of a Markdown file (the part the bench writes). */
export function replaceBetweenMarkers(text: string, content: string, name = 'bench'): string {
  const start = `<!-- ${name}:début -->`;
  const end = `<!-- ${name}:fin -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`Les repères « ${start} » et « ${end} » manquent dans le fichier.`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** Seconds Astro reports for its phases: content sync and types, Vite bundles, the whole build. */
export interface AstroPhases {
  sync?: number;
  vite?: number;
  total?: number;
}

/** Reads Astro's build log (« Collecting build info… ✓ Completed in 1.69s », « [vite] ✓ built in 359ms », « 331 page(s) built in 26.85s »). */
export function parseAstroPhases(log: string): AstroPhases {
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  // Astro writes "812ms", "4.52s", or from a minute on "1m 23s".
  const DURATION = String.raw`(?:(\d+)m )?([\d.]+)(ms|s)`;
  const seconds = (minutes: string | undefined, value: string, unit: string) =>
    Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
  const collecting = text.indexOf('Collecting build info');
  const sync = collecting < 0 ? undefined : new RegExp(`✓ Completed in ${DURATION}`).exec(text.slice(collecting));
  const vite = [...text.matchAll(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`, 'g'))];
  const total = new RegExp(`page\\(s\\) built in ${DURATION}`).exec(text);
  return {
    sync: sync ? seconds(sync[1], sync[2]!, sync[3]!) : undefined,
    vite: vite.length > 0 ? vite.reduce((sum, m) => sum + seconds(m[1], m[2]!, m[3]!), 0) : undefined,
    total: total ? seconds(total[1], total[2]!, total[3]!) : undefined,
  };
}
