// The RSS feed of editions: one item per edition, newest first (src/lib/feeds/feeds.ts).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { editionItems, feedOptions } from '../../lib/feeds/feeds';
import { getSiteData } from '../../lib/site';

export async function GET(context: APIContext) {
  const { atlas } = await getSiteData();
  return rss(feedOptions('editions', editionItems(atlas), context.site));
}
