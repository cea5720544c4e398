// Static checks of every page of the built site (DIST_DIR, default dist/; no browser): valid HTML
// (html-validate on every page, the Nu Html Checker on every route type),
// links and anchors that resolve, metadata, no inline script or style, robots.txt and sitemap,
// security headers for every page; and one page for every file of the content folder (CONTENT_DIR).
// SITE_URL and BASE_PATH name the address the site was built for, as for the build: `npm run
// check:site -- <dossier> --site … --base …` runs this file on any build (the CI's deployed one).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../scripts/lib/headers-file-reader';
import { metaContentSecurityPolicy } from '../../src/lib/site-files/security-headers';
import { contentFiles } from '../support/content-yaml';
import { nuErrors } from '../support/nu-checker';
import { htmlElements } from '../support/html';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { PAGES_PER_ROUTE, SAMPLE_THRESHOLD, pageRoutes, routeFor, samplePages } from '../support/route-types';
import {
  gluedSentenceProblems,
  htmlProblems,
  inlineScriptProblems,
  inlineStyleProblems,
  isCheckedElement,
  linkProblems,
  loadSite,
  reachableFrom,
  metadataProblems,
  siteOrigin,
  sitemapProblems,
  type BuiltSite,
} from '../support/site-checks';

/** The address the site was built for: the build's own defaults (astro.config.mjs) when unset. */
const expectedSite = new URL(process.env.SITE_URL || 'http://localhost:4321').origin;
const expectedBase = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

let site: BuiltSite;
beforeAll(() => {
  requireDist();
  site = loadSite(distDir, expectedBase, { keep: isCheckedElement });
  // Every check below reads every page's elements: parsed here once (within the hook's 120 s), so
  // that each test's own time is the check's (a 10,000-territory site has 10,500 pages).
  const started = performance.now();
  for (const page of site.pages) void page.elements;
  console.log(`${site.pages.length} pages lues et analysées en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
});

describe('every page of dist/', () => {
  it('includes a page for every edition, territory, testimonial and editorial page of the content folder', () => {
    const expected = [
      ...contentFiles('editions').map((id) => `/editions/${id}/`),
      ...contentFiles('territories').map((id) => `/territoires/${id}/`),
      ...contentFiles('testimonials').map((id) => `/temoignages/${id}/`),
      ...contentFiles('pages').map((id) => `/${id}/`),
    ];
    const built = new Set(site.pages.map((page) => page.sitePath));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((sitePath) => !built.has(sitePath))).toEqual([]);
  });

  it('reaches every territory’s page from /territoires/ by links alone, through the directory’s pages only (no JavaScript)', () => {
    const directory = (sitePath: string) => sitePath === '/territoires/' || sitePath.startsWith('/territoires/a-z/');
    const reached = reachableFrom(site, '/territoires/', directory);
    const territories = contentFiles('territories');
    expect(territories.length).toBeGreaterThan(0);
    expect(territories.filter((id) => !reached.has(`/territoires/${id}/`))).toEqual([]);
  });

  // html-validate costs about 50 ms a page: every page up to SAMPLE_THRESHOLD pages (331 pages of
  // the real site: 15 to 25 s on a loaded 2-core machine); beyond, a sample covering every route type.
  it(`is valid HTML (html-validate, rules in .htmlvalidate.json): every page up to ${SAMPLE_THRESHOLD} pages, beyond every page of a route without parameters and ${PAGES_PER_ROUTE} of each templated route plus its largest`, () => {
    const routes = pageRoutes();
    const sample = samplePages(site.pages, routes);
    const unrouted = site.pages.filter((page) => !routeFor(page.sitePath, routes)).map((page) => page.file);
    console.log(`html-validate : ${sample.length} pages sur ${site.pages.length}.`);
    expect(unrouted).toEqual([]);
    expect(htmlProblems({ ...site, pages: sample })).toEqual([]);
  }, 90_000);

  // The Nu Html Checker (the W3C validator) parses as browsers do, where html-validate reads each
  // element: it saw /recherche/'s script after </html>, which html-validate accepted. One Java run
  // of 20 to 40 s: every page of a route without parameters, the first, last and largest of the others.
  it('is valid HTML for the Nu Html Checker: every route type', () => {
    const sample = samplePages(site.pages, pageRoutes(), { threshold: 0, perRoute: 2 });
    console.log(`Nu Html Checker : ${sample.length} pages sur ${site.pages.length}.`);
    const errors = nuErrors(sample.map((page) => path.join(distDir, page.file)));
    expect(errors.map((e) => `${path.relative(distDir, e.file)}:${e.line ?? '?'} ${e.message} (${e.extract ?? ''})`)).toEqual([]);
  }, 180_000);

  it('links only to files and #anchors that exist, and loads nothing from another origin', () => {
    expect(linkProblems(site)).toEqual([]);
  });

  it('was built for the address it is checked for (SITE_URL, BASE_PATH)', () => {
    const home = site.pages.find((page) => page.sitePath === '/');
    const canonical = home?.elements.find((e) => e.tag === 'link' && e.attrs.rel === 'canonical')?.attrs.href;
    expect({ origin: siteOrigin(site), home: canonical }).toEqual({ origin: expectedSite, home: `${expectedSite}${expectedBase}` });
  });

  it('has lang="fr", a unique title, a description, its canonical URL and Open Graph tags', () => {
    expect(metadataProblems(site)).toEqual([]);
  });

  it('never glues a sentence to the next one (« retrouvé.Une ») nor a word to a link or a code (« la clé<code>annee</code> »)', () => {
    expect(gluedSentenceProblems(site)).toEqual([]);
  });

  it('runs no inline script (the Content-Security-Policy would block it)', () => {
    expect(inlineScriptProblems(site)).toEqual([]);
  });

  it('has no style attribute and no <style> element (style-src allows stylesheets only as files)', () => {
    expect(inlineStyleProblems(site)).toEqual([]);
  });

  it('carries the Content-Security-Policy in a <meta> tag too, for hosts that ignore _headers', () => {
    const policy = metaContentSecurityPolicy();
    const missing = site.pages.filter(
      (page) =>
        !page.elements.some((e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy' && e.attrs.content === policy),
    );
    expect(missing.map((page) => page.file)).toEqual([]);
  });

  it('is listed in the sitemap announced by robots.txt (unless not to be indexed); the RSS feed links to real pages', () => {
    expect(sitemapProblems(site)).toEqual([]);
  });
});

describe('the inline script check', () => {
  const siteOf = (body: string): BuiltSite => {
    const html = `<!doctype html><html lang="fr"><head><title>t</title></head><body>\n${body}\n</body></html>`;
    return { root: '/', base: '/', pages: [{ file: 'page.html', sitePath: '/page.html', html, elements: htmlElements(html) }] };
  };

  it('lets JSON-LD through, the one kind of data script a page may hold', () => {
    expect(inlineScriptProblems(siteOf('<script type="application/ld+json">{"@type":"Dataset"}</script>'))).toEqual([]);
    expect(inlineScriptProblems(siteOf('<script type="module" src="/_astro/x.js"></script>'))).toEqual([]);
  });

  it('still refuses a real inline script, whatever its type says', () => {
    expect(inlineScriptProblems(siteOf('<script>alert(1)</script>'))).toEqual([
      'page.html:2 : <script> en ligne (interdit par la CSP ; Astro doit l’émettre en fichier) : « alert(1) ».',
    ]);
    expect(inlineScriptProblems(siteOf('<script type="module">alert(1)</script>'))).toHaveLength(1);
    expect(inlineScriptProblems(siteOf('<script type="application/json+ld">alert(1)</script>'))).toHaveLength(1);
    expect(inlineScriptProblems(siteOf('<button onclick="alert(1)">x</button>'))).toEqual([
      'page.html:2 : attribut onclick sur <button> (interdit par la CSP).',
    ]);
  });

  it('refuses JSON-LD that does not parse', () => {
    expect(inlineScriptProblems(siteOf('<script type="application/ld+json">{"@type": Dataset}</script>'))).toEqual([
      'page.html:2 : <script type="application/ld+json"> dont le contenu n’est pas du JSON valide.',
    ]);
  });
});

describe('dist/_headers', () => {
  it('gives every page its Content-Security-Policy and frame rule, each header from one rule only', () => {
    const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
    const problems = site.pages.flatMap(({ file, sitePath }) => {
      const { headers, from } = headersForPath(rules, `${site.base}${sitePath.slice(1)}`);
      const found: string[] = [];
      for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'])
        if (!headers[name]) found.push(`${file} : pas d’en-tête ${name}.`);
      const embeddable = sitePath.startsWith('/carte/embed/');
      if (!embeddable && headers['X-Frame-Options'] !== 'DENY') found.push(`${file} : X-Frame-Options n’est pas DENY.`);
      if (!new RegExp(`frame-ancestors ${embeddable ? '\\*' : "'none'"}$`).test(headers['Content-Security-Policy'] ?? ''))
        found.push(`${file} : frame-ancestors inattendu dans « ${headers['Content-Security-Policy']} ».`);
      for (const [name, origins] of Object.entries(from))
        if (origins.length > 1) found.push(`${file} : ${name} posé par ${origins.length} règles (${origins.join(', ')}).`);
      return found;
    });
    expect(problems).toEqual([]);
    // Cloudflare Pages reads at most 100 rules.
    expect(rules.length).toBeLessThanOrEqual(100);
  });

  it('never allows inline scripts', () => {
    const policies = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8')).flatMap((rule) =>
      Object.entries(rule.headers).filter(([name]) => name === 'Content-Security-Policy'),
    );
    expect(policies.length).toBeGreaterThan(0);
    for (const [, policy] of policies)
      expect(policy.match(/script-src[^;]*/)?.[0]).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|\s\*(\s|$)/);
  });

  it('never allows inline styles, in the headers nor in the <meta> policy', () => {
    const text = readFileSync(path.join(distDir, '_headers'), 'utf8');
    expect(text).toContain("style-src 'self';");
    expect(text).not.toContain('unsafe-inline');
    expect(site.pages.filter((page) => page.html.includes('unsafe-inline')).map((page) => page.file)).toEqual([]);
  });
});

describe('the glued text check', () => {
  const siteOf = (body: string): BuiltSite => {
    const html = `<!doctype html><html lang="fr"><body>\n${body}\n</body></html>`;
    return { root: '/', base: '/', pages: [{ file: 'donnees/index.html', sitePath: '/donnees/', html, elements: [] }] };
  };

  it('finds a capital right after a full stop, across inline tags, and names the page, the line and the words', () => {
    expect(
      gluedSentenceProblems(siteOf('<p>Son résultat peut ne pas avoir été retrouvé.<span>Une valeur vide (ou null)</span></p>')),
    ).toEqual([
      'donnees/index.html:2 : texte collé après la fin d’une phrase, sans espace : « peut ne pas avoir été retrouvé.Une valeur vide (ou ».',
    ]);
    expect(gluedSentenceProblems(siteOf('<p>Voir la carte.<a href="/">Puis</a></p><p>Quoi ?<strong>Rien</strong></p>'))).toHaveLength(2);
  });

  it('finds a word glued to a link, a code or an emphasis, on either side', () => {
    expect(gluedSentenceProblems(siteOf('<p>la spécification<a href="https://x.org/" rel="external">Frictionless</a></p>'))).toEqual([
      'donnees/index.html:2 : mot collé à un élément, sans espace : « la spécificationFrictionless ».',
    ]);
    expect(gluedSentenceProblems(siteOf('<p>dans <code>territoires.json</code>avec une position</p>'))).toHaveLength(1);
  });

  it('accepts a space, a new block, punctuation, a domain name, a break opportunity and text that is not prose', () => {
    const fine = [
      '<p>retrouvé. Une valeur</p>',
      '<p>retrouvé.</p><p>Une valeur</p>',
      '<li>retrouvé.</li>\n<li>Une valeur</li>',
      '<p>retrouvé.<br>Une valeur</p>',
      '<p>territoire-numerique-libre.org et resultats.csv, 2.0.</p>',
      '<p>la clé <code>annee</code>, l’<a href="/">édition</a> (<code>2A004</code>).</p>',
      '<p><code>resultats-<wbr>tableur.csv</code> <a class="Base.Css" href="/x.Html">x</a></p>',
      '<p><a class="button" href="/recherche/">Mon territoire est-il labellisé ?</a><a class="button" href="/editions/2025/">Palmarès 2025</a></p>',
      '<script type="application/ld+json">{"a": "fin.Une"}</script>',
      '<pre><code>pd.DataFrame()</code></pre>',
      '<textarea>alt="fin.Une"</textarea>',
      '<svg><text>fin.Une</text></svg>',
    ];
    expect(fine.flatMap((body) => gluedSentenceProblems(siteOf(body)))).toEqual([]);
  });
});

describe('the inline style check', () => {
  it('names the file, the line and the element of a style attribute or a <style> element', () => {
    const html =
      '<!doctype html><html lang="fr"><body>\n<p style="color: red">x</p>\n<svg><style>path{fill:red}</style></svg></body></html>';
    const page = { file: 'essai/index.html', sitePath: '/essai/', html, elements: htmlElements(html) };
    expect(inlineStyleProblems({ root: '', base: '/', pages: [page] })).toEqual([
      'essai/index.html:2 : attribut style="color: red" sur <p> (interdit par la CSP ; utilisez une classe).',
      'essai/index.html:3 : élément <style> en ligne (interdit par la CSP ; mettez ces règles dans une feuille de style du site).',
    ]);
  });
});

describe('the directory reachability check', () => {
  const pageOf = (sitePath: string, links: string[]) => {
    const html = `<!doctype html><html lang="fr"><body>${links.map((href) => `<a href="${href}">x</a>`).join('')}</body></html>`;
    return { file: `${sitePath.slice(1)}index.html`, sitePath, html, elements: htmlElements(html) };
  };
  const site: BuiltSite = {
    root: '/',
    base: '/',
    pages: [
      pageOf('/territoires/', ['/territoires/a-z/1/', '/territoires/abbeville/']),
      pageOf('/territoires/a-z/1/', ['/territoires/boe/', '/carte/']),
      pageOf('/territoires/boe/', ['/territoires/lyon/']),
      pageOf('/carte/', ['/territoires/paris/']),
    ],
  };
  const directory = (sitePath: string) => sitePath === '/territoires/' || sitePath.startsWith('/territoires/a-z/');

  it('follows the directory’s pages, not the links of the pages they lead to', () => {
    expect([...reachableFrom(site, '/territoires/', directory)].sort()).toEqual([
      '/carte/',
      '/territoires/',
      '/territoires/a-z/1/',
      '/territoires/abbeville/',
      '/territoires/boe/',
    ]);
  });
});
