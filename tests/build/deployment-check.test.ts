// npm run check:deployment's logic against dist/ on a local server, reached as if at the public
// address it was built for (http://localhost:4321/, the build's default): what passes, and what it
// says when the home page was built for another address, a file is missing or the host is late.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDeployment } from '../../scripts/build/deployment-check';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/static-server-fs';

const PUBLIC = 'http://localhost:4321';
let server: StaticServer;

beforeAll(async () => {
  requireDist();
  server = await serveBuiltSite(distDir);
});
afterAll(() => server?.close());

/** fetch() aimed at the local server, for addresses under `publicOrigin`. */
const local =
  (publicOrigin = PUBLIC, answer?: (url: string) => Response | undefined): typeof fetch =>
  (input, init) => {
    const url = String(input);
    return Promise.resolve(answer?.(url) ?? fetch(url.replace(publicOrigin, server.origin), init));
  };

describe('checkDeployment', () => {
  it('passes on the built site: home, a territory from the sitemap, the search files and an open data file', async () => {
    const report = await checkDeployment(`${PUBLIC}/`, { fetch: local(), attempts: 1 });
    expect(report.lines.map((line) => line.replace(/territoires\/[a-z0-9-]+\//, 'territoires/<slug>/'))).toEqual([
      '✓ 200 http://localhost:4321/ (accueil)',
      '✓ 200 http://localhost:4321/sitemap-index.xml (index du sitemap)',
      '✓ 200 http://localhost:4321/sitemap-0.xml (sitemap)',
      '✓ 200 http://localhost:4321/territoires/<slug>/ (un territoire)',
      '✓ 200 http://localhost:4321/pagefind/pagefind-entry.json (index de la recherche)',
      '✓ 200 http://localhost:4321/recherche/communes/index.json (communes de la recherche)',
      '✓ 200 http://localhost:4321/donnees/resultats.csv (données ouvertes)',
    ]);
    expect(report.ok).toBe(true);
  });

  it('says when the site answering was built for another address', async () => {
    const report = await checkDeployment('https://exemple.fr/atlas/', { fetch: local('https://exemple.fr/atlas'), attempts: 1 });
    expect(report.ok).toBe(false);
    expect(report.lines[0]).toBe(
      '✗ https://exemple.fr/atlas/ (accueil) : la page ne porte pas le lien canonique https://exemple.fr/atlas/ : le site a-t-il été construit pour cette adresse (SITE_URL, BASE_PATH) ?',
    );
  });

  it('fails on a file that does not answer 200, after its tries', async () => {
    let tries = 0;
    const missing = (url: string) => (url.endsWith('/donnees/resultats.csv') ? (tries++, new Response('', { status: 404 })) : undefined);
    const report = await checkDeployment(PUBLIC, { fetch: local(PUBLIC, missing), attempts: 3, delayMs: 0 });
    expect(report.ok).toBe(false);
    expect(report.lines.at(-1)).toBe('✗ http://localhost:4321/donnees/resultats.csv (données ouvertes) : HTTP 404 (attendu 200)');
    expect(tries).toBe(3);
  });

  it('waits for a host that publishes late, and says when nothing answers', async () => {
    let first = true;
    const late = (url: string) => (url === `${PUBLIC}/` && first ? ((first = false), new Response('', { status: 503 })) : undefined);
    expect((await checkDeployment(`${PUBLIC}/`, { fetch: local(PUBLIC, late), attempts: 2, delayMs: 0 })).ok).toBe(true);
    const down: typeof fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }));
    const report = await checkDeployment('http://127.0.0.1:9/', { fetch: down, attempts: 1 });
    expect(report.lines[0]).toBe('✗ http://127.0.0.1:9/ (accueil) : pas de réponse (connect ECONNREFUSED 127.0.0.1:9)');
    expect(report.ok).toBe(false);
  });
});
