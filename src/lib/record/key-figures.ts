// Key figures computed from the atlas, for the home page and the statistics.
import type { Atlas } from './atlas';
import type { TerritoryKind } from '../../schemas/territory';

export interface KeyFigures {
  editionCount: number;
  firstYear?: number;
  lastYear?: number;
  territoryCount: number;
  resultCount: number;
  regionCount: number;
  byKind: Array<{ kind: TerritoryKind; count: number }>;
  /** Territories with a known result in at least two editions. */
  renewedCount: number;
}

export function keyFigures(atlas: Atlas): KeyFigures {
  const kinds = new Map<TerritoryKind, number>();
  for (const t of atlas.territories) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
  return {
    editionCount: atlas.editions.length,
    firstYear: atlas.editions[0]?.year,
    lastYear: atlas.editions.at(-1)?.year,
    territoryCount: atlas.territories.length,
    resultCount: atlas.editions.reduce((sum, e) => sum + e.results.length, 0),
    regionCount: new Set(atlas.territories.flatMap((t) => t.region?.code ?? [])).size,
    byKind: [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
    renewedCount: [...atlas.resultsByTerritory.values()].filter((r) => r.length >= 2).length,
  };
}
