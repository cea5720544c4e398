// French UI strings, in one place so that another language can be added without touching pages.
import type { ChangeKind } from '../lib/changes';
import type { PositionSource } from '../lib/territories';
import type { TerritoryKind } from '../schemas/territory';

export const fr = {
  siteName: 'Atlas du label Territoire Numérique Libre',
  siteShortName: 'Atlas TNL',
  siteDescription:
    'Les collectivités labellisées Territoire Numérique Libre depuis 2016 : palmarès de chaque édition, historique de chaque territoire, témoignages et données ouvertes.',
  skipLink: 'Aller au contenu',
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    editions: 'Éditions',
    territories: 'Territoires',
    testimonials: 'Témoignages',
    about: 'À propos',
  },
  footer: {
    pagesLabel: 'Pages du site',
    independent:
      'Atlas indépendant et open source, construit à partir de sources publiques. Le site officiel du label est territoire-numerique-libre.org.',
    licences: 'Code sous licence EUPL-1.2 · contenus et données sous Licence Ouverte 2.0.',
    geoAttribution:
      'Fonds de carte et positions : © IGN – ADMIN EXPRESS (édition du 3 février 2025 ; édition 2018 pour 134 points), données généralisées par ngeofr-maps (bellice, licence MIT) et france-geojson (Grégoire David) · Codes et noms : INSEE – Code officiel géographique 2026, DGCL – composition des EPCI 2026 (via @etalab/decoupage-administratif) · Licence Ouverte / Open Licence 2.0 (Etalab)',
  },
  breadcrumb: 'Fil d’Ariane',
  kinds: {
    commune: 'Commune',
    epci: 'Intercommunalité',
    departement: 'Département',
    region: 'Région',
    syndicat: 'Syndicat',
    autre: 'Autre organisme public',
  } satisfies Record<TerritoryKind, string>,
  kindsPlural: {
    commune: 'Communes',
    epci: 'Intercommunalités',
    departement: 'Départements',
    region: 'Régions',
    syndicat: 'Syndicats',
    autre: 'Autres organismes publics',
  } satisfies Record<TerritoryKind, string>,
  distinction: {
    unknown: 'Distinction non connue',
    unknownShort: '?',
    unknownHelp: 'Une source atteste la labellisation sans préciser la distinction obtenue.',
    noRecord: 'Non candidat ou résultat inconnu',
    noRecordHelp: 'Aucune source consultée ne mentionne ce territoire cette année-là : ce n’est pas un refus du label.',
    historyHelp:
      '« Non candidat ou résultat inconnu » signifie qu’aucune source consultée ne mentionne ce territoire pour cette édition : ce n’est pas un refus du label.',
  },
  confidence: {
    high: 'Source officielle',
    medium: 'Presse ou collectivité',
    low: 'Source indirecte',
  },
  changes: {
    new: 'Première distinction connue',
    returning: 'De retour',
    up: 'En progression',
    down: 'En recul',
    same: 'Distinction confirmée',
    renewed: 'De nouveau labellisés (distinctions non comparables)',
    absent: 'Labellisés l’année précédente, sans résultat connu cette année',
  } satisfies Record<ChangeKind, string>,
  positionSource: {
    explicit: 'position indiquée dans la fiche',
    commune: 'centre de la commune',
    epci: 'centre de l’intercommunalité',
    seat: 'commune du siège',
    members: 'centre des communes membres',
    departement: 'centre du département',
    region: 'centre de la région',
  } satisfies Record<PositionSource, string>,
  approximatePosition: 'position approximative',
  source: 'Source',
  sources: 'Sources',
  note: 'Remarque',
  mentions: 'Mentions spéciales',
  contributeCta: 'Vous connaissez un résultat manquant ? Proposez-le avec sa source.',
} as const;

/** "1 collectivité", "3 collectivités": French plural for counts (0 and 1 are singular). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${count <= 1 ? singular : pluralForm}`;
}

/** "6 décembre 2023" from an ISO date. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** "37 491" */
export function formatNumber(value: number): string {
  return value.toLocaleString('fr-FR');
}
