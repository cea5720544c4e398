// Every image the build publishes, planned in one pass over the atlas: the share image (Open Graph,
// 1200 × 630 PNG) of the home page, each edition, territory, région and département, and each
// territory's badges (SVG and PNG per edition with a result, and the current one). Pages read their
// image's address and alt text from the plan; site-images-fs.ts writes the files (PNGs through the cache of png-fs.ts).
import { fr, frBadges, frKeySentences, frShare, formatDate, yearRange } from '../../i18n/fr';
import type { Atlas, AtlasEdition, AtlasResult } from '../record/atlas';
import type { Area, Areas } from '../record/areas';
import { keyFigures } from '../record/key-figures';
import { pressFacts } from '../record/press-kit';
import type { ResolvedTerritory } from '../content/territories';
import { distinctionTone } from '../look';
import { paths } from '../urls';
import { BADGE, badgeSvg } from './badge';
import type { PngJob } from './png-fs';
import { SHARE_IMAGE, shareImageSvg, type ShareCard } from './share-image';

/** A page's share image, as its <meta> tags need it. */
export interface PageImage {
  /** Site path of the PNG (without the base path). */
  path: string;
  width: number;
  height: number;
  alt: string;
}

export interface TerritoryBadge {
  year: number;
  distinction: string | null;
  /** The image's alt text: the result as known, and that the atlas is where to check it. */
  alt: string;
  /** Site paths of the edition's files. */
  svgPath: string;
  pngPath: string;
}

export interface ImagePlan {
  /** By page site path ('/territoires/boe/'): its share image. */
  share: Map<string, PageImage>;
  /** By territory slug: one badge per result, oldest first (the last is the current one). */
  badges: Map<string, TerritoryBadge[]>;
  /** Every PNG file to publish, by site path (empty when planned for the pages only). */
  pngs: Map<string, PngJob>;
  /** Every badge SVG file to publish, by site path, current ones included (empty when planned for the pages only). */
  svgs: Map<string, string>;
}

/**
 * Plans every image. `siteUrl` is the site's address with its base path ('https://x.fr/atlas/'):
 * the share images print the page's address. With `files: false`, only what the pages show (paths,
 * sizes, alt texts, each territory's badges): the drawings are left out, as the pages do not need
 * them (for the whole of France, ~130,000 SVG documents the page build would hold for nothing).
 */
export function planImages(atlas: Atlas, areas: Areas, siteUrl: string, { files = true }: { files?: boolean } = {}): ImagePlan {
  const plan: ImagePlan = { share: new Map(), badges: new Map(), pngs: new Map(), svgs: new Map() };
  const address = (pagePath: string) => new URL(pagePath.slice(1), siteUrl).href.replace(/^https?:\/\//, '');
  const addShare = (pagePath: string, card: Omit<ShareCard, 'site' | 'footer'>, alt: string) => {
    const path = paths.shareImage(pagePath);
    plan.share.set(pagePath, { path, ...SHARE_IMAGE, alt });
    if (files) plan.pngs.set(path, { svg: shareImageSvg({ site: fr.siteName, footer: address(pagePath), ...card }), ...SHARE_IMAGE });
  };

  const figures = keyFigures(atlas);
  const homeLine = frShare.homeLine(
    figures.editionCount,
    yearRange(figures.firstYear, figures.lastYear),
    figures.territoryCount,
    figures.resultCount,
  );
  addShare('/', { kicker: frShare.homeKicker, title: frShare.homeTitle, lines: [homeLine] }, frShare.alt(fr.siteName, `${homeLine}.`));

  for (const edition of atlas.editions) {
    const card = editionCard(edition, atlas);
    addShare(paths.edition(edition.year), card, frShare.alt(card.title, `${card.lines.join('. ')}. ${scaleAlt(edition, null)}`));
  }
  for (const territory of atlas.territories) {
    const results = atlas.resultsByTerritory.get(territory.slug) ?? [];
    const latest = results.at(-1);
    if (!latest) continue;
    const card = territoryCard(territory, results, atlas.editionByYear.get(latest.year)!);
    addShare(
      paths.territory(territory.slug),
      card,
      frShare.alt(
        `${territory.name}, ${card.kicker}`,
        `${card.lines.join('. ')}. ${scaleAlt(atlas.editionByYear.get(latest.year)!, latest)}`,
      ),
    );
    plan.badges.set(territory.slug, badgesOf(territory, results, atlas, files ? plan : undefined));
  }
  for (const area of [...areas.regions, ...areas.departements]) {
    const card = areaCard(area);
    // The count and its scope are one sentence, cut in two lines on the image.
    const [count, ...rest] = card.lines;
    const sentences = area.bodies.length > 0 ? [`${count} ${rest[0]}`, ...rest.slice(1)] : card.lines;
    addShare(paths.area(area.kind, area.code), card, frShare.alt(card.title, `${card.kicker}. ${sentences.join('. ')}.`));
  }
  return plan;
}

function scaleAlt(edition: AtlasEdition, result: AtlasResult | null): string {
  return frShare.scaleAlt(
    edition.year,
    edition.scale.map((d) => d.label),
    result?.distinction?.label ?? null,
  );
}

function editionCard(edition: AtlasEdition, atlas: Atlas): Omit<ShareCard, 'site' | 'footer'> {
  const facts = pressFacts(edition, atlas);
  return {
    kicker: frShare.editionKicker(formatDate(edition.announcedOn), edition.place),
    title: frShare.editionTitle(edition.year),
    lines: [
      frShare.official(edition.knowledge.official, edition.knowledge.awards),
      frShare.known(facts.known, facts.top.results.length, frKeySentences.at(facts.top.label)),
    ],
    scale: { caption: frShare.scale(edition.year), steps: edition.scale.map((d) => d.label), achieved: null },
  };
}

function territoryCard(territory: ResolvedTerritory, results: AtlasResult[], edition: AtlasEdition): Omit<ShareCard, 'site' | 'footer'> {
  const latest = results.at(-1)!;
  const place = territory.departement ? `${territory.departement.name} (${territory.departement.code})` : territory.region?.name;
  return {
    kicker: [fr.kinds[territory.kind], place].filter(Boolean).join(' · '),
    title: territory.name,
    lines: [
      frShare.latest(latest.distinction?.label ?? null, latest.mentions.length, latest.year),
      ...(results.length > 1 ? [frShare.editions(results.length, results[0]!.year)] : []),
    ],
    scale: { caption: frShare.scale(edition.year), steps: edition.scale.map((d) => d.label), achieved: latest.rank },
  };
}

function areaCard(area: Area): Omit<ShareCard, 'site' | 'footer'> {
  const latestYear = area.bodies[0]?.results.at(-1)?.year;
  const latestCount = latestYear === undefined ? 0 : area.bodies.filter((b) => b.results.some((r) => r.year === latestYear)).length;
  return {
    kicker: frShare.areaKicker(area.kind),
    title: area.kind === 'departement' ? `${area.name} (${area.code})` : area.name,
    lines: [
      frShare.areaCount(area.bodies.length),
      ...(area.bodies.length > 0 ? [frShare.areaScope(area.kind)] : []),
      ...(latestYear === undefined ? [] : [frShare.areaLatest(latestYear, latestCount)]),
    ],
  };
}

/** A result in words, as the badge and share images say it: never « labellisé » for an unknown tier. */
function resultWhat(result: AtlasResult): string {
  return frBadges.what({
    distinction: result.distinction?.label ?? null,
    entry: result.distinction?.entry ?? false,
    mentions: result.mentions.map((m) => m.label),
  });
}

function badgesOf(territory: ResolvedTerritory, results: AtlasResult[], atlas: Atlas, plan: ImagePlan | undefined): TerritoryBadge[] {
  const png = { width: BADGE.width * BADGE.pngScale, height: BADGE.height * BADGE.pngScale };
  const badges = results.map((result) => {
    const distinction = result.distinction?.label ?? null;
    const what = resultWhat(result);
    const badge = {
      year: result.year,
      distinction,
      alt: frBadges.alt(territory.name, what, result.year),
      svgPath: paths.badge(territory.slug, 'svg', result.year),
      pngPath: paths.badge(territory.slug, 'png', result.year),
    };
    if (plan) {
      const svg = badgeSvg({
        label: frBadges.label,
        distinction: frBadges.main(distinction, result.mentions.length),
        tone: distinctionTone(result.rank, atlas.editionByYear.get(result.year)!.scale.length),
        year: result.year,
        territory: territory.name,
        footer: frBadges.footer,
        title: frBadges.title(territory.name, what, result.year),
      });
      plan.svgs.set(badge.svgPath, svg);
      plan.pngs.set(badge.pngPath, { svg, ...png });
    }
    return badge;
  });
  // The current badge: the latest edition's drawing (the same PNG in the cache).
  const current = badges.at(-1)!;
  if (plan) {
    const svg = plan.svgs.get(current.svgPath)!;
    plan.svgs.set(paths.badge(territory.slug, 'svg'), svg);
    plan.pngs.set(paths.badge(territory.slug, 'png'), { svg, ...png });
  }
  return badges;
}
