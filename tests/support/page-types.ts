// The one list of page types the browser tests visit (axe, console, requests, keyboard), at 375 px
// and 1280 px. Adding a page type (e.g. /recherche/, /carte/, /donnees/) = adding one line here.
// Static checks (HTML validity, links, metadata, budgets) crawl dist/ and need no list.

export interface PageType {
  /** Short name shown in test titles. */
  name: string;
  /** Site path without the base path, e.g. '/editions/2022/'. */
  path: string;
  /**
   * CSS selector that exists once the page's JavaScript has enhanced it (e.g. the map container
   * with its tiles drawn). Browser tests wait for it before running axe and the keyboard walk.
   */
  readyWhen?: string;
  /** The page is meant to be framed by other sites (frame-ancestors *); only /carte/embed/. */
  embeddable?: boolean;
}

export const pageTypes: PageType[] = [
  { name: 'accueil', path: '/' },
  { name: 'éditions', path: '/editions/' },
  { name: 'édition', path: '/editions/2022/' },
  { name: 'annuaire des territoires', path: '/territoires/' },
  { name: 'territoire', path: '/territoires/sitiv/' },
  { name: 'témoignages', path: '/temoignages/' },
  { name: 'témoignage', path: '/temoignages/abbeville-2022/' },
  { name: 'carte', path: '/carte/', readyWhen: 'atlas-map[data-state="ready"]' },
  { name: 'carte intégrable', path: '/carte/embed/?edition=toutes', readyWhen: 'atlas-map[data-state="ready"]', embeddable: true },
  { name: 'statistiques', path: '/statistiques/' },
  { name: 'données ouvertes', path: '/donnees/' },
  { name: 'page éditoriale', path: '/a-propos/' },
  { name: 'page introuvable', path: '/404.html' },
  { name: 'recherche avec résultats', path: '/recherche/?q=Cesson-S%C3%A9vign%C3%A9', readyWhen: '[data-status]:not(:empty)' },
  { name: 'communes d’un département (sans JavaScript)', path: '/recherche/departements/35/' },
  { name: 'palmarès par région et département', path: '/regions/' },
  { name: 'palmarès d’une région', path: '/regions/84/' },
  { name: 'palmarès d’un département', path: '/departements/38/' },
  { name: 'dossier de presse d’une édition', path: '/editions/2025/presse/' },
  { name: 'vérifier un badge', path: '/verifier-un-badge/' },
];
