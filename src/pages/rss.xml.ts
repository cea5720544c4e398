// The site-wide RSS feed: editions, corrections and testimonials, newest first (src/lib/feeds/feeds.ts).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { correctionItems, editionItems, feedOptions, testimonialItems } from '../lib/feeds/feeds';
import { getSiteData } from '../lib/site';

export async function GET(context: APIContext) {
  const { atlas, testimonials } = await getSiteData();
  return rss(
    feedOptions('all', [...editionItems(atlas), ...correctionItems(atlas), ...testimonialItems(atlas, testimonials)], context.site),
  );
}
