// The check after a deployment: at the public address, the home page (built for that address), one
// territory page, the search files and one open data file answer 200. A host that publishes with a
// delay gets a few more tries. Network access goes through `fetch`, so that a test can aim it at a
// local server.

export interface DeploymentCheckOptions {
  fetch?: typeof fetch;
  /** Tries per address before giving up (a new deployment may take a minute to reach every server). */
  attempts?: number;
  /** Wait between two tries, in milliseconds. */
  delayMs?: number;
}

export interface DeploymentReport {
  ok: boolean;
  /** One line per address, in French: « ✓ 200 … (accueil) » or « ✗ … ». */
  lines: string[];
}

interface Probe {
  what: string;
  url: string;
  /** What the answer must hold besides status 200; returns a problem in French, or undefined. */
  check?: (body: string) => string | undefined;
}

/** The first territory page listed by the sitemap, so that the check never names one by hand. */
function firstTerritory(sitemap: string, base: string): string | undefined {
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => m[1] as string)
    .find((url) => url.startsWith(`${base}territoires/`) && url !== `${base}territoires/`);
}

/** Checks a deployed site at `address` (its public URL with the base path: https://exemple.fr/atlas/). */
export async function checkDeployment(address: string, options: DeploymentCheckOptions = {}): Promise<DeploymentReport> {
  const get = options.fetch ?? fetch;
  const attempts = options.attempts ?? 6;
  const delayMs = options.delayMs ?? 10_000;
  const base = address.endsWith('/') ? address : `${address}/`;
  const lines: string[] = [];

  /** GET with retries while the answer is not 200; the last status or error otherwise. */
  const fetchText = async (url: string): Promise<{ status?: number; body: string; error?: string }> => {
    let last: { status?: number; body: string; error?: string } = { body: '' };
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await get(url, { redirect: 'follow' });
        last = { status: response.status, body: await response.text() };
        if (response.status === 200) return last;
      } catch (error) {
        // fetch() says « fetch failed »; its cause says why (ECONNREFUSED, ENOTFOUND, a certificate…).
        const { message, cause } = error as Error & { cause?: { message?: string } };
        last = { body: '', error: cause?.message ?? message };
      }
      if (attempt < attempts) await new Promise((done) => setTimeout(done, delayMs));
    }
    return last;
  };

  const probe = async ({ what, url, check }: Probe): Promise<string | undefined> => {
    const answer = await fetchText(url);
    const problem =
      answer.status === undefined
        ? `pas de réponse (${answer.error})`
        : answer.status !== 200
          ? `HTTP ${answer.status} (attendu 200)`
          : check?.(answer.body);
    lines.push(problem ? `✗ ${url} (${what}) : ${problem}` : `✓ 200 ${url} (${what})`);
    return problem === undefined ? answer.body : undefined;
  };

  const home = await probe({
    what: 'accueil',
    url: base,
    check: (body) =>
      body.includes(`<link rel="canonical" href="${base}">`)
        ? undefined
        : `la page ne porte pas le lien canonique ${base} : le site a-t-il été construit pour cette adresse (SITE_URL, BASE_PATH) ?`,
  });
  const index = await probe({
    what: 'index du sitemap',
    url: `${base}sitemap-index.xml`,
    check: (body) => (body.includes('<loc>') ? undefined : 'aucun <loc>'),
  });
  const sitemapUrl = index ? /<loc>([^<]+)<\/loc>/.exec(index)?.[1] : undefined;
  const sitemap = sitemapUrl ? await probe({ what: 'sitemap', url: sitemapUrl }) : undefined;
  const territory = sitemap ? firstTerritory(sitemap, base) : undefined;
  if (territory) await probe({ what: 'un territoire', url: territory });
  else lines.push(`✗ ${base}territoires/… (un territoire) : aucune page de territoire dans le sitemap`);
  await probe({
    what: 'index de la recherche',
    url: `${base}pagefind/pagefind-entry.json`,
    check: (body) => (/"languages"/.test(body) ? undefined : 'ce n’est pas l’index Pagefind attendu'),
  });
  await probe({ what: 'communes de la recherche', url: `${base}recherche/communes/index.json` });
  await probe({
    what: 'données ouvertes',
    url: `${base}donnees/resultats.csv`,
    check: (body) => (body.trim().split('\n').length > 1 ? undefined : 'fichier vide ou sans ligne de données'),
  });
  return { ok: home !== undefined && lines.every((line) => line.startsWith('✓')), lines };
}
