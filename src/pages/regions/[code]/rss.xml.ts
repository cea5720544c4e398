// The feed of one region's palmarès: an item per edition in which a body of the area has a result.
import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { frAreas } from '../../../i18n/fr';
import { areaPages, type AreaPageData } from '../../../lib/record/area-page';
import { areaFeedItems } from '../../../lib/record/areas';
import { getAreas, getSiteData } from '../../../lib/site';
import { paths, withBase } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const [{ atlas }, areas] = await Promise.all([getSiteData(), getAreas()]);
  return areaPages(areas, 'region', atlas).map((data) => ({ params: { code: data.area.code }, props: { data } }));
}) satisfies GetStaticPaths;

export function GET(context: APIContext<{ data: AreaPageData }>) {
  const { area, editions } = context.props.data;
  const label = area.kind === 'departement' ? `${area.name} (${area.code})` : area.name;
  const page = paths.area(area.kind, area.code);
  return rss({
    title: frAreas.feedTitle(label),
    description: frAreas.feedDescription(label),
    site: new URL(withBase(page), context.site).href,
    // The items' links end with a section's #anchor: given as full URLs, @astrojs/rss keeps them as they
    // are (it would add a slash after the anchor to a path), and the channel's link keeps its slash.
    items: areaFeedItems({ ...area, name: label }, editions, page).map((item) => ({
      ...item,
      link: new URL(withBase(item.link), context.site).href,
    })),
    customData: '<language>fr-FR</language>',
  });
}
