// The configuration `npm run build` gives Astro (astro build --config …): the site's own, without the
// image files and `_headers` at the end, which the build script writes itself (scripts/build-site.ts).
import { atlasConfig } from '../../astro.config.mjs';

export default atlasConfig({ writeSiteFiles: false });
