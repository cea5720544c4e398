import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headerRules,
  headersForPath,
  metaContentSecurityPolicy,
  nginxSnippet,
  parseHeadersFile,
  renderHeadersFile,
  ruleMatches,
} from './security-headers';

const FILES = [
  'index.html',
  '404.html',
  'favicon.svg',
  '_astro/Base.abc.css',
  '_astro/map.def.js',
  'editions/index.html',
  'editions/2022/index.html',
  'carte/index.html',
  'carte/carte.geojson',
  'carte/embed/index.html',
  'carte/liste/index.html',
  'pagefind/pagefind.js',
];

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the site, never inline, with WebAssembly for the search', () => {
    const policy = contentSecurityPolicy(false);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(policy.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
    expect(policy).toMatch(/default-src 'none'/);
  });

  it('forbids framing except for embeddable pages, which anyone may frame', () => {
    expect(contentSecurityPolicy(false)).toMatch(/frame-ancestors 'none'$/);
    expect(contentSecurityPolicy(true)).toMatch(/frame-ancestors \*$/);
  });

  it('leaves frame-ancestors out of the <meta> version, where browsers ignore it', () => {
    expect(metaContentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy(false).startsWith(metaContentSecurityPolicy())).toBe(true);
  });
});

describe('headerRules', () => {
  it('puts common headers on one catch-all rule and page policies on top-level folders', () => {
    const paths = headerRules('/', FILES).map((rule) => rule.path);
    expect(paths).toEqual([
      '/*',
      '/',
      '/404.html',
      '/carte/',
      '/carte/embed/*',
      '/carte/index.html',
      '/carte/liste/*',
      '/editions/*',
      '/index.html',
    ]);
  });

  it('prefixes every rule with the base path', () => {
    const paths = headerRules('/atlas', FILES).map((rule) => rule.path);
    expect(paths[0]).toBe('/atlas/*');
    expect(paths).toContain('/atlas/');
    expect(paths).toContain('/atlas/carte/embed/*');
    expect(paths.every((path) => path.startsWith('/atlas/'))).toBe(true);
  });

  it('lets only the embeddable pages be framed', () => {
    const rules = headerRules('/', FILES);
    const embed = headersForPath(rules, '/carte/embed/').headers;
    expect(embed['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(embed['X-Frame-Options']).toBeUndefined();
    for (const path of ['/', '/carte/', '/carte/liste/', '/editions/2022/', '/404.html']) {
      const { headers } = headersForPath(rules, path);
      expect(headers['Content-Security-Policy'], path).toMatch(/frame-ancestors 'none'$/);
      expect(headers['X-Frame-Options'], path).toBe('DENY');
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
    }
  });

  it('never sets one header from two rules for the same page', () => {
    const rules = headerRules('/atlas/', FILES);
    for (const file of FILES.filter((f) => f.endsWith('.html'))) {
      const { from } = headersForPath(rules, `/atlas/${file.replace(/index\.html$/, '')}`);
      for (const [name, origins] of Object.entries(from)) expect(origins, `${file} ${name}`).toHaveLength(1);
    }
  });
});

describe('the _headers file', () => {
  it('reads back what it writes', () => {
    const rules = headerRules('/atlas/', FILES);
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
  });

  it('says which line is wrong', () => {
    expect(() => parseHeadersFile('/*\n  pas un en-tête\n')).toThrow('_headers, ligne 2 : « pas un en-tête »');
  });
});

describe('ruleMatches', () => {
  it('matches splats and placeholders like Netlify and Cloudflare Pages', () => {
    expect(ruleMatches('/*', '/')).toBe(true);
    expect(ruleMatches('/editions/*', '/editions/')).toBe(true);
    expect(ruleMatches('/editions/*', '/editions/2022/')).toBe(true);
    expect(ruleMatches('/editions/*', '/editions-old/')).toBe(false);
    expect(ruleMatches('/', '/a-propos/')).toBe(false);
    expect(ruleMatches('/territoires/:slug/', '/territoires/lyon/')).toBe(true);
    expect(ruleMatches('/404.html', '/404xhtml')).toBe(false);
  });
});

describe('nginxSnippet', () => {
  it('sends the same policy, with framing allowed only under the embeddable paths of the base', () => {
    const snippet = nginxSnippet('/atlas/');
    expect(snippet).toContain('~^/atlas/carte/embed/ "*";');
    expect(snippet).toContain(
      `add_header Content-Security-Policy "${metaContentSecurityPolicy()}; frame-ancestors $atlas_frame_ancestors" always;`,
    );
    expect(snippet).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(snippet).toContain('error_page 404 /atlas/404.html;');
  });
});
