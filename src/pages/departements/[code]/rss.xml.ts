// The feed of one département's palmarès: an item per edition in which a body of the area has a result
// (areaFeedOptions, src/lib/feeds/feeds.ts).
import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { areaFeedOptions } from '../../../lib/feeds/feeds';
import type { AreaPageData } from '../../../lib/record/area-page';
import { getAreaPages } from '../../../lib/site';

export const getStaticPaths = (async () =>
  (await getAreaPages('departement')).map((data) => ({ params: { code: data.area.code }, props: { data } }))) satisfies GetStaticPaths;

export const GET = (context: APIContext<{ data: AreaPageData }>) => rss(areaFeedOptions(context.props.data, context.site));
