// Reads a `_headers` file back (Netlify, Cloudflare Pages syntax) and answers which headers a host
// applying it sends for a URL path: what the static server of the tests and benches sends, so that
// they see what those hosts would. The file itself is written by src/lib/site-files/security-headers.ts.
import type { HeaderRule } from '../../src/lib/site-files/security-headers';

/** Reads a `_headers` file back into rules (used by the test server). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const current = rules.at(-1);
    if (!match || !current)
      throw new Error(`_headers, ligne ${index + 1} : « ${line.trim()} » n’est ni un chemin ni un en-tête « Nom: valeur ».`);
    current.headers[match[1] as string] = match[2] as string;
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a URL path ('*' matches anything, ':name' one segment). */
export function ruleMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/**
 * The headers a host applying these rules sends for a URL path, with the origin of each; a header
 * set by two rules is joined with ', ' as Cloudflare Pages does.
 */
export function headersForPath(rules: HeaderRule[], urlPath: string): { headers: Record<string, string>; from: Record<string, string[]> } {
  const headers: Record<string, string> = {};
  const from: Record<string, string[]> = {};
  for (const rule of rules.filter((r) => ruleMatches(r.path, urlPath))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
      from[name] = [...(from[name] ?? []), rule.path];
    }
  }
  return { headers, from };
}
