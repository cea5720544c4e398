// The RSS feeds of the site: one for every update (/rss.xml) and one per kind of update (editions,
// testimonials), each announced on the pages it belongs to (<link rel="alternate">, FeedLinks.astro).
// Pure: items come from the atlas and the published testimonials; @astrojs/rss writes the XML.
import { formatDate, fr, frAreas, frCorrections, frKnown } from '../../i18n/fr';
import type { AreaPageData } from '../record/area-page';
import { areaFeedItems } from '../record/areas';
import { allCorrections, type Atlas } from '../record/atlas';
import { paths, withBase } from '../urls';

/** The feeds, by kind of update. */
export type FeedKind = 'all' | 'editions' | 'testimonials';

export interface Feed {
  /** Site path without the base. */
  path: string;
  /** The page the feed belongs to (its channel's link), without the base. */
  page: string;
  title: string;
  description: string;
}

export const FEEDS: Record<FeedKind, Feed> = {
  all: { path: '/rss.xml', page: paths.home(), title: fr.siteName, description: fr.siteDescription },
  editions: {
    path: '/editions/rss.xml',
    page: paths.editions(),
    title: `Éditions · ${fr.siteShortName}`,
    description:
      'Chaque édition du label Territoire Numérique Libre : date, événement et palmarès connu, à mesure que l’atlas les publie ; et chaque correction d’un résultat publié.',
  },
  testimonials: {
    path: '/temoignages/rss.xml',
    page: paths.testimonials(),
    title: `Témoignages · ${fr.siteShortName}`,
    description: 'Ce que disent les collectivités labellisées de leur démarche, résumé par l’atlas avec le lien vers chaque source.',
  },
};

/** The name of a feed in its autodiscovery link: « Éditions · Atlas TNL (RSS) ». */
export const feedLinkTitle = (kind: FeedKind) => `${FEEDS[kind].title} (RSS)`;

export interface FeedItem {
  title: string;
  /** Site path with the base. */
  link: string;
  pubDate: Date;
  description: string;
}

/** Noon UTC of a date: the same day in every time zone of France, mainland and overseas. */
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** One item per edition, dated by the announcement of its results. */
export function editionItems(atlas: Atlas, base?: string): FeedItem[] {
  return atlas.editions.map((e) => ({
    title: `Palmarès ${e.year} du label Territoire Numérique Libre`,
    link: withBase(paths.edition(e.year), base),
    pubDate: noon(e.announcedOn),
    description: `Résultats annoncés le ${formatDate(e.announcedOn)} (${e.event}, ${e.place}) : ${frKnown.edition(e.knowledge)}${e.knowledge.status === 'complete' ? '' : ` ; ${frKnown.status[e.knowledge.status]}`}.`,
  }));
}

/**
 * One item per correction of a published result, dated by the correction: a reader who followed the
 * edition sees the change as a new item. Its link (the feed's guid) is the correction's anchor on
 * the territory's page, never the edition's, whose item stays as it was announced.
 */
export function correctionItems(atlas: Atlas, base?: string): FeedItem[] {
  return allCorrections(atlas).map((c) => ({
    title: frCorrections.itemTitle(c),
    link: `${withBase(paths.territory(c.territory.slug), base)}#${c.id}`,
    pubDate: noon(c.correctedOn),
    description: `${frCorrections.heading(c)} : ${frCorrections.change(c)}. ${frCorrections.reason} : ${c.reason} (${fr.source.toLowerCase()} : ${c.source})`,
  }));
}

/** What a feed needs of a testimonial (a published entry of the collection). */
export interface TestimonialEntry {
  id: string;
  data: { title: string; summary: string; edition: number; publishedOn?: string };
}

/** One item per published testimonial, dated by its source, or else by its edition's announcement. */
export function testimonialItems(atlas: Atlas, testimonials: readonly TestimonialEntry[], base?: string): FeedItem[] {
  return testimonials.flatMap((t) => {
    const edition = atlas.editionByYear.get(t.data.edition);
    if (!edition) return [];
    return [
      {
        title: t.data.title,
        link: withBase(paths.testimonial(t.id), base),
        pubDate: noon(t.data.publishedOn ?? edition.announcedOn),
        description: t.data.summary,
      },
    ];
  });
}

/** Newest first; items of the same day in title order, so that two builds give the same feed. */
export function newestFirst(items: FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

/**
 * The channel's language and its own address (atom:link rel="self", which the W3C feed validator
 * asks for: a reader that got the feed elsewhere knows where to fetch it again).
 */
function channelData(feedUrl: string) {
  return {
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>fr-FR</language><atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What @astrojs/rss needs to write a feed: its channel (linking to the page it belongs to) and items. */
export function feedOptions(kind: FeedKind, items: FeedItem[], site: URL | undefined, base?: string) {
  const feed = FEEDS[kind];
  const channel = new URL(withBase(feed.page, base), site);
  return {
    title: feed.title,
    description: feed.description,
    // The channel's link, under the base path; items' links are absolute paths, resolved against it.
    site: channel.href,
    // A link to an #anchor (a correction) goes as a full URL: @astrojs/rss would add a slash after the anchor of a path.
    items: newestFirst(items).map((item) => (item.link.includes('#') ? { ...item, link: new URL(item.link, channel).href } : item)),
    ...channelData(new URL(withBase(feed.path, base), site).href),
  };
}

/**
 * What @astrojs/rss needs to write the feed of a région's or a département's palmarès. The items'
 * links end with a section's #anchor: given as full URLs, @astrojs/rss keeps them as they are (it
 * would add a slash after the anchor to a path), and the channel's link keeps its slash.
 */
export function areaFeedOptions({ area, editions }: AreaPageData, site: URL | undefined, base?: string) {
  const label = area.kind === 'departement' ? `${area.name} (${area.code})` : area.name;
  const page = paths.area(area.kind, area.code);
  return {
    title: frAreas.feedTitle(label),
    description: frAreas.feedDescription(label),
    site: new URL(withBase(page, base), site).href,
    items: areaFeedItems({ ...area, name: label }, editions, page).map((item) => ({
      ...item,
      link: new URL(withBase(item.link, base), site).href,
    })),
    ...channelData(new URL(withBase(paths.areaFeed(area.kind, area.code), base), site).href),
  };
}
