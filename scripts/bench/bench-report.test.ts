import { describe, expect, it } from 'vitest';
import {
  foldersWithManyPages,
  formatBenchTable,
  formatBytes,
  parseAstroPhases,
  parseBenchOptions,
  parseProcStat,
  replaceBetweenMarkers,
  routeType,
  treeMemory,
} from './bench-report';

describe('parseBenchOptions', () => {
  it('measures every size by default on 10 editions, without writing the docs', () => {
    expect(parseBenchOptions([])).toEqual({
      sizes: ['real', 100, 1000, 10_000, 'france'],
      editions: 10,
      keep: false,
      suite: false,
      write: false,
      browser: true,
      help: false,
    });
  });

  it('reads --sizes, --territories, --editions and the flags', () => {
    expect(parseBenchOptions(['--sizes', '100, 1000,france']).sizes).toEqual([100, 1000, 'france']);
    expect(parseBenchOptions(['--territories', '2500', '--editions', '4', '--keep', '--suite', '--write', '--no-browser'])).toEqual({
      sizes: [2500],
      editions: 4,
      keep: true,
      suite: true,
      write: true,
      browser: false,
      help: false,
    });
  });

  it('refuses a size that is not a whole number of at least 100 territories, with what it expects', () => {
    expect(() => parseBenchOptions(['--sizes', '100,dix'])).toThrow(
      '--sizes : « dix » n’est pas une taille ; attendu un nombre entier de territoires d’au moins 100 (ex. 1000), « france » ou « real » (le contenu réel).',
    );
    expect(() => parseBenchOptions(['--territories', '12.5'])).toThrow('--territories : « 12.5 » n’est pas une taille');
    expect(() => parseBenchOptions(['--territories', '50'])).toThrow('--territories : « 50 » n’est pas une taille');
  });

  it('refuses a number of editions outside 1 to 10', () => {
    expect(() => parseBenchOptions(['--editions', '12'])).toThrow('--editions attend un nombre entier d’éditions de 1 à 10, pas « 12 ».');
  });

  it('refuses --territories with --sizes, an unknown option and a stray argument', () => {
    expect(() => parseBenchOptions(['--territories', '100', '--sizes', '1000'])).toThrow(
      '--territories et --sizes ne vont pas ensemble : --territories N mesure une seule taille, --sizes une liste.',
    );
    expect(() => parseBenchOptions(['--taille', '100'])).toThrow('option inconnue : --taille');
    expect(() => parseBenchOptions(['1000'])).toThrow('argument inattendu : 1000 (les options commencent par --)');
  });
});

describe('parseProcStat', () => {
  it('reads the parent and the resident memory, even when the command name holds spaces and parentheses', () => {
    const line =
      '4242 (node (astro) x) S 4200 4242 4200 0 -1 4194560 1000 0 0 0 50 10 0 0 20 0 11 0 123456 1073741824 25600 18446744073709551615';
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4200, rss: 25_600 * 4096 });
  });

  it('gives nothing for a truncated line', () => {
    expect(parseProcStat('garbage')).toBeUndefined();
    expect(parseProcStat('12 (x) S')).toBeUndefined();
  });
});

describe('treeMemory', () => {
  it('adds up the descendants of the root, not the root itself nor unrelated processes', () => {
    const entries = [
      { pid: 1, ppid: 0, rss: 1000 },
      { pid: 10, ppid: 1, rss: 100 },
      { pid: 11, ppid: 10, rss: 300 },
      { pid: 12, ppid: 11, rss: 50 },
      { pid: 20, ppid: 2, rss: 9999 },
    ];
    expect(treeMemory(entries, 1)).toEqual({ total: 450, largest: 300, processes: 3 });
    expect(treeMemory(entries, 99)).toEqual({ total: 0, largest: 0, processes: 0 });
  });
});

describe('routeType', () => {
  const pages = [
    'index.html',
    '404.html',
    'territoires/index.html',
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((s) => `territoires/${s}/index.html`),
    'editions/2022/index.html',
    'editions/2022/presse/index.html',
    'carte/index.html',
    'carte/embed/index.html',
  ];
  const many = foldersWithManyPages(pages);

  it('names a page folder among many siblings « * », and keeps the top-level folder and the others', () => {
    expect([...many]).toEqual(['territoires']);
    expect(pages.map((p) => routeType(p, many))).toEqual([
      '/',
      '/404.html',
      '/territoires/',
      '/territoires/*/',
      '/territoires/*/',
      '/territoires/*/',
      '/territoires/*/',
      '/territoires/*/',
      '/territoires/*/',
      '/editions/2022/',
      '/editions/2022/presse/',
      '/carte/',
      '/carte/embed/',
    ]);
  });
});

describe('formatBytes', () => {
  it('writes sizes in French units', () => {
    expect([formatBytes(512), formatBytes(12_800), formatBytes(350 * 1024 ** 2), formatBytes(1.25 * 1024 ** 3)]).toEqual([
      '512 o',
      '12,5 Ko',
      '350 Mo',
      '1,3 Go',
    ]);
  });
});

describe('formatBenchTable', () => {
  it('prints one line per size with the total, the ratios to the bare project and the peaks', () => {
    const table = formatBenchTable([
      {
        label: '10 000 synthétiques',
        territories: 10_000,
        pages: 10_336,
        build: 30,
        index: 3,
        baseline: 22,
        warmTotal: 28.6,
        peakTree: 1024 ** 3,
        peakProcess: 800 * 1024 ** 2,
        dist: 300 * 1024 ** 2,
        imagesCold: 40,
        imagesWarm: 0.4,
      },
    ]);
    expect(table.split('\n')).toEqual([
      '| contenu | territoires | pages | construction | index | total | Astro nu | rapport | rapport, images en cache | mémoire max. (arbre) | mémoire max. (processus) | dist/ | images à froid / en cache |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      '| 10 000 synthétiques | 10\u202f000 | 10\u202f336 | 30,0 s | 3,0 s | 33,0 s | 22,0 s | 1,50× | 1,30× | 1 Go | 800 Mo | 300 Mo | 40,0 s / 0,4 s |',
    ]);
  });
});

describe('replaceBetweenMarkers', () => {
  it('replaces what lies between the markers and keeps the rest', () => {
    expect(replaceBetweenMarkers('avant\n<!-- bench:début -->\nancien\n<!-- bench:fin -->\naprès\n', 'nouveau')).toBe(
      'avant\n<!-- bench:début -->\nnouveau\n<!-- bench:fin -->\naprès\n',
    );
  });

  it('says which markers are missing', () => {
    expect(() => replaceBetweenMarkers('rien', 'x')).toThrow(
      'Les repères « <!-- bench:début --> » et « <!-- bench:fin --> » manquent dans le fichier.',
    );
  });
});

describe('parseAstroPhases', () => {
  it('reads the content sync, the Vite bundles and the whole build from Astro’s log', () => {
    const log = [
      '14:05:02 [build] Collecting build info...',
      '14:05:02 [build] \u001b[32m✓ Completed in 1.69s.\u001b[39m',
      '14:05:04 [vite] ✓ built in 2.02s',
      '14:05:04 [vite] ✓ built in 359ms',
      '14:05:27 [build] ✓ Completed in 24.96s.',
      '14:05:27 [build] 331 page(s) built in 26.85s',
    ].join('\n');
    expect(parseAstroPhases(log)).toEqual({ sync: 1.69, vite: 2.379, total: 26.85 });
  });

  it('reads the durations Astro writes in minutes from a minute on', () => {
    const log = [
      '17:40:02 [build] Collecting build info...',
      '17:40:30 [build] ✓ Completed in 28.51s.',
      '17:40:44 [vite] ✓ built in 14.02s',
      '17:45:10 [build] 37896 page(s) built in 5m 8s',
    ].join('\n');
    expect(parseAstroPhases(log)).toEqual({ sync: 28.51, vite: 14.02, total: 308 });
  });

  it('leaves out what the log does not say', () => {
    expect(parseAstroPhases('rien')).toEqual({ sync: undefined, vite: undefined, total: undefined });
  });
});
