// The RSS feed of testimonials: one item per published testimonial, newest first (src/lib/feeds/feeds.ts).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedOptions, testimonialItems } from '../../lib/feeds/feeds';
import { getSiteData } from '../../lib/site';

export async function GET(context: APIContext) {
  const { atlas, testimonials } = await getSiteData();
  return rss(feedOptions('testimonials', testimonialItems(atlas, testimonials), context.site));
}
