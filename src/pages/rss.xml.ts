// RSS feed: editions and testimonials, newest first.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { fr, formatDate } from '../i18n/fr';
import { getSiteData } from '../lib/site';
import { paths, withBase } from '../lib/urls';

export async function GET(context: APIContext) {
  const { atlas, testimonials } = await getSiteData();
  const editionItems = atlas.editions.map((e) => ({
    title: `Palmarès ${e.year} du label Territoire Numérique Libre`,
    link: withBase(paths.edition(e.year)),
    pubDate: new Date(`${e.announcedOn}T12:00:00Z`),
    description: `Résultats annoncés le ${formatDate(e.announcedOn)} (${e.event}, ${e.place}) : ${e.results.length} résultats connus.`,
  }));
  const testimonialItems = testimonials.map((t) => {
    const edition = atlas.editionByYear.get(t.data.edition)!;
    return {
      title: t.data.title,
      link: withBase(paths.testimonial(t.id)),
      pubDate: new Date(`${t.data.publishedOn ?? edition.announcedOn}T12:00:00Z`),
      description: t.data.summary,
    };
  });
  return rss({
    title: fr.siteName,
    description: fr.siteDescription,
    // The channel links to the home page, under the base path.
    site: new URL(withBase('/'), context.site).href,
    items: [...editionItems, ...testimonialItems].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    customData: '<language>fr-FR</language>',
  });
}
