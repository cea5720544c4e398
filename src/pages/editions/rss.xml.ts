// The RSS feed of editions: one item per edition and one per correction of its results, newest first (src/lib/feeds/feeds.ts).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { correctionItems, editionItems, feedOptions } from '../../lib/feeds/feeds';
import { getSiteData } from '../../lib/site';

export async function GET(context: APIContext) {
  const { atlas } = await getSiteData();
  return rss(feedOptions('editions', [...editionItems(atlas), ...correctionItems(atlas)], context.site));
}
