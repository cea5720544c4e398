// A small MapData for unit tests of the map's filters, state and HTML: a 2022 edition on the 1–5
// scale and a 2025 edition on Badge / Bronze / Argent / Or, so that code assuming levels 1–5 fails.
import type { MapData, MapDistinction, MapTerritory } from '../../src/lib/map/map-data';

// 2022: levels 1–3 never published, level 4 partial, level 5 partial against an official 3.
const levels: MapDistinction[] = [1, 2, 3, 4, 5].map((n) => ({
  id: String(n),
  label: `Niveau ${n}`,
  short: String(n),
  tone: n,
  status: n >= 4 ? 'partial' : 'unpublished',
  ...(n === 5 && { official: 3 }),
}));
// 2025: Argent known in full (an official 1), the others partial.
const medals: MapDistinction[] = [
  { id: 'badge', label: 'Badge', short: 'Badge', tone: 1, status: 'partial' },
  { id: 'bronze', label: 'Bronze', short: 'Bronze', tone: 2, status: 'partial' },
  { id: 'argent', label: 'Argent', short: 'Argent', tone: 4, status: 'complete', official: 1 },
  { id: 'or', label: 'Or', short: 'Or', tone: 5, status: 'partial' },
];

function territory(slug: string, name: string, fields: Partial<MapTerritory>): MapTerritory {
  return { slug, name, kind: 'commune', results: [], point: [46, 2], ...fields };
}

export const mapFixture: MapData = {
  kinds: ['commune', 'epci', 'region', 'syndicat', 'autre'],
  editions: [
    { year: 2022, scheme: 'niveaux-1-5', scale: levels, official: 23, status: 'partial', awards: 'label' },
    { year: 2025, scheme: 'badge-bronze-argent-or', scale: medals, official: 36, status: 'partial', awards: 'distinction' },
  ],
  territories: [
    territory('abbeville', 'Abbeville', {
      departement: '80',
      region: '32',
      results: [
        [2022, '5'],
        [2025, 'or'],
      ],
    }),
    territory('agence', 'Agence nationale <test>', { kind: 'autre', point: undefined, results: [[2025, 'bronze']] }),
    territory('bretagne', 'Bretagne', { kind: 'region', region: '53', area: ['22', '29', '35', '56'], results: [[2025, 'bronze']] }),
    territory('echirolles', 'Échirolles', {
      departement: '38',
      region: '84',
      results: [
        [2022, '5'],
        [2025, 'argent'],
      ],
    }),
    territory('lyon', 'Lyon', { departement: '69', region: '84', results: [[2022, '4']] }),
    territory('rennes-metropole', 'Rennes Métropole', { kind: 'epci', departement: '35', region: '53', results: [[2025, 'badge']] }),
    territory('syndicat', 'Syndicat', { kind: 'syndicat', departement: '38', region: '84', approximate: true, results: [[2022, null]] }),
  ],
  departements: { '35': 'Ille-et-Vilaine', '38': 'Isère', '69': 'Rhône', '80': 'Somme' },
  regions: { '32': 'Hauts-de-France', '53': 'Bretagne', '84': 'Auvergne-Rhône-Alpes' },
};
