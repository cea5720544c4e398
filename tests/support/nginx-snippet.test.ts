import { describe, expect, it } from 'vitest';
import { nginxContentType, nginxHeaders, parseNginxSnippet } from './nginx-snippet';

const SNIPPET = `# 1. http
map $uri $frame {
  default "'none'";
  "~^/carte/embed/" "*";
}
map $uri $xfo {
  default "DENY";
  "~^/carte/embed/" "";
}
types {
  text/csv csv;
}
server {
  listen 80;
  return 301 https://$host$request_uri;
}
# 3. server
charset utf-8;
charset_types text/csv application/json;
add_header Content-Security-Policy "default-src 'none'; frame-ancestors $frame" always;
add_header X-Frame-Options $xfo always;
error_page 404 /404.html;
`;

describe('parseNginxSnippet', () => {
  it('reads maps, types, headers, charset, the 404 page and the redirect', () => {
    const snippet = parseNginxSnippet(SNIPPET);
    expect(snippet.maps.map((m) => m.variable)).toEqual(['frame', 'xfo']);
    expect(snippet.types).toEqual({ csv: 'text/csv' });
    expect(snippet.headers.map((h) => `${h.name} ${h.always}`)).toEqual(['Content-Security-Policy true', 'X-Frame-Options true']);
    expect(snippet.notFoundPage).toBe('/404.html');
    expect(snippet.redirect).toEqual({ status: 301, target: 'https://$host$request_uri' });
  });

  it('says what is wrong with a snippet it cannot read', () => {
    expect(() => parseNginxSnippet('add_header X "y" always')).toThrow('Extrait nginx : « add_header X y always » ne finit pas par « ; ».');
    expect(() => parseNginxSnippet('map $uri $x {\n  default "";\n')).toThrow('Extrait nginx : un bloc n’est pas fermé (« } » manquant).');
    expect(() => parseNginxSnippet('map $host $x { default ""; }')).toThrow(
      'Extrait nginx : « map $host $x » attendu sous la forme « map $uri $variable { … } ».',
    );
  });
});

describe('nginxHeaders', () => {
  it('expands the map variables of a URI and leaves out headers whose value is empty', () => {
    const snippet = parseNginxSnippet(SNIPPET);
    expect(nginxHeaders(snippet, '/editions/')).toEqual({
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    });
    expect(nginxHeaders(snippet, '/carte/embed/index.html')).toEqual({
      'Content-Security-Policy': "default-src 'none'; frame-ancestors *",
    });
  });

  it('refuses a variable that no map defines', () => {
    const snippet = parseNginxSnippet('add_header X-Test $nowhere always;');
    expect(() => nginxHeaders(snippet, '/')).toThrow(
      'Extrait nginx : la variable $nowhere de l’en-tête X-Test n’est définie par aucun map.',
    );
  });
});

describe('nginxContentType', () => {
  it('adds the charset to HTML and to the listed types only', () => {
    const snippet = parseNginxSnippet(SNIPPET);
    expect(nginxContentType(snippet, '/donnees/resultats.csv')).toBe('text/csv; charset=utf-8');
    expect(nginxContentType(snippet, '/donnees/resultats.json')).toBe('application/json; charset=utf-8');
    expect(nginxContentType(snippet, '/index.html')).toBe('text/html; charset=utf-8');
    expect(nginxContentType(snippet, '/favicon.png')).toBe('image/png');
    expect(nginxContentType(snippet, '/pagefind/wasm.fr.pagefind')).toBe('application/octet-stream');
  });

  it('sends no charset when the snippet sets none (the CSV of the issue: text/plain, no charset)', () => {
    expect(nginxContentType(parseNginxSnippet('add_header X "y";'), '/donnees/resultats.csv', { csv: 'text/plain' })).toBe('text/plain');
  });
});
