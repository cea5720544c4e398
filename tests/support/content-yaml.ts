// The content folder read straight from its YAML files, without src/lib or the schemas: tests
// compare what the site shows with this independent reading instead of with the code under test.
// CONTENT_DIR (default content/) names the folder, as for the build.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');

/** The content folder: CONTENT_DIR (relative to the project or absolute), or content/. */
export const contentDir = path.resolve(root, process.env.CONTENT_DIR?.trim() || 'content');

export interface YamlDistinction {
  id: string;
  label: string;
  /** An entry distinction, not the label itself (the 2025 Badge). */
  entry: boolean;
}

export interface YamlResult {
  territory: string;
  /** The distinction id as written, `inconnue` included. */
  distinction: string;
  source: string;
}

export interface YamlEdition {
  /** File name without .yaml. */
  id: string;
  year: number;
  scale: YamlDistinction[];
  labelledCount?: number;
  countsByDistinction: Record<string, number>;
  sources: string[];
  results: YamlResult[];
}

export interface YamlTerritory {
  /** File name without .yaml. */
  id: string;
  kind: string;
  code?: string;
  departement?: string;
  members: string[];
}

/** File names (without extension) of a content sub-folder, sorted. */
export function contentFiles(folder: 'editions' | 'territories' | 'testimonials' | 'pages', dir = contentDir): string[] {
  const ext = folder === 'editions' || folder === 'territories' ? '.yaml' : '.mdx';
  return readdirSync(path.join(dir, folder))
    .filter((name) => name.endsWith(ext))
    .map((name) => name.slice(0, -ext.length))
    .sort();
}

/** Every edition file, oldest year first. */
export function readEditions(dir = contentDir): YamlEdition[] {
  return contentFiles('editions', dir)
    .map((id) => {
      const data = parse(readFileSync(path.join(dir, 'editions', `${id}.yaml`), 'utf8'));
      return {
        id,
        year: Number(data.year),
        scale: (data.scale as { id: unknown; label: string; entry?: boolean }[]).map((d) => ({
          id: String(d.id),
          label: d.label,
          entry: d.entry === true,
        })),
        labelledCount: data.labelledCount,
        countsByDistinction: data.countsByDistinction ?? {},
        sources: ((data.sources ?? []) as { url: string }[]).map((s) => s.url),
        results: ((data.results ?? []) as { territory: string; distinction: unknown; source: string }[]).map((r) => ({
          territory: r.territory,
          distinction: String(r.distinction),
          source: r.source,
        })),
      };
    })
    .sort((a, b) => a.year - b.year);
}

/** Every territory file, by file name. */
export function readTerritories(dir = contentDir): YamlTerritory[] {
  return contentFiles('territories', dir).map((id) => {
    const data = parse(readFileSync(path.join(dir, 'territories', `${id}.yaml`), 'utf8'));
    return {
      id,
      kind: data.kind,
      code: data.code === undefined ? undefined : String(data.code),
      departement: data.departement === undefined ? undefined : String(data.departement),
      members: ((data.members ?? []) as unknown[]).map(String),
    };
  });
}

/** The label of a result's distinction in its edition's scale; « Distinction non connue » for `inconnue`. */
export function distinctionLabel(edition: YamlEdition, result: YamlResult): string {
  return edition.scale.find((d) => d.id === result.distinction)?.label ?? 'Distinction non connue';
}

/**
 * How the search names a territory's latest result, dated: « Échirolles : Or distinguée à l’édition
 * 2025, la dernière », « SITIV : Niveau 5 labellisé en 2022 (dernier résultat connu) » — the present
 * tense only for the latest edition, « distingué » when the edition's scale has an entry distinction.
 */
export function latestResultLine(slug: string, name: string, dir = contentDir): string {
  const editions = readEditions(dir);
  const edition = editions.findLast((e) => e.results.some((r) => r.territory === slug));
  if (!edition) throw new Error(`${slug} n’a aucun résultat dans ${dir}`);
  const result = edition.results.find((r) => r.territory === slug)!;
  const kind = readTerritories(dir).find((t) => t.id === slug)?.kind ?? 'commune';
  const participle = `${edition.scale.some((d) => d.entry) ? 'distingué' : 'labellisé'}${['commune', 'epci', 'region'].includes(kind) ? 'e' : ''}`;
  const label = result.distinction === 'inconnue' ? 'Distinction non connue' : distinctionLabel(edition, result);
  const when =
    edition.year === editions.at(-1)!.year ? `à l’édition ${edition.year}, la dernière` : `en ${edition.year} (dernier résultat connu)`;
  return `${name} : ${label} ${participle} ${when}`;
}

/**
 * The headline of a commune covered by this territory, as the search says it: « Oui, à l’édition
 * 2025 (la dernière) : … est distinguée (Or). » or « En 2022 : … a été labellisé (Niveau 5) ; aucun
 * résultat connu depuis. » (`who` names the body as the sentence does).
 */
export function latestHeadline(slug: string, who: string, dir = contentDir): string {
  const editions = readEditions(dir);
  const edition = editions.findLast((e) => e.results.some((r) => r.territory === slug))!;
  const result = edition.results.find((r) => r.territory === slug)!;
  const kind = readTerritories(dir).find((t) => t.id === slug)?.kind ?? 'commune';
  const participle = `${edition.scale.some((d) => d.entry) ? 'distingué' : 'labellisé'}${['commune', 'epci', 'region'].includes(kind) ? 'e' : ''}`;
  const label = result.distinction === 'inconnue' ? 'niveau non connu' : distinctionLabel(edition, result);
  return edition.year === editions.at(-1)!.year
    ? `Oui, à l’édition ${edition.year} (la dernière) : ${who} est ${participle} (${label}).`
    : `En ${edition.year} : ${who} a été ${participle} (${label}) ; aucun résultat connu depuis.`;
}

/** Counts as the home page and the statistics state them, from the YAML files alone. */
export function contentCounts(dir = contentDir) {
  const editions = readEditions(dir);
  const results = editions.flatMap((e) => e.results.map((r) => ({ ...r, year: e.year })));
  const yearsByTerritory = new Map<string, Set<number>>();
  for (const r of results) yearsByTerritory.set(r.territory, (yearsByTerritory.get(r.territory) ?? new Set()).add(r.year));
  return {
    editions: editions.length,
    firstYear: editions[0]?.year,
    lastYear: editions.at(-1)?.year,
    results: results.length,
    /** Territories with at least one result. */
    territories: yearsByTerritory.size,
    /** Territories with a result in at least two editions. */
    renewed: [...yearsByTerritory.values()].filter((years) => years.size >= 2).length,
  };
}
