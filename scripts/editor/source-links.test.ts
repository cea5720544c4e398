// check:sources against two local HTTP servers: one plays the sources (a page that is there, one
// gone, one moved, one that fails, one that refuses robots), the other the Internet Archive's
// availability API. No real network.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionSchema } from '../../src/schemas/edition';
import { runCommand } from '../../tests/support/commands';
import { archivedCopy, checkLink, checkSourceLinks, formatLinkReports, sourceLinks, type Link } from './source-links';

let source: Server;
let archive: Server;
let site: string;
let api: string;
/** What the archive was asked: url and timestamp of each query. */
const asked: string[] = [];

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

beforeAll(async () => {
  source = createServer((request, response) => {
    const status = { '/ok': 200, '/parti': 404, '/efface': 410, '/panne': 500, '/robots': 403 }[request.url ?? ''];
    if (request.url === '/deplace') response.writeHead(301, { location: '/ok' }).end();
    else response.writeHead(status ?? 404, { 'content-type': 'text/html' }).end('<p>page</p>');
  });
  archive = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://archive');
    const url = query.searchParams.get('url') ?? '';
    asked.push(`${url.replace(site, '')} ${query.searchParams.get('timestamp')}`);
    const closest = url.endsWith('/parti')
      ? { available: true, status: '200', timestamp: '20221207093000', url: `http://web.archive.org/web/20221207093000/${url}` }
      : undefined;
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ url, archived_snapshots: closest ? { closest } : {} }));
  });
  [site, api] = await Promise.all([listen(source), listen(archive)]);
  api = `${api}/wayback/available`;
});

afterAll(() => Promise.all([new Promise((r) => source?.close(r)), new Promise((r) => archive?.close(r))]));

describe('checkLink', () => {
  it('tells a page that is there (or moved) from one gone, failing, refused to robots, or on a server that does not answer', async () => {
    const states = await Promise.all(
      ['/ok', '/deplace', '/parti', '/efface', '/panne', '/robots'].map((p) => checkLink(`${site}${p}`, { fetch })),
    );
    expect(states).toEqual([
      { status: 'ok' },
      { status: 'ok' },
      { status: 'dead', reason: 'la page n’existe plus (HTTP 404)' },
      { status: 'dead', reason: 'la page n’existe plus (HTTP 410)' },
      { status: 'dead', reason: 'le serveur répond par une erreur (HTTP 500)' },
      { status: 'doubtful', reason: 'le site refuse la vérification automatique (HTTP 403) : ouvrez-la dans un navigateur' },
    ]);
    // A port where nothing listens: the closed server of a site that is gone.
    const closed = createServer();
    const address = await listen(closed);
    await new Promise((r) => closed.close(r));
    expect(await checkLink(`${address}/page`, { fetch })).toEqual({ status: 'dead', reason: 'le site refuse la connexion' });
  });
});

describe('archivedCopy', () => {
  it('asks the availability API for the copy closest to the day the source was cited, and gives its https address', async () => {
    expect(await archivedCopy(`${site}/parti`, '2022-12-06', { fetch, api })).toEqual({
      url: `https://web.archive.org/web/20221207093000/${site}/parti`,
      date: '2022-12-07',
    });
    expect(asked.at(-1)).toBe('/parti 20221206');
    expect(await archivedCopy(`${site}/panne`, '2022-12-06', { fetch, api })).toBeUndefined();
  });
});

const edition = (year: number, results: Array<{ territory: string; source: string; archive?: string }>) => {
  const data = editionSchema.parse({
    year,
    announcedOn: `${year}-12-06`,
    event: 'Open Source Experience',
    place: 'Paris',
    scheme: 'niveaux-1-5',
    scale: [{ id: 5, label: 'Niveau 5' }],
    sources: [{ url: `${site}/ok` }],
    results: results.map((r) => ({ ...r, distinction: 5, confidence: 'medium' })),
  });
  return { id: String(year), file: `content/editions/${year}.yaml`, data };
};

describe('sourceLinks and checkSourceLinks', () => {
  it('asks each address once, reports each place that cites a dead one, with its archived copy or what to do', async () => {
    const content = {
      editions: [
        edition(2022, [
          { territory: 'abbeville', source: `${site}/parti` },
          { territory: 'lyon', source: `${site}/panne` },
          { territory: 'nevers', source: `${site}/parti`, archive: 'https://web.archive.org/web/2023/x' },
        ]),
      ],
      territories: [],
      testimonials: [],
    };
    const links = sourceLinks(content);
    expect(links.map((l: Link) => [l.url.replace(site, ''), l.uses.map((u) => u.field)])).toEqual([
      ['/ok', ['sources[0].url']],
      ['/panne', ['results[1].source']],
      ['/parti', ['results[0].source', 'results[2].source']],
    ]);
    const reports = await checkSourceLinks(links, { fetch, api });
    expect(formatLinkReports(reports, links.length).replaceAll(site, 'http://source')).toBe(
      [
        '✗ Sources : 2 adresse(s) ne répondent plus, 0 à vérifier à la main, sur 3 vérifiées.',
        '',
        'http://source/panne',
        '  le serveur répond par une erreur (HTTP 500)',
        '  content/editions/2022.yaml › results[1].source',
        '    → aucune copie archivée : cherchez la page sur le site, ou une autre source du même résultat',
        '',
        'http://source/parti',
        '  la page n’existe plus (HTTP 404)',
        '  content/editions/2022.yaml › results[0].source',
        '    → copie archivée du 7 décembre 2022 ; ajoutez au même niveau que « source » la ligne :',
        '        archive: https://web.archive.org/web/20221207093000/http://source/parti',
        '  content/editions/2022.yaml › results[2].source',
        '    copie archivée déjà donnée : https://web.archive.org/web/2023/x',
      ].join('\n'),
    );
  });
});

describe('npm run check:sources', () => {
  it('reports on a content folder, with the archive given by --api, and fails while a source is dead', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tnl-sources-'));
    try {
      mkdirSync(path.join(dir, 'editions'), { recursive: true });
      mkdirSync(path.join(dir, 'territories'));
      writeFileSync(path.join(dir, 'territories/abbeville.yaml'), 'kind: commune\ncode: "80001"\n');
      const file = (ending: string) =>
        `year: 2022\nannouncedOn: 2022-12-06\nevent: Open Source Experience\nplace: Paris\nscheme: niveaux-1-5\nscale:\n  - id: 5\n    label: Niveau 5\nsources:\n  - url: ${site}/ok\nresults:\n  - territory: abbeville\n    distinction: 5\n    source: ${site}${ending}\n    confidence: medium\n`;
      writeFileSync(path.join(dir, 'editions/2022.yaml'), file('/parti'));
      const dead = await runCommand('check-sources', ['--dossier', dir, '--api', api]);
      expect(dead.output).toContain('Vérification de 2 adresses de sources…');
      expect(dead.output).toContain(`        archive: https://web.archive.org/web/20221207093000/${site}/parti`);
      expect(dead.code).toBe(1);
      writeFileSync(path.join(dir, 'editions/2022.yaml'), file('/deplace'));
      expect(await runCommand('check-sources', ['--dossier', dir, '--api', api])).toMatchObject({
        code: 0,
        output: expect.stringContaining('✓ Sources : les 2 adresses répondent.'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
