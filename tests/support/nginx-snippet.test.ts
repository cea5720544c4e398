import { describe, expect, it } from 'vitest';
import { extractNginxSnippet, nginxTestConfig } from './nginx-snippet';

const SNIPPET = `# 1. http
map $uri $frame {
  default "'none'";
}
server {
  listen 80;
  listen [::]:80;
  return 301 https://$host$request_uri;
}
# 3. server
charset utf-8;
gzip_static on;
# brotli_static on;
`;

const options = { snippet: SNIPPET, serverPart: '# 3. server', root: '/srv/dist', port: 8080, redirectPort: 8081 };

describe('extractNginxSnippet', () => {
  it('takes the one nginx block of a guide, and refuses a guide with none or two', () => {
    expect(extractNginxSnippet('Texte\n```nginx\ngzip on;\n```\nFin')).toBe('gzip on;');
    expect(() => extractNginxSnippet('```nginx\na;\n```\n```nginx\nb;\n```')).toThrow(
      'Guide de déploiement : 2 blocs ```nginx trouvés, il en faut exactement un.',
    );
  });
});

describe('nginxTestConfig', () => {
  it('runs the workers as www-data when root starts nginx, as Debian’s nginx.conf does', () => {
    const config = nginxTestConfig({ ...options, asRoot: true });
    expect(config.split('\n')[0]).toBe('user www-data;');
    expect(nginxTestConfig({ ...options, asRoot: false })).not.toContain('user ');
  });

  it('puts the first parts in http { } with the redirect on 127.0.0.1, the last in a server serving the root', () => {
    const config = nginxTestConfig({ ...options, asRoot: false });
    expect(config).toContain('  server {\n    listen 127.0.0.1:8081;\n    return 301 https://$host$request_uri;\n  }');
    expect(config).toContain(
      '    listen 127.0.0.1:8080;\n    server_name localhost;\n    root "/srv/dist";\n    # 3. server\n    charset utf-8;',
    );
    expect(config).not.toContain('[::]');
  });

  it('loads the Brotli module and enables the line the guide says to uncomment', () => {
    const config = nginxTestConfig({ ...options, asRoot: true, brotliModule: '/usr/lib/nginx/modules/brotli.so' });
    expect(config.split('\n').slice(0, 2)).toEqual(['load_module "/usr/lib/nginx/modules/brotli.so";', 'user www-data;']);
    expect(config).toContain('\n    brotli_static on;');
    expect(config).not.toContain('# brotli_static');
  });
});
