// Astro integration: the image files of the site (share images, badges, chart PNGs; see
// src/lib/images/site-images-fs.ts), which are not Astro routes.
// - `astro dev`: answers their addresses, rendering a PNG on request (through the cache).
// - `astro build` on its own: writes them once the pages are built, before `_headers` is written.
//   `npm run build` renders them while Astro builds and writes them itself: it turns this off
//   (astro.config.mjs, `writeSiteFiles: false`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirectory } from '../lib/content/content-dir';
import {
  planSiteImages,
  pruneImageCache,
  renderSiteImages,
  writeSiteImages,
  type PublicAddress,
  type SiteImages,
} from '../lib/images/site-images-fs';
import { imagesReport, pruneReport } from '../lib/images/image-report';
import { loadAtlasFromDisk } from '../lib/record/atlas-fs';

export function siteImages({ writeFiles }: { writeFiles: boolean }): AstroIntegration {
  let address: PublicAddress = { site: 'http://localhost:4321', base: '/' };
  let root = process.cwd();
  const plan = (): SiteImages => {
    const { atlas, reference } = loadAtlasFromDisk(root, contentDirectory());
    return planSiteImages(atlas, reference, address);
  };
  return {
    name: 'atlas:site-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        address = { site: config.site ?? address.site, base: config.base };
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        // Planned on the first image asked for, again after any change in the content folder.
        let planned: SiteImages | undefined;
        const content = path.resolve(root, contentDirectory());
        server.watcher.on('all', (_event, file) => {
          if (path.resolve(file).startsWith(content + path.sep)) planned = undefined;
        });
        const prefix = address.base.replace(/\/$/, '');
        server.middlewares.use((request, response, next) => {
          const url = (request.url ?? '').split('?')[0]!;
          if (!/\.(png|svg)$/.test(url) || !url.startsWith(`${prefix}/`)) return next();
          const sitePath = decodeURIComponent(url.slice(prefix.length));
          const send = (type: string, body: string | Buffer) => {
            response.setHeader('Content-Type', type);
            response.end(body);
          };
          try {
            planned ??= plan();
            const svg = planned.svgs.get(sitePath);
            if (svg !== undefined) return send('image/svg+xml', svg);
            const job = planned.pngs.get(sitePath);
            if (!job) return next();
            const images = { pngs: new Map([[sitePath, job]]), svgs: new Map() };
            renderSiteImages(images).then(
              ({ files }) => send('image/png', readFileSync(files.get(sitePath)!)),
              (error: unknown) => next(error),
            );
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!writeFiles) return;
        const rendered = await renderSiteImages(plan());
        logger.info(imagesReport(rendered.report, await writeSiteImages(fileURLToPath(dir), rendered)));
        const pruned = pruneReport(pruneImageCache(rendered));
        if (pruned) logger.info(pruned);
      },
    },
  };
}
