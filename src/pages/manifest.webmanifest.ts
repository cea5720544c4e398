// The web manifest: French name, icons and theme colour (src/lib/site-files/web-manifest.ts).
import { fr } from '../i18n/fr';
import { webManifest } from '../lib/site-files/web-manifest';

export function GET() {
  const manifest = webManifest(
    { name: fr.siteName, shortName: fr.siteShortName, description: fr.siteDescription },
    import.meta.env.BASE_URL,
  );
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
}
