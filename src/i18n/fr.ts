// The French strings shared across the site: the chrome (navigation, footer), labels and phrases used by
// several pages or by the browser, the data dictionary, and the grammar below. A page's own prose stays in the page.
import type { ChangeKind } from '../lib/record/changes';
import type { FieldName, FieldType, OpenDataFileId } from '../lib/open-data/field-names';
import type { PositionSource } from '../lib/content/territories';
import type { Confidence } from '../schemas/common';
import type { CitedTotal } from '../schemas/edition';
import type { AreaKind, TerritoryKind } from '../schemas/territory';
import type { AwardWord, ListStatus } from '../lib/record/knowledge';

const kinds = {
  commune: 'Commune',
  epci: 'Intercommunalité',
  departement: 'Département',
  region: 'Région',
  syndicat: 'Syndicat',
  autre: 'Autre organisme public',
} satisfies Record<TerritoryKind, string>;

const kindsPlural = {
  commune: 'Communes',
  epci: 'Intercommunalités',
  departement: 'Départements',
  region: 'Régions',
  syndicat: 'Syndicats',
  autre: 'Autres organismes publics',
} satisfies Record<TerritoryKind, string>;

const distinction = {
  unknown: 'Distinction non connue',
  unknownShort: '?',
  unknownHelp: 'Une source atteste la labellisation sans préciser la distinction obtenue.',
  noRecord: 'Non candidat ou résultat inconnu',
  noRecordHelp: 'Aucune source consultée ne mentionne ce territoire cette année-là : ce n’est pas un refus du label.',
  historyHelp:
    '« Non candidat ou résultat inconnu » signifie qu’aucune source consultée ne mentionne ce territoire pour cette édition : ce n’est pas un refus du label.',
};

/** What the atlas knows of an edition or a distinction (src/lib/record/knowledge.ts), as counts. */
interface KnownCount {
  known: number;
  official?: number;
  status: ListStatus;
}

/**
 * What is known, in the same words on every page, image, chart, feed and file: a known count is a
 * total only when the list is complete, an unpublished list is never « 0 », and an edition whose
 * scale has an entry distinction (the 2025 Badge) says « distinguées », not « labellisées ».
 */
export const frKnown = {
  /** "labellisée", "distinguées": the participle of an edition's scale, agreeing with a count. */
  awarded: (awards: AwardWord, count: number) => pluralForm(count, awards === 'label' ? 'labellisée' : 'distinguée'),
  /** "Labellisées", "Distinguées": the same, capitalised and plural, for headings and columns. */
  awardedTitle: (awards: AwardWord) => (awards === 'label' ? 'Labellisées' : 'Distinguées'),
  status: {
    complete: 'liste complète',
    partial: 'liste partielle',
    unpublished: 'liste non publiée',
  } satisfies Record<ListStatus, string>,
  /**
   * An edition's count in words: "8 collectivités connues sur 36 distinguées (chiffre officiel)",
   * "23 collectivités labellisées (liste complète)", "3 collectivités connues ; nombre officiel non publié".
   */
  edition: (k: KnownCount & { awards: AwardWord }) => {
    if (k.status === 'complete')
      return `${plural(k.known, 'collectivité', 'collectivités')} ${frKnown.awarded(k.awards, k.known)} (liste complète)`;
    const known = k.known === 0 ? 'aucune collectivité connue' : plural(k.known, 'collectivité connue', 'collectivités connues');
    return k.official !== undefined
      ? `${known} sur ${formatNumber(k.official)} ${frKnown.awarded(k.awards, k.official)} (chiffre officiel)`
      : `${known} ; nombre officiel non publié`;
  },
  /** The same, short, after a year or a name: "8 connues sur 36", "23 (liste complète)", "3 connues". */
  editionShort: (k: KnownCount) =>
    k.status === 'complete'
      ? `${formatNumber(k.known)} (liste complète)`
      : `${k.known === 0 ? 'aucune connue' : plural(k.known, 'connue')}${k.official !== undefined ? ` sur ${formatNumber(k.official)}` : ''}`,
  /**
   * A distinction's count: "3" when its list is complete, "2 connues sur 4", "3 connues",
   * "aucune connue sur 3", or "liste non publiée" — never a bare « 0 » for a list nobody published.
   */
  distinction: (k: KnownCount) => {
    if (k.status === 'complete') return formatNumber(k.known);
    if (k.known === 0 && k.official === undefined) return frKnown.status.unpublished;
    return `${k.known === 0 ? 'aucune connue' : plural(k.known, 'connue')}${k.official !== undefined ? ` sur ${formatNumber(k.official)}` : ''}`;
  },
  /** "Résultat déduit": an inferred result, with its note beside it. */
  inferred: 'Résultat déduit',
  inferredHelp: 'Aucune source n’annonce ce résultat : il est déduit de ce qu’une source dit (voir la remarque).',
};

/**
 * Strings of the map: its page, and the browser code of <atlas-map> with the modules it shares
 * with the build (src/lib/map/). A separate export, so that the map's bundles carry only these.
 */
export const frMap = {
  kinds,
  kindsPlural,
  unknownDistinction: distinction.unknown,
  unknownShort: distinction.unknownShort,
  approximatePosition: 'position approximative',
  title: 'Carte des territoires labellisés',
  explore: 'Explorer la carte : filtres par édition, distinction, type et région',
  lead: 'Où sont les collectivités labellisées ? Filtrez par édition, distinction, type et région : la liste sous la carte (à côté sur grand écran) montre les mêmes collectivités.',
  embedTitle: 'Carte intégrable des territoires labellisés',
  description:
    'Carte des collectivités labellisées Territoire Numérique Libre : filtres par édition, distinction, type de collectivité et région, liste accessible et carte à intégrer.',
  filters: 'Filtrer la carte',
  edition: 'Édition',
  distinction: 'Distinction',
  kind: 'Type de collectivité',
  region: 'Région',
  allEditions: 'Toutes les éditions (dernière distinction)',
  allDistinctions: 'Toutes les distinctions',
  allKinds: 'Tous les types',
  allRegions: 'Toutes les régions',
  apply: 'Afficher',
  reset: 'Réinitialiser les filtres',
  noScript:
    'Sans JavaScript, les filtres ne peuvent pas s’appliquer : cette page est statique. La carte et la liste ci-dessous montrent toutes les collectivités, la liste étant classée par région avec la distinction obtenue à chaque édition.',
  noRegion: 'Organismes sans région (nationaux)',
  noResult: 'Aucune collectivité ne correspond à ces filtres.',
  /** An edition without any known result: its list was not published, not empty. */
  noneKnown: (year: number) => `Édition ${year} : aucune collectivité connue de l’atlas (liste non publiée).`,
  /** Every edition, each body with its latest known result. */
  allSummary: (count: number) =>
    `Toutes les éditions : ${plural(count, 'collectivité', 'collectivités')} avec au moins un résultat connu, chacune avec sa dernière distinction connue`,
  /** A legend step with nothing shown in a filtered view. */
  noneShown: 'aucune',
  /** The embedded map's heading and the <iframe> title: the label, the edition shown and the atlas. */
  embedHeading: (edition: number | 'toutes') =>
    `Territoire Numérique Libre, ${edition === 'toutes' ? 'toutes les éditions' : `édition ${edition}`} : la carte de l’Atlas TNL`,
  skipMap: 'Passer la carte et aller à la liste',
  mapLabel: 'Carte interactive des collectivités labellisées',
  mapHelp:
    'Carte déplaçable au clavier (flèches, + et −). Chaque marqueur est un bouton : Entrée ouvre sa fiche ; un carré regroupe des collectivités proches et Entrée zoome dessus.',
  staticMapTitle: 'Carte de France des collectivités labellisées, chacune avec sa dernière distinction connue',
  staticCaption:
    'Chaque collectivité avec sa dernière distinction connue ; un carré regroupe des collectivités proches (leur nombre y est inscrit). Le détail est dans la liste.',
  legend: 'Légende',
  legendCluster: 'Groupe de collectivités proches (leur nombre)',
  legendArea: 'Département ou région labellisé (zone colorée)',
  list: 'Liste des collectivités',
  listInDirectory: (count: number) =>
    `Les ${count.toLocaleString('fr-FR')} collectivités sont trop nombreuses pour cette page sans JavaScript : l’annuaire les liste toutes, de A à Z.`,
  locate: 'Situer',
  more: (count: number, shown: number, total: number) =>
    `Afficher ${count} collectivités de plus (${shown.toLocaleString('fr-FR')} sur ${total.toLocaleString('fr-FR')} affichées)`,
  locateLabel: (name: string) => `Situer ${name} sur la carte`,
  clusterLabel: (count: number) => `Groupe de ${count} collectivités proches : zoomer`,
  groupTitle: (count: number, names: string[], others: number) =>
    `${count} collectivités : ${names.join(' ; ')}${others > 0 ? ` et ${others} autres` : ''}`,
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  closePopup: 'Fermer la fiche',
  baseMapAttribution: 'Fond de carte : IGN – ADMIN EXPRESS, Licence Ouverte 2.0',
  unplaced: 'non placée sur la carte',
  embed: 'Intégrer cette carte',
  embedHelp:
    'Copiez ce code dans votre article ou votre site : la carte intégrée affiche la vue choisie ci-dessus, sans cookie ni ressource externe.',
  embedCode: 'Code d’intégration',
  copy: 'Copier le code',
  copied: 'Code copié.',
  copyFailed: 'Copie impossible : sélectionnez le code et copiez-le.',
  fullMap: 'Voir la carte complète et la liste sur l’Atlas TNL (nouvel onglet)',
  embedAttribution: 'Fond de carte : IGN – ADMIN EXPRESS (Licence Ouverte 2.0) · Données : Atlas TNL (Licence Ouverte 2.0)',
};

export const fr = {
  siteName: 'Atlas du label Territoire Numérique Libre',
  siteShortName: 'Atlas TNL',
  siteDescription:
    'Les collectivités labellisées Territoire Numérique Libre depuis 2016 : palmarès de chaque édition, historique de chaque territoire, témoignages et données ouvertes.',
  skipLink: 'Aller au contenu',
  /** Title of the jump links to the sections of a long page (PageToc). */
  onThisPage: 'Sur cette page',
  nav: {
    label: 'Navigation principale',
    /** The button that opens the navigation on a phone. */
    menu: 'Menu',
    home: 'Accueil',
    editions: 'Éditions',
    territories: 'Territoires',
    testimonials: 'Témoignages',
    map: 'Carte',
    statistics: 'Statistiques',
    data: 'Données',
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
  kinds,
  kindsPlural,
  distinction,
  confidence: {
    high: 'Source officielle',
    medium: 'Presse ou collectivité',
    low: 'Source indirecte',
  } satisfies Record<Confidence, string>,
  /** What changed since the previous edition, claiming only what is known (src/lib/record/changes.ts). */
  changes: {
    new: 'Nouveau (aucun résultat aux éditions précédentes, toutes complètes)',
    'first-known': 'Premier résultat connu',
    returning: 'De retour',
    'unknown-previous': 'Aucun résultat connu l’édition précédente',
    up: 'En progression',
    down: 'En baisse',
    same: 'Distinction confirmée',
    renewed: 'Résultat connu aux deux éditions (distinctions non comparables)',
    'not-renewed': 'Non renouvelé',
    'previous-only': 'Résultat connu l’édition précédente, aucun connu cette édition',
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
  approximatePosition: frMap.approximatePosition,
  map: frMap,
  source: 'Source',
  sources: 'Sources',
  note: 'Remarque',
  mention: 'Mention spéciale',
  mentions: 'Mentions spéciales',
  contributeCta: 'Vous connaissez un résultat manquant ? Proposez-le avec sa source.',
  proposal: {
    edition: (year: number) => `Vous connaissez un résultat manquant de l’édition ${year} ? Proposez-le avec sa source.`,
    territory: (name: string) => `Un résultat de ${name} manque ou est faux ? Proposez-le avec sa source.`,
  },
  downloadData: 'Télécharger les données',
  openData: {
    types: {
      integer: 'entier',
      number: 'nombre décimal',
      text: 'texte',
      id: 'identifiant',
      date: 'date AAAA-MM-JJ',
      url: 'adresse web',
      boolean: 'booléen (true / false)',
      list: 'liste',
      object: 'objet',
    } satisfies Record<FieldType, string>,
    files: {
      'resultats.csv':
        'Une ligne par résultat connu (édition × collectivité), avec la distinction dans l’échelle de son édition, la collectivité et la source.',
      'editions.csv':
        'Une ligne par édition : date, événement, échelle des distinctions, mentions, chiffres officiels et nombre de résultats connus.',
      'resultats.json':
        'Les éditions avec leur échelle, leurs mentions, leurs chiffres officiels et leurs résultats, en un seul document structuré.',
      'territoires.csv':
        'Une ligne par collectivité : identité, code INSEE ou SIREN, rattachement, population, position sur la carte et page de l’atlas.',
      'territoires.json':
        'Les collectivités : identité, codes officiels, rattachement, population, position et résultats de chaque édition.',
      'territoires.geojson':
        'Les collectivités placées sur la carte, en points (WGS 84), avec leur dernière distinction connue : à ouvrir dans QGIS, uMap ou geojson.io.',
    } satisfies Record<OpenDataFileId, string>,
    fields: {
      titre: 'Titre du jeu de données.',
      licence: 'Licence des données.',
      licence_url: 'Texte de la licence.',
      page_donnees: 'Page de l’atlas qui décrit les fichiers (ce dictionnaire).',
      editions: 'Les éditions, de la plus ancienne à la plus récente.',
      territoires: 'Les collectivités, triées par identifiant.',
      annee: 'Année de l’édition du label.',
      bareme:
        'Identifiant du barème de distinctions de l’édition (ex. « niveaux-1-5 »). Les rangs ne se comparent qu’entre éditions du même barème.',
      territoire: 'Identifiant stable de la collectivité dans l’atlas ; sa page est /territoires/<territoire>/.',
      nom: 'Nom usuel de la collectivité.',
      nom_officiel: 'Nom au Code officiel géographique, quand la collectivité a un code officiel.',
      anciens_noms: 'Noms sous lesquels la collectivité figure dans des palmarès plus anciens (avant une fusion ou un changement de nom).',
      type: 'Type de collectivité : commune, epci (intercommunalité), departement, region, syndicat ou autre (autre organisme public).',
      code_insee:
        'Code INSEE de la commune (Code officiel géographique, 5 caractères, ex. 80001, 2A004) ; vide pour les autres types de collectivités.',
      siren:
        'SIREN (9 chiffres) de la collectivité : celui de la commune (d’après @etalab/decoupage-administratif), de l’intercommunalité, du syndicat ou de l’organisme ; vide pour un département, une région ou un organisme sans SIREN connu.',
      departement_code: 'Code du département de rattachement (ex. 38, 2A, 974) ; vide s’il n’y en a pas un seul.',
      departement: 'Nom du département de rattachement.',
      region_code: 'Code de la région de rattachement (ex. 84).',
      region: 'Nom de la région de rattachement.',
      population:
        'Population municipale (INSEE, via @etalab/decoupage-administratif) ; somme des communes pour un département ou une région.',
      codes_postaux: 'Codes postaux de la commune ou de l’intercommunalité.',
      membres:
        'Communes membres d’un syndicat, telles que ses sources les nomment : objets { code, nom, commune_actuelle } (code INSEE et nom ; pour une ancienne commune devenue partie d’une commune nouvelle, commune_actuelle donne { code, nom } de celle-ci, sinon null). Liste d’aujourd’hui, sans date d’adhésion.',
      latitude: 'Latitude du point de la collectivité sur la carte (WGS 84, 5 décimales).',
      longitude: 'Longitude du point de la collectivité sur la carte (WGS 84, 5 décimales).',
      position_source:
        'Origine du point : explicit (indiqué dans la fiche), commune, epci, seat (commune du siège), members (centre des communes membres), departement ou region (centre de la zone).',
      position_approximative: 'true quand le point est le centre d’un territoire plus large que la collectivité (département ou région).',
      site_web: 'Site officiel de la collectivité.',
      page: 'Page de la collectivité dans l’atlas.',
      distinction_id:
        'Identifiant de la distinction dans l’échelle de l’édition (ex. « 5 », « or ») ; vide (null en JSON) quand la source atteste la labellisation sans préciser la distinction.',
      distinction: 'Libellé de la distinction (ex. « Niveau 5 », « Or ») ; vide quand elle n’est pas connue.',
      rang: 'Position de la distinction dans l’échelle de son édition, de 1 (la plus basse) à rang_max (la plus haute) ; vide quand elle n’est pas connue.',
      rang_max: 'Nombre de distinctions de l’échelle de l’édition : rang = rang_max est la plus haute distinction de l’année.',
      mentions_ids: 'Identifiants des mentions spéciales obtenues (séparés par « | » en CSV).',
      mentions: 'Libellés des mentions spéciales obtenues, séparés par « | ».',
      source: 'Adresse de la page publique qui atteste le résultat.',
      fiabilite:
        'Nature de la source : high (site officiel du label ou ADULLACT), medium (presse ou collectivité), low (source indirecte).',
      remarque: 'Ce qui est déduit ou incertain dans ce résultat.',
      date_annonce: 'Date de l’annonce des résultats.',
      evenement: 'Événement où les labels ont été remis.',
      lieu: 'Ville de l’événement, ou « en ligne ».',
      echelle_ids: 'Identifiants des distinctions de l’édition, de la plus basse à la plus haute, séparés par « | ».',
      echelle: 'Libellés des distinctions de l’édition, de la plus basse à la plus haute, séparés par « | ».',
      echelle_objets:
        'Échelle des distinctions de l’édition, de la plus basse à la plus haute : objets { id, libelle, abrege, description, rang, entree } (entree : true pour une distinction d’entrée qui n’est pas le label lui-même, comme le Badge de 2025).',
      mentions_declarees_ids: 'Identifiants des mentions spéciales que l’édition peut décerner, séparés par « | ».',
      mentions_declarees: 'Libellés des mentions spéciales que l’édition peut décerner, séparés par « | ».',
      mentions_declarees_objets: 'Mentions spéciales que l’édition peut décerner : objets { id, libelle, description }.',
      jury: 'Organisations membres du jury (séparées par « | » en CSV).',
      labellises_officiel: 'Nombre officiel de collectivités labellisées, quand il a été publié ; vide (null) sinon.',
      candidats_officiel: 'Nombre officiel de candidatures, quand il a été publié ; vide (null) sinon.',
      effectifs_officiels:
        'Nombre officiel de labellisés par distinction, quand il a été publié : objet { identifiant de distinction : nombre }.',
      resultats_connus: 'Nombre de résultats connus de l’atlas pour l’édition (à comparer au chiffre officiel).',
      distinctions_connues: 'Nombre de ces résultats dont la distinction est connue.',
      resultats_deduits: 'Nombre de ces résultats déduits d’une source qui ne les annonce pas directement (« deux années de suite »…).',
      statut_liste:
        'Ce que l’atlas connaît de la liste : complete (liste complète : le nombre officiel est publié et atteint), partial (liste partielle : le nombre de résultats connus n’est pas un total) ou unpublished (liste non publiée ou non retrouvée : aucun nom connu, ce qui n’est pas zéro).',
      officiel_mot:
        'Ce que compte le chiffre officiel : labellisees, ou distinguees quand l’échelle de l’édition commence par une distinction d’entrée qui n’est pas le label lui-même (le Badge de 2025).',
      connus_sur_officiel:
        'La même chose en une phrase : résultats connus, chiffre officiel et état de la liste (ex. « 8 collectivités connues sur 36 distinguées (chiffre officiel) ; liste partielle. »).',
      listes_par_distinction:
        'Pour chaque distinction de l’échelle : objets { distinction_id, connus, officiel, statut_liste } (officiel : null s’il n’est pas publié).',
      deduit:
        'true quand le résultat est déduit de ce qu’une source dit (« deux années de suite », « troisième année consécutive ») sans qu’aucune ne l’annonce : la remarque dit comment.',
      statut_liste_edition:
        'État de la liste de l’édition de ce résultat (complete, partial ou unpublished, voir editions.csv) : compter les lignes d’une édition ne donne un total que si elle est complete.',
      remarque_edition: 'Ce qui manque ou reste incertain pour l’édition.',
      sources: 'Adresses des sources de l’édition, séparées par « | ».',
      sources_objets: 'Sources de l’édition : objets { url, titre, editeur }.',
      resultats_edition: 'Résultats connus de l’édition, triés par identifiant de collectivité.',
      resultats_territoire:
        'Résultats de la collectivité, du plus ancien au plus récent : objets { annee, distinction_id, distinction, rang, rang_max }.',
      nombre_editions: 'Nombre d’éditions où la collectivité a un résultat connu.',
      premiere_annee: 'Année du premier résultat connu.',
      derniere_annee: 'Année du dernier résultat connu.',
      derniere_distinction_id: 'Identifiant de la dernière distinction connue, dans l’échelle de son édition.',
      derniere_distinction: 'Libellé de la dernière distinction connue (vide si la distinction n’est pas connue).',
      derniere_rang: 'Rang de la dernière distinction dans l’échelle de son édition (1 = la plus basse).',
      derniere_rang_max: 'Nombre de distinctions de l’échelle de cette édition.',
    } satisfies Record<FieldName, string>,
    dataPackage:
      'La description des fichiers pour programmes (CSV standard, JSON, GeoJSON, classeurs, catalogue des collectivités) au format Frictionless Data Package : colonnes, types, contraintes, clés primaires et étrangères, taille et empreinte SHA-256.',
    tableSchema: 'Le schéma (Table Schema) des fichiers CSV d’une table : colonnes, types, contraintes et clés.',
    editionOnly: (year: number, knownOf?: string) =>
      `Résultats connus de l’édition ${year} seulement${knownOf ? ` : ${knownOf.replace(/\.$/, '')}` : ''}. Le nombre de lignes n’est un total que si la liste est complète.`,
    spreadsheetTwin:
      'Mêmes lignes et colonnes que le fichier CSV du même nom sans « -tableur », pour un tableur réglé en français : séparateur point-virgule, virgule décimale.',
    tableTitles: {
      'resultats.csv': 'Résultats du label Territoire Numérique Libre',
      'editions.csv': 'Éditions du label Territoire Numérique Libre',
      'territoires.csv': 'Collectivités du label Territoire Numérique Libre',
    } as Partial<Record<OpenDataFileId, string>>,
    workbooks: {
      record:
        'Le classeur complet, pour un tableur : résultats, éditions et collectivités, une feuille chacun, mêmes colonnes que les CSV ; les codes officiels y sont du texte (05074 reste 05074), les nombres des nombres.',
      edition: (year: number, knownOf?: string) =>
        `Les résultats connus de l’édition ${year} en classeur, pour un tableur, avec les codes officiels en texte${knownOf ? ` : ${knownOf.replace(/\.$/, '')}` : ''}.`,
      formats: { xlsx: 'Excel (.xlsx)', ods: 'OpenDocument (.ods)' },
    },
    territoryFiles: {
      catalogue:
        'Le catalogue des fichiers par collectivité : pour chacune, son identifiant, son nom, ses codes officiels et l’adresse de son fichier JSON.',
      file: 'Tout ce que l’atlas sait d’une collectivité, en un fichier JSON : identité, codes, rattachement, position, et chaque résultat connu avec sa distinction, ses mentions et sa source.',
    },
    dcatCatalogue:
      'La description du jeu de données au format DCAT-AP (JSON-LD), que data.gouv.fr et les portails européens moissonnent : titre, licence, éditeur, dates, et chaque fichier avec son format, sa taille et son empreinte.',
    keywords: ['Territoire Numérique Libre', 'label', 'logiciel libre', 'collectivités territoriales', 'ADULLACT', 'données ouvertes'],
    labelSite: { title: 'Site officiel du label Territoire Numérique Libre', url: 'https://territoire-numerique-libre.org/' },
  },
} as const;

// The French grammar toolkit of the site and the editor commands: plurals (0 and 1 are singular in
// French) and lists (Intl.ListFormat). Every count in a message goes through these.

/** "collectivité" or "collectivités": the form agreeing with a count (0 and 1 are singular in French). */
export function pluralForm(count: number, singular: string, pluralWord = `${singular}s`): string {
  return count <= 1 ? singular : pluralWord;
}

/** "1 collectivité", "3 collectivités", "0 problème": a count and its noun (0 and 1 are singular). */
export function plural(count: number, singular: string, pluralWord = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${pluralForm(count, singular, pluralWord)}`;
}

/**
 * "2016–2025", or "2025" when the range is a single year; `words`: "2016 à 2025". Empty when the
 * record has no edition yet.
 */
export function yearRange(first: number | undefined, last: number | undefined, style: 'dash' | 'words' = 'dash'): string {
  if (first === undefined || last === undefined) return '';
  if (first === last) return String(first);
  return style === 'words' ? `${first} à ${last}` : `${first}–${last}`;
}

/** "de Pierre-Bénite", "d’Oullins": « de » before a name, elided before a vowel. */
export function ofName(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûü]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** "A, B et C": items joined as a French list. */
export function frenchList(items: readonly string[]): string {
  return new Intl.ListFormat('fr', { type: 'conjunction' }).format(items);
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

/**
 * Strings of the search: the header field, the /recherche/ page and its script. A separate export,
 * so that the search script bundles only these.
 */
export const frSearch = {
  header: {
    label: 'Rechercher sur le site',
    placeholder: 'Commune, code postal…',
    submit: 'Rechercher',
  },
  title: 'Rechercher',
  description:
    'Retrouver une collectivité labellisée Territoire Numérique Libre par son nom, son code postal ou son code INSEE, et savoir si votre commune est concernée, directement ou par son intercommunalité, son département ou sa région.',
  lead: 'Le nom d’une commune, d’une intercommunalité, d’un département ou d’une région, un code postal ou un code INSEE.',
  fieldLabel: 'Nom, code postal ou code INSEE',
  fieldHelp: 'Exemples : Échirolles, 38130, 38151, Rennes Métropole, Gironde.',
  submit: 'Rechercher',
  filtersLegend: 'Filtrer les pages du site',
  filters: {
    edition: 'Labellisé en',
    distinction: 'Dernière distinction',
    type: 'Type de collectivité',
    region: 'Région',
    departement: 'Département',
  },
  filterAny: {
    edition: 'Toutes les éditions',
    distinction: 'Toutes les distinctions',
    type: 'Tous les types',
    region: 'Toutes les régions',
    departement: 'Tous les départements',
  },
  noScript: {
    title: 'Sans JavaScript',
    text: 'La recherche instantanée a besoin de JavaScript, qui semble désactivé ou bloqué dans votre navigateur. Vous pouvez :',
    directory: 'parcourir l’annuaire des collectivités labellisées, de A à Z ;',
    departements:
      'retrouver votre commune dans la page de son département : ce qui la concerne (commune, intercommunalité, syndicat, département, région) ;',
    editions: 'consulter le palmarès de chaque édition.',
  },
  communes: {
    heading: 'Ma commune est-elle concernée ?',
    intro:
      'Toutes les communes de France, labellisées ou non : le label peut concerner la commune elle-même, son intercommunalité, un syndicat dont elle est membre, son département ou sa région.',
    relations: {
      commune: 'La commune elle-même',
      epci: 'Son intercommunalité',
      syndicat: 'Un syndicat dont elle est membre',
      departement: 'Son département',
      region: 'Sa région',
    },
    unknownDistinction: 'Distinction non connue',
    /** Follows the distinction badge of a page result: "en 2023 (dernier résultat connu)", never « label obtenu » for an unknown tier. */
    when: (year: number, known: boolean) => `${known ? 'en' : ', édition'} ${year} (dernier résultat connu)`,
    /** Follows the distinction badge of a body covering the commune: when, in the tense of what is known. */
    dated: (participle: string, year: number, current: boolean) =>
      current ? `${participle} à l’édition ${year}, la dernière` : `${participle} en ${year} (dernier résultat connu)`,
    entry: (distinction: string) => `${distinction}, distinction d’entrée`,
    mentionsOnly: (labels: readonly string[]) =>
      `${pluralForm(labels.length, 'mention', 'mentions')} ${quotedList(labels)}, niveau non connu`,
    unknownLevel: 'niveau non connu',
    /** « le syndicat SITIV », « l’organisme GIP Recia », « Grand Est »: a body named in a sentence. */
    bodyName: (kind: TerritoryKind, name: string) =>
      kind === 'syndicat' ? `le syndicat ${name}` : kind === 'autre' ? `l’organisme ${name}` : name,
    /** « du syndicat SITIV », « de l’organisme X », « de Grand Est »: a body after « membre ». */
    memberOf: (kind: TerritoryKind, name: string) =>
      kind === 'syndicat' ? `du syndicat ${name}` : kind === 'autre' ? `de l’organisme ${name}` : ofName(name),
    /** Who covers the commune, in a sentence: « sa région, Grand Est, », « le syndicat SITIV, dont elle est membre, ». */
    who: (
      relation: 'commune' | 'epci' | 'syndicat' | 'departement' | 'region',
      kind: TerritoryKind,
      name: string,
      former?: { former: string; commune: string },
    ) => {
      switch (relation) {
        case 'commune':
          return 'la commune elle-même';
        case 'epci':
          return `son intercommunalité, ${name},`;
        case 'departement':
          return `son département, ${name},`;
        case 'region':
          return `sa région, ${name},`;
        default:
          return former
            ? `${frSearch.communes.bodyName(kind, name)}, dont ${former.former} (ancienne commune, aujourd’hui dans ${former.commune}) est membre,`
            : `${frSearch.communes.bodyName(kind, name)}, dont elle est membre,`;
      }
    },
    /**
     * The headline: « Oui, à l’édition 2025 (la dernière) : la commune elle-même est distinguée (Or). »;
     * « En 2019 : sa région, Grand Est, a été labellisée (niveau non connu) ; aucun résultat connu depuis. »
     */
    headline: (a: { who: string; participle: string; year: number; result: string; current: boolean }) =>
      a.current
        ? `Oui, à l’édition ${a.year} (la dernière) : ${a.who} est ${a.participle} (${a.result}).`
        : `En ${a.year} : ${a.who} a été ${a.participle} (${a.result}) ; aucun résultat connu depuis.`,
    /** Only a former commune of the commune nouvelle is a member of the body. */
    part: (a: {
      asked?: string;
      former: string;
      commune: string;
      body: string;
      participle: string;
      year: number;
      result: string;
      current: boolean;
    }) =>
      `${a.asked ? `Pas l’ancienne commune ${ofName(a.asked)} : seule` : 'En partie seulement : seule'} l’ancienne commune ${ofName(a.former)}, aujourd’hui dans ${a.commune}, est membre ${a.body}, ${a.current ? `${a.participle} à l’édition ${a.year}, la dernière (${a.result})` : `${a.participle} en ${a.year} (${a.result}, dernier résultat connu)`}.`,
    /** The relation of a membership through a former commune, in the list. */
    formerRelation: (former: string, whole: boolean) =>
      whole ? `Un syndicat dont ${former} est membre` : `Un syndicat dont l’ancienne commune ${ofName(former)} est membre`,
    membersToday:
      'Les membres d’un syndicat sont ceux que donne sa fiche, sans date d’adhésion : l’atlas ne dit pas si la commune en était membre l’année du résultat.',
    notCovered: (parts: { epci?: string; departement?: string; region?: string }) =>
      `Aucun résultat connu : ni la commune${parts.epci ? `, ni son intercommunalité (${parts.epci})` : ''}${parts.departement ? `, ni son département (${parts.departement})` : ''}${parts.region ? `, ni sa région (${parts.region})` : ''} ne figurent dans les palmarès connus.`,
    incomplete: 'Les palmarès connus sont incomplets : un résultat non connu n’est ni une absence ni un refus.',
    apply: 'Comment une collectivité se porte candidate',
    nearby: 'À noter, un organisme labellisé agit sur ce territoire sans que l’atlas connaisse la liste de ses membres :',
    via: (name: string) => `Trouvée par le nom de l’ancienne commune ou commune déléguée ${name}.`,
    codes: (code: string, postalCodes: string[]) =>
      `Code INSEE ${code}${postalCodes.length ? ` · ${pluralForm(postalCodes.length, 'code postal', 'codes postaux')} ${postalCodes.join(', ')}` : ''}`,
    more: (count: number) =>
      `Et ${plural(count, 'autre commune', 'autres communes')} : précisez le nom pour ${pluralForm(count, 'la', 'les')} voir.`,
    tooBroad: 'Trop de communes commencent ainsi : tapez quelques lettres de plus, ou le code postal.',
    shortCode: 'Tapez au moins 3 chiffres du code postal ou du code INSEE.',
    shortName: 'Tapez au moins 2 lettres du nom de la commune.',
    none: 'Aucune commune ne correspond. Vérifiez l’orthographe, ou essayez le code postal ou le code INSEE.',
    loadError: 'La liste des communes n’a pas pu être chargée. Réessayez, ou consultez la page de votre département.',
  },
  pages: {
    heading: 'Pages du site',
    more: 'Afficher plus de résultats',
    error: 'La recherche dans les pages du site n’a pas pu démarrer. Réessayez, ou parcourez l’annuaire des territoires.',
    none: 'Aucune page du site ne correspond.',
  },
  departements: {
    indexTitle: 'Ma commune est-elle concernée ? Choisissez son département',
    indexDescription:
      'Pour chaque département, les collectivités labellisées Territoire Numérique Libre qui concernent ses communes : la commune elle-même, son intercommunalité, un syndicat, le département ou la région.',
    indexLead:
      'Choisissez le département de votre commune : sa page dit quelles communes le label concerne, directement ou par leur intercommunalité, un syndicat, le département ou la région. Avec JavaScript, la page Rechercher trouve directement votre commune par son nom ou son code postal.',
    title: (name: string, code: string) => `Communes : ${name} (${code})`,
    description: (name: string) =>
      `Les communes du département ${name} concernées par le label Territoire Numérique Libre : communes labellisées, intercommunalités, syndicats, département et région.`,
    lead: (count: number) =>
      `${plural(count, 'commune')} au Code officiel géographique. Voici les collectivités des palmarès connus qui concernent tout ou partie d’entre elles, avec leur dernier résultat connu et son année.`,
    allByDepartement: 'Toutes les communes du département sont concernées par un résultat du département lui-même :',
    allByRegion: 'Toutes les communes du département sont concernées par un résultat de leur région :',
    communes: 'Communes avec un résultat connu elles-mêmes',
    epcis: 'Communes membres d’une intercommunalité avec un résultat connu',
    syndicats: 'Communes membres d’un syndicat avec un résultat connu',
    members: (count: number) => `${plural(count, 'commune')} du département :`,
    nearby: 'Organismes labellisés agissant sur ce territoire, sans liste de membres connue',
    others:
      'Toute autre commune du département n’a aucune distinction connue, ni par elle-même, ni par son intercommunalité, ni par un syndicat dont l’atlas connaît les membres.',
    nothing: 'Aucune collectivité de ce département ne figure dans les palmarès connus, ni le département, ni sa région.',
    back: 'Tous les départements',
  },
  status: {
    /** "2 communes et 3 pages du site trouvées." (communes left out when the commune lookup did not apply). */
    results: (communes: number | undefined, pages: number) => {
      const parts = [...(communes === undefined ? [] : [plural(communes, 'commune')]), `${plural(pages, 'page')} du site`];
      return `${parts.join(' et ')} ${pluralForm((communes ?? 0) + pages, 'trouvée')}.`;
    },
    none: (query: string) => `Aucun résultat pour « ${query} ».`,
    noneHelp: 'Vérifiez l’orthographe, essayez un code postal (5 chiffres) ou un code INSEE, ou parcourez',
    noneHelpLink: 'l’annuaire des territoires',
  },
};

/**
 * Strings of the regional palmarès (/regions/, /regions/<code>/, /departements/<code>/) and their
 * feeds. Place names come without a preposition (« en », « dans le », « à » depend on the name).
 */
export const frAreas = {
  indexTitle: 'Palmarès par région et par département',
  indexDescription:
    'Le palmarès du label Territoire Numérique Libre dans chaque région et chaque département : les collectivités labellisées, celles qui couvrent leurs communes, et leur historique, avec un flux RSS par zone.',
  indexLead:
    'Pour chaque région et chaque département : les collectivités labellisées qui s’y trouvent ou qui couvrent certaines de ses communes (intercommunalités, syndicats, département, région), avec leur historique et un flux RSS.',
  count: (count: number) => (count === 0 ? 'aucune collectivité connue' : plural(count, 'collectivité')),
  title: (name: string) => `Palmarès : ${name}`,
  heading: (name: string) => `${name} : palmarès du label`,
  description: (name: string, count: number) =>
    `Le palmarès du label Territoire Numérique Libre, ${name} : ${count === 0 ? 'aucune collectivité connue' : plural(count, 'collectivité labellisée connue', 'collectivités labellisées connues')}, dans la zone ou couvrant certaines de ses communes, avec l’historique de chacune sur l’échelle de chaque édition.`,
  lead: (kind: AreaKind, count: number, editions: number) =>
    count === 0
      ? `Aucune collectivité ${kind === 'region' ? 'de la région' : 'du département'} ne figure dans les palmarès connus, ni aucune qui couvre ses communes.`
      : `${plural(count, 'collectivité', 'collectivités')} avec un résultat connu, dans ${kind === 'region' ? 'la région' : 'le département'} ou couvrant certaines de ses communes, ${plural(editions, 'édition')} avec au moins un résultat connu.`,
  latest: (year: number, names: string) => `Dernière édition avec un résultat connu ici : ${year}, ${names}.`,
  incomplete:
    'Les palmarès connus sont incomplets : une collectivité qui n’y figure pas n’a pas forcément été refusée, et un nombre de collectivités connues n’est pas un total. Chaque distinction est celle de l’échelle de son édition.',
  relation: {
    self: (kind: AreaKind) => (kind === 'region' ? 'la région elle-même' : 'le département lui-même'),
    covers: (count: number, kind: AreaKind) =>
      `${plural(count, 'commune membre', 'communes membres')} ${kind === 'region' ? 'dans la région' : 'dans le département'}`,
    wider: 'couvre toutes les communes du département',
    nearby: (kind: AreaKind) => `agit dans ${kind === 'region' ? 'la région' : 'le département'}, sans liste de communes connue`,
  },
  byEdition: 'Par édition',
  byEditionHelp: 'Les résultats connus de chaque édition, de la plus récente à la plus ancienne.',
  edition: (year: number) => `Édition ${year}`,
  byBody: 'Par collectivité : l’historique',
  byBodyHelp: 'Une ligne par collectivité, la plus récemment distinguée d’abord, avec sa distinction à chaque édition.',
  /** The last item of a list cut short: "A, B et 3 autres". */
  others: (count: number) => plural(count, 'autre'),
  more: (count: number) => `Et ${plural(count, 'autre')}.`,
  moreBodies: (count: number) =>
    `Et ${plural(count, 'autre collectivité', 'autres collectivités')} : trop nombreuses pour cette page ; les pages des départements et la recherche par commune les listent.`,
  departements: 'Les départements de la région',
  region: (name: string) => `Région : ${name}`,
  lookup: 'Ma commune est-elle concernée ? Toutes les communes du département',
  feed: 'Suivre ce palmarès (flux RSS)',
  feedTitle: (name: string) => `Palmarès du label Territoire Numérique Libre : ${name}`,
  feedDescription: (name: string) =>
    `Un article par édition du label Territoire Numérique Libre où une collectivité de la zone (${name}) ou couvrant ses communes a un résultat connu.`,
  feedItemTitle: (year: number, name: string, names: string) => `Palmarès ${year}, ${name} : ${names}`,
  feedItemDescription: (year: number, count: number, list: string) =>
    `${plural(count, 'résultat connu', 'résultats connus')} pour l’édition ${year} : ${list}.`,
  nearbyPalmares: 'Le palmarès de la zone, avec les autres collectivités labellisées :',
  linkFromPages: 'Le palmarès par région et par département',
};

/** Strings of an edition's press kit (/editions/<year>/presse/) and of its key sentences. */
export const frPress = {
  title: (year: number) => `Dossier de presse : édition ${year}`,
  heading: (year: number) => `Édition ${year} : dossier de presse`,
  description: (year: number) =>
    `Le dossier de presse de l’édition ${year} du label Territoire Numérique Libre : chiffres clés, phrases à reprendre, palmarès en un tableau, données, image de partage et comment citer l’atlas.`,
  link: 'Dossier de presse : chiffres clés, palmarès en tableau, image, comment citer',
  keyFigures: 'Chiffres clés',
  sentences: 'Phrases clés',
  sentencesHelp:
    'Écrites à partir des seules données de l’atlas : le chiffre officiel quand il a été publié, et ce que l’atlas en connaît, sans rien extrapoler.',
  table: 'Le palmarès en un tableau',
  columns: {
    name: 'Collectivité',
    distinction: 'Distinction et source',
    mentions: 'Mentions',
    source: 'Source',
  },
  caveats: 'À savoir avant d’écrire',
  caveatsHelp: 'Ce que l’atlas sait de cette édition, et ce qu’il ne sait pas : à reprendre avec les chiffres.',
  caveat: {
    known: (knownOf: string) =>
      `${knownOf} Un nombre de collectivités connues n’est pas un total, et un résultat non connu n’est pas une absence.`,
    official: (note: string) => `Chiffre officiel : ${note}`,
    entry: (labels: string[]) =>
      `${quotedList(labels)} ${labels.length > 1 ? 'sont des distinctions' : 'est une distinction'} d’entrée, pas le label lui-même : écrivez « distinguées », pas « labellisées », pour l’ensemble de l’édition.`,
    unpublished: (labels: string[]) =>
      `${pluralForm(labels.length, 'Liste non publiée', 'Listes non publiées')} : ${frenchList(labels)}. Aucun nom n’est connu, ce qui ne veut pas dire qu’aucune collectivité n’a obtenu ${pluralForm(labels.length, 'cette distinction', 'ces distinctions')}.`,
    inferred: (items: string[]) =>
      `${pluralForm(items.length, 'Résultat déduit', 'Résultats déduits')}, qu’aucune source n’annonce directement : ${items.join(' ; ')}.`,
    notes: (notes: string) => `Notes de l’atlas sur l’édition : ${notes}`,
  },
  testimonials: 'Témoignages de l’édition',
  testimonialsHelp: 'Résumés par l’atlas, avec le lien vers chaque source ; une citation courte quand la source en donne une.',
  quoteBy: (by: string) => `— ${by}`,
  map: 'Carte de l’édition',
  mapText:
    'La carte des collectivités connues de l’atlas pour cette édition, à reprendre dans un article (Licence Ouverte 2.0, en citant l’atlas) :',
  mapSvg: 'Télécharger la carte (SVG)',
  mapPng: 'Télécharger la carte (PNG)',
  downloads: 'Télécharger les données',
  downloadsEdition: (year: number) => `Les résultats connus de l’édition ${year}, sous Licence Ouverte 2.0 :`,
  fileSpreadsheet: 'CSV pour tableur (séparateur point-virgule, s’ouvre dans LibreOffice ou Excel)',
  fileCsv: 'CSV standard (RFC 4180, séparateur virgule)',
  fileJson: 'JSON',
  downloadsText: 'Les résultats de toutes les éditions, les collectivités en CSV, JSON et GeoJSON, et le dictionnaire des données :',
  image: 'Image de partage',
  imageText: 'Image de 1 200 × 630 pixels, reprise par les réseaux sociaux quand un lien vers l’édition est partagé :',
  imageLink: 'Télécharger l’image (PNG)',
  cite: 'Comment citer',
  citeText: 'Adresse permanente de cette édition, et une citation à adapter (date de votre consultation) :',
  citation: (title: string, url: string) => `Atlas TNL, « ${title} », ${url}, consulté le [date].`,
  figures: {
    official: (awards: AwardWord) => `Collectivités ${awards === 'label' ? 'labellisées' : 'distinguées'} (chiffre officiel)`,
    candidates: 'Candidatures (chiffre officiel)',
    knownTotal: 'Résultats connus de l’atlas',
    unknownOfficial: 'non publié',
    regions: 'Régions représentées parmi les résultats connus',
  },
};

/** The key sentences of a press kit: every figure comes from the record, and the unknown is said. */
export const frKeySentences = {
  counts: (year: number, official: number | undefined, known: number, awards: AwardWord = 'label', complete = false) =>
    official !== undefined
      ? `En ${year}, ${plural(official, 'collectivité a été', 'collectivités ont été')} ${frKnown.awarded(awards, official)} (chiffre officiel) ; l’atlas en connaît ${formatNumber(known)}${complete ? ' (liste complète)' : ''}`
      : `En ${year}, l’atlas ${known === 0 ? 'ne connaît aucune des collectivités' : `connaît ${formatNumber(known)} des collectivités`} ${frKnown.awarded(awards, 2)} cette année-là ; leur nombre officiel n’a pas été retrouvé`,
  /** "en Or", "au niveau 5": the distinction after a number. */
  at: (label: string) => (/^niveau\b/i.test(label) ? `au ${label.toLowerCase()}` : `en ${label}`),
  top: (count: number, at: string, official: number | undefined, names: string) =>
    count === 0
      ? `aucune ${at} (la plus haute distinction de l’édition)${official ? `, pour ${formatNumber(official)} officiellement` : ''}`
      : `dont ${formatNumber(count)} ${at}${official !== undefined ? ` (sur ${formatNumber(official)} officiellement)` : ''} : ${names}`,
  topAlone: (count: number, at: string, official: number | undefined, names: string) =>
    count === 0
      ? `Aucune n’est connue ${at}, la plus haute distinction de l’édition${official ? ` (${formatNumber(official)} officiellement)` : ''}.`
      : `${plural(count, 'collectivité', 'collectivités')} ${at}${official !== undefined ? ` (sur ${formatNumber(official)} officiellement)` : ''} : ${names}.`,
  others: (count: number) => `${plural(count, 'autre')}`,
  mentions: (items: string) => `Mentions spéciales connues : ${items}.`,
  mention: (name: string, labels: string[]) => `${name} (${quotedList(labels)})`,
  renewals: (known: number, previousYear: number, renewed: number, firstTime: number, year: number) => {
    const before = `aucun résultat connu de l’atlas avant ${year}`;
    if (known === 1)
      return renewed === 1
        ? `La collectivité connue avait aussi un résultat connu en ${previousYear}.`
        : firstTime === 1
          ? `La collectivité connue n’avait ${before}.`
          : `La collectivité connue avait un résultat connu avant ${previousYear}, mais aucun de connu en ${previousYear}.`;
    const again =
      renewed === 0
        ? `aucune n’avait de résultat connu en ${previousYear}`
        : `${formatNumber(renewed)} ${renewed === 1 ? 'avait' : 'avaient'} aussi un résultat connu en ${previousYear}`;
    const first =
      firstTime === 0
        ? `toutes avaient un résultat connu avant ${year}`
        : `${formatNumber(firstTime)} ${firstTime === 1 ? 'n’avait' : 'n’avaient'} ${before}`;
    return `Parmi les ${formatNumber(known)} collectivités connues, ${again} et ${first}.`;
  },
  regions: (count: number, list: string, national: number) =>
    `Les collectivités connues se trouvent dans ${plural(count, 'région')} : ${list}${national > 0 ? ` ; ${plural(national, 'organisme national', 'organismes nationaux')}` : ''}.`,
};

/** Strings of the badges (the territory page's « Montrer le label », /badges/) and of the share images. */
export const frBadges = {
  label: 'Territoire Numérique Libre',
  /** The badge's main line: the distinction, or for an unknown tier what is known — never « Labellisé ». */
  main: (distinction: string | null, mentions: number) =>
    distinction ?? (mentions > 0 ? pluralForm(mentions, 'Mention spéciale', 'Mentions spéciales') : 'Niveau non connu'),
  /** The badge's last line: where to check it, and that it is not the label's mark. */
  footer: 'Vérifier sur l’Atlas TNL (non officiel)',
  /**
   * A result in words: « Or », « Badge (distinction d’entrée, pas le label lui-même) », « mention
   * « Sobriété numérique », niveau non connu », « niveau non connu ».
   */
  what: (result: { distinction: string | null; entry: boolean; mentions: readonly string[] }) => {
    if (result.distinction)
      return result.entry ? `${result.distinction} (distinction d’entrée, pas le label lui-même)` : result.distinction;
    return result.mentions.length > 0
      ? `${pluralForm(result.mentions.length, 'mention', 'mentions')} ${quotedList(result.mentions)}, niveau non connu`
      : 'niveau non connu';
  },
  /** The badge's <title>: what it shows and where to check it. */
  title: (name: string, what: string, year: number) =>
    `${name} : ${what}, édition ${year} du label Territoire Numérique Libre. Relevé indépendant de l’Atlas TNL, à vérifier sur sa fiche.`,
  alt: (name: string, what: string, year: number) =>
    `Territoire Numérique Libre, édition ${year} : ${what}, ${name} (relevé de l’Atlas TNL, non officiel : vérifier sur sa fiche)`,
  section: 'Montrer ce résultat',
  sectionLead: (name: string) =>
    `${name} peut montrer son résultat sur son site avec cette image : elle mène à cette page, où chacun vérifie le résultat et sa source. C’est un relevé de l’atlas, indépendant, et non la marque officielle du label.`,
  current: 'L’image « actuelle » montre toujours le dernier résultat connu :',
  snippet: 'Code HTML à copier',
  snippetHelp: 'Sélectionnez le code et copiez-le dans votre page.',
  copy: 'Copier le code',
  copied: 'Code copié.',
  copyFailed: 'Copie impossible : sélectionnez le code et copiez-le.',
  perEdition: 'Une image par édition, qui montre le résultat de cette édition tel que l’atlas le publie aujourd’hui :',
  png: 'Version PNG, pour les outils qui n’acceptent pas le SVG :',
  how: 'Comment vérifier un label',
  pageTitle: 'Vérifier un label Territoire Numérique Libre',
  pageLead:
    'Une collectivité labellisée peut montrer son label sur son site avec une image fournie par l’atlas (rubrique « Montrer le label » de sa fiche). Chacun peut vérifier ce qu’elle affirme, en trois gestes.',
  steps: [
    'Cliquez sur l’image : elle doit mener à la fiche de la collectivité dans l’atlas. Vérifiez l’adresse dans la barre du navigateur : elle commence par',
    'La fiche donne, pour chaque édition, la distinction obtenue sur l’échelle de cette édition, et la source qui l’atteste (annonce officielle, ADULLACT, presse, collectivité) : ouvrez cette source.',
    'Comparez l’image et la fiche : même collectivité, même année, même distinction. L’image d’une édition (badge-2025.svg, par exemple) montre le résultat de cette édition tel que l’atlas le publie aujourd’hui ; l’image « actuelle » (badge.svg) suit la dernière distinction connue.',
  ],
  /** The policy of the per-edition images: they show the current record, corrections included. */
  recordTitle: 'Une image montre le relevé d’aujourd’hui',
  record:
    'Les images sont redessinées à chaque publication de l’atlas : si un résultat publié est corrigé (une source plus sûre le contredit), l’image de son édition change avec lui, à la même adresse, et la fiche de la collectivité dit quand, de quoi à quoi et pourquoi, dans sa rubrique « Corrections ». Une capture d’écran ou une copie de l’image, elle, garde l’ancien résultat : seule la fiche fait foi.',
  notProof: 'Ce qu’une image de label ne prouve pas',
  limits: [
    'Une image se copie : seules la fiche de l’atlas et la source qu’elle cite font foi. Une image sans lien, ou dont le lien mène ailleurs, ne prouve rien.',
    'L’atlas est indépendant : il n’organise pas le label et ne le décerne pas. Il relève les résultats publiés, avec leurs sources ; le site officiel du label est territoire-numerique-libre.org.',
    'Une distinction vaut pour son édition : elle ne dit rien des éditions suivantes, et les échelles changent d’une édition à l’autre (une distinction se lit sur l’échelle de son année).',
    'Le relevé est incomplet : qu’une collectivité n’ait pas d’image ou de fiche ne signifie pas qu’elle n’est pas labellisée.',
  ],
  example: 'Exemple',
  exampleText: (name: string) => `L’image actuelle de ${name}, qui mène à sa fiche :`,
  pageDescription:
    'Comment vérifier l’image d’un label Territoire Numérique Libre affichée par une collectivité : le lien mène à sa fiche dans l’atlas, avec le résultat et sa source ; ce que l’image ne prouve pas.',
};

/** The alt texts and lines of the share images. */
export const frShare = {
  alt: (subject: string, detail: string) => `Image de partage de l’Atlas TNL : ${subject}. ${detail}`,
  /** The latest known result of a territory: its distinction, or what is known of it (frBadges.what). */
  latest: (label: string | null, mentions: number, year: number) =>
    label
      ? `Dernière distinction connue : ${label}, édition ${year}`
      : `Édition ${year} : niveau non connu${mentions > 0 ? `, ${plural(mentions, 'mention spéciale', 'mentions spéciales')}` : ''}`,
  scale: (year: number) => `Échelle ${year} :`,
  scaleAlt: (year: number, steps: string[], achieved: string | null) =>
    `Échelle de l’édition ${year}, de la plus basse à la plus haute : ${steps.join(', ')}${achieved ? ` ; distinction obtenue : ${achieved}` : ''}.`,
  editionKicker: (date: string, place: string) => `Palmarès annoncé le ${date} · ${place}`,
  editionTitle: (year: number) => `Édition ${year} du label`,
  areaKicker: (kind: AreaKind) => (kind === 'region' ? 'Palmarès régional' : 'Palmarès départemental'),
  homeKicker: 'Atlas indépendant et open source',
  homeTitle: 'Les collectivités labellisées Territoire Numérique Libre',
  homeLine: (editions: number, years: string, territories: number, results: number) =>
    `${plural(editions, 'édition')} (${years}) · ${plural(territories, 'collectivité')} · ${plural(results, 'résultat sourcé', 'résultats sourcés')}`,
  editions: (count: number, first: number) => `Un résultat connu dans ${plural(count, 'édition', 'éditions')} depuis ${first}`,
  official: (count: number | undefined, awards: AwardWord) =>
    count === undefined
      ? 'Nombre officiel non publié'
      : `${plural(count, 'collectivité', 'collectivités')} ${frKnown.awarded(awards, count)} (chiffre officiel)`,
  known: (known: number, top: number, at: string) =>
    `L’atlas en connaît ${formatNumber(known)}${top > 0 ? `, dont ${formatNumber(top)} ${at}` : ''}`,
  areaCount: (count: number) =>
    count === 0 ? 'Aucune collectivité connue du relevé' : plural(count, 'collectivité connue', 'collectivités connues'),
  areaScope: (kind: AreaKind) => `dans ${kind === 'region' ? 'la région' : 'le département'} ou couvrant certaines de ses communes`,
  areaLatest: (year: number, count: number) => `Dernier résultat connu : édition ${year} (${plural(count, 'collectivité')})`,
};

/** "77", "environ 40", "plus de 75": a cumulative total worded as its source gives it. */
export function formatCitedCount(total: Pick<CitedTotal, 'count' | 'precision'>): string {
  const figure = formatNumber(total.count);
  return total.precision === 'environ' ? `environ ${figure}` : total.precision === 'plus-de' ? `plus de ${figure}` : figure;
}

/** "2024", "mars 2023", "6 mars 2023" from AAAA, AAAA-MM or AAAA-MM-JJ. */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value))
    return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`));
  return formatDate(value);
}

/** "« A », « B » et « C »": labels quoted and joined as a French list (labels may hold commas). */
export function quotedList(labels: readonly string[]): string {
  return frenchList(labels.map((label) => `« ${label} »`));
}

/** "Or et mention « … »", or what is known when the distinction is not: a result in a sentence. */
export function resultText(result: { distinction: { label: string } | null; mentions: ReadonlyArray<{ label: string }> }): string {
  const labels = result.mentions.map((m) => m.label);
  const mentionText = labels.length ? `${pluralForm(labels.length, 'mention')} ${quotedList(labels)}` : '';
  if (result.distinction) return mentionText ? `${result.distinction.label} et ${mentionText}` : result.distinction.label;
  return mentionText ? `${mentionText}, distinction non connue` : 'distinction non connue';
}

/** What a correction says, in the words of its pages, the changelog and the feeds. */
interface CorrectionText {
  year: number;
  territory: { name: string };
  correctedOn: string;
  from?: Parameters<typeof resultText>[0];
  to?: Parameters<typeof resultText>[0];
}

/** Corrections of published results: territory and edition pages, the dataset changelog, the feeds. */
export const frCorrections = {
  title: 'Corrections',
  territoryLead:
    'Quand une source plus sûre contredit un résultat publié, l’atlas le corrige et garde chaque correction : sa date, le résultat avant et après, sa raison et sa source.',
  editionLead: (year: number) =>
    `Résultats de l’édition ${year} corrigés après leur publication. L’atlas garde chaque correction : sa date, le résultat avant et après, sa raison et sa source.`,
  /** « Corrigé le 10 décembre 2026 », « Ajouté le … », « Retiré le … ». */
  heading: (c: CorrectionText) => `${c.from && c.to ? 'Corrigé' : c.to ? 'Ajouté' : 'Retiré'} le ${formatDate(c.correctedOn)}`,
  /** « Niveau 5 et mention « Coup de cœur » → Niveau 4 et mention « Coup de cœur » ». */
  change: (c: CorrectionText) =>
    c.from && c.to
      ? `${resultText(c.from)} → ${resultText(c.to)}`
      : c.to
        ? `résultat ajouté au relevé : ${resultText(c.to)}`
        : `résultat retiré du relevé (il était : ${resultText(c.from!)})`,
  reason: 'Raison',
  /** Beside a corrected result in a territory's history. */
  correctedOn: (date: string) => `Corrigé le ${formatDate(date)}`,
  seeCorrection: 'voir la correction',
  /** A feed item, and the changelog's line. */
  itemTitle: (c: CorrectionText) => `Correction du palmarès ${c.year} : ${c.territory.name}`,
  changelogTitle: (date: string) => `Corrections publiées le ${formatDate(date)}`,
  changelogLine: (c: CorrectionText, reason: string) =>
    `${c.territory.name}, édition ${c.year} : ${frCorrections.change(c)}. ${frCorrections.reason} : ${reason}`,
  archive: 'copie archivée',
  archiveTitle: 'Copie de la page conservée par une archive du web, au cas où la page d’origine change ou disparaît',
};

/** Long lists cut into pages (src/lib/record/pagination.ts): the directory, an edition's palmarès and changes. */
export const frLists = {
  pageOf: (number: number, count: number) => `page ${formatNumber(number)} sur ${formatNumber(count)}`,
  range: (first: string, last: string) => `de « ${first} » à « ${last} »`,
  pagerLabel: 'Pages de la liste',
  previous: '← Page précédente',
  next: 'Page suivante →',
  directoryPagesTitle: 'L’annuaire page par page',
  directoryPagesLead: (count: number, pages: number) =>
    `Les ${formatNumber(count)} collectivités sont classées de A à Z sur ${plural(pages, 'page')} ; les lettres mènent à la page où commence chacune.`,
  directoryPageTitle: (number: number, count: number) => `Territoires de A à Z, page ${formatNumber(number)} sur ${formatNumber(count)}`,
  directoryPageLine: (first: string, last: string, rows: number) => `de « ${first} » à « ${last} » (${plural(rows, 'collectivité')})`,
  distinctionListLink: (count: number) => `voir ${count === 1 ? 'le résultat' : `les ${formatNumber(count)} résultats`}`,
  changeListLink: (count: number) => `voir ${count === 1 ? 'la collectivité' : `les ${formatNumber(count)} collectivités`}`,
  tooLongForPage: (limit: number) =>
    `Ce palmarès compte plus de ${formatNumber(limit)} résultats : chaque distinction a sa propre liste, page par page.`,
  changesTooLongForPage: (limit: number) => `Plus de ${formatNumber(limit)} évolutions : chacune a sa propre liste, page par page.`,
  andOthers: (count: number) => `et ${plural(count, 'autre')}`,
  pressTableTooLong: (count: number, limit: number) =>
    `Le palmarès compte ${formatNumber(count)} résultats, trop pour un tableau de plus de ${formatNumber(limit)} lignes sur cette page : le tableau complet est dans les fichiers de l’édition,`,
  andOthersInFile: (count: number) => `et ${plural(count, 'autre')} (tous dans le fichier CSV du graphique)`,
  /** Short names of the kinds of change, for the titles of their pages (html-validate: titles ≤ 90 characters). */
  changeTitles: {
    new: 'nouveaux',
    'first-known': 'premiers résultats connus',
    returning: 'retours',
    'unknown-previous': 'aucun résultat connu l’édition précédente',
    up: 'progressions',
    down: 'baisses',
    same: 'distinctions confirmées',
    renewed: 'distinctions non comparables',
    'not-renewed': 'non renouvelés',
    'previous-only': 'résultat connu l’édition précédente seulement',
  } satisfies Record<ChangeKind, string>,
  pressTableSpreadsheet: 'pour tableur',
  pressTableLists: 'les listes par distinction sont sur la page de l’édition',
};
