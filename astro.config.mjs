// Static build; the public URL and base path come from the environment so that the same
// build works at a domain root or under a sub-path (SITE_URL, BASE_PATH).
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, passthroughImageService } from 'astro/config';
import { securityHeaders } from './src/integrations/headers-integration-fs.ts';
import { siteImages } from './src/integrations/images-integration-fs.ts';
import { contentMdxGuard } from './src/lib/content/mdx.ts';
import { lastModified } from './src/lib/record/page-dates-fs.ts';
import { resolveLookColours } from './src/lib/look.ts';

/**
 * The stylesheets' colours: `look(colour.primary)` becomes the colour of src/lib/look.ts, in every
 * stylesheet and <style> block; a name the look does not have stops the build at its line.
 */
const lookColours = {
  postcssPlugin: 'look-colours',
  /** @param {import('postcss').Declaration} declaration */
  Declaration(declaration) {
    if (!declaration.value.includes('look(')) return;
    try {
      declaration.value = resolveLookColours(declaration.value);
    } catch (error) {
      throw declaration.error(error instanceof Error ? error.message : String(error));
    }
  },
};

const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
/** The base path with a slash at both ends, as page addresses start with it. */
const basePrefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * The site's configuration. `writeSiteFiles`: whether Astro's build writes the image files and
 * `_headers` after the pages (a plain `astro build`); `npm run build` builds with it off
 * (scripts/build/astro-pages.config.mjs) because it renders the images while Astro builds the pages
 * and writes `_headers` last, once Pagefind's index is there too.
 */
export function atlasConfig({ writeSiteFiles = true } = {}) {
  return defineConfig({
    site,
    base,
    trailingSlash: 'always',
    output: 'static',
    // Several pages at a time: while one page's file is written, the next is rendered (one at a time,
    // the build waited on the file system for ~40 % of its page generation).
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
    image: { service: passthroughImageService() },
    // Content MDX is plain Markdown: no imports, expressions, HTML or JSX tags, nor javascript: links
    // (the same rules as check:content). The embeddable map is noindex: it has no place in the sitemap.
    integrations: [
      mdx({ processor: satteri({ mdastPlugins: [contentMdxGuard] }) }),
      sitemap({
        filter: (page) => !page.includes('/carte/embed/'),
        // <lastmod>: the date each page last changed, as the content says (src/lib/record/page-dates.ts).
        serialize: (item) => ({ ...item, lastmod: lastModified(`/${new URL(item.url).pathname.slice(basePrefix.length)}`) }),
      }),
      // The image files first: _headers is written from every file of the built site.
      siteImages({ writeFiles: writeSiteFiles }),
      securityHeaders({ writeFile: writeSiteFiles }),
    ],
    vite: {
      build: {
        // Never inline scripts (nor other assets) into pages: the Content-Security-Policy allows only
        // script files of the site (src/lib/site-files/security-headers.ts).
        assetsInlineLimit: 0,
        rolldownOptions: {
          // Astro marks every MDX module « use astro:head-inject » and handles the directive itself;
          // the bundler warns once per MDX file that it may not keep it (17 identical warnings a build,
          // which hid the build's real messages). Every other warning is shown.
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
            warn(warning);
          },
        },
      },
      css: { postcss: { plugins: [lookColours] } },
    },
    devToolbar: { enabled: false },
    // A separate cache for builds of another content folder (CONTENT_DIR), so they never share state with the main build.
    ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  });
}

export default atlasConfig();
