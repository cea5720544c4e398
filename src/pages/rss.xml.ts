// The site-wide RSS feed: editions and testimonials, newest first (src/lib/feeds/feeds.ts).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { editionItems, feedOptions, testimonialItems } from '../lib/feeds/feeds';
import { getSiteData } from '../lib/site';

export async function GET(context: APIContext) {
  const { atlas, testimonials } = await getSiteData();
  return rss(feedOptions('all', [...editionItems(atlas), ...testimonialItems(atlas, testimonials)], context.site));
}
