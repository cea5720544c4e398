import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { loadReference } from '../reference/reference-fs';
import { buildAreas } from '../record/areas';
import { planImages } from './image-plan';

const atlas = fixtureAtlas();
const plan = planImages(atlas, buildAreas(atlas, loadReference()), 'https://atlas.example/atlas/');
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('planImages', () => {
  it('plans the same paths and alt texts for the pages without drawing the files', () => {
    const forPages = planImages(atlas, buildAreas(atlas, loadReference()), 'https://atlas.example/atlas/', { files: false });
    expect([forPages.pngs.size, forPages.svgs.size]).toEqual([0, 0]);
    expect(forPages.share).toEqual(plan.share);
    expect(forPages.badges).toEqual(plan.badges);
  });

  it('gives the home page, every edition, territory with a result, région and département a 1200 × 630 share image beside the page', () => {
    expect(plan.share.get('/')).toMatchObject({ path: '/partage.png', width: 1200, height: 630 });
    expect(plan.share.get('/editions/2025/')?.path).toBe('/editions/2025/partage.png');
    expect(plan.share.get('/territoires/abbeville/')?.path).toBe('/territoires/abbeville/partage.png');
    expect(plan.share.get('/regions/32/')?.path).toBe('/regions/32/partage.png');
    expect(plan.share.get('/departements/80/')?.path).toBe('/departements/80/partage.png');
    for (const image of plan.share.values()) expect(plan.pngs.get(image.path)).toMatchObject({ width: 1200, height: 630 });
  });

  it('says in the alt text what the image shows', () => {
    expect(plan.share.get('/territoires/abbeville/')?.alt).toBe(
      'Image de partage de l’Atlas TNL : Abbeville, Commune · Somme (80). Dernière distinction connue : Or, édition 2025. Un résultat connu dans 2 éditions depuis 2022. Échelle de l’édition 2025, de la plus basse à la plus haute : Badge, Bronze, Argent, Or ; distinction obtenue : Or.',
    );
    expect(plan.share.get('/editions/2022/')?.alt).toBe(
      'Image de partage de l’Atlas TNL : Édition 2022 du label. 23 collectivités labellisées (chiffre officiel). L’atlas en connaît 4, dont 2 au niveau 5. Échelle de l’édition 2022, de la plus basse à la plus haute : Niveau 1, Niveau 2, Niveau 3, Niveau 4, Niveau 5.',
    );
  });

  it('gives a regional page its count, what it covers and its latest edition', () => {
    expect(plan.share.get('/regions/32/')?.alt).toBe(
      'Image de partage de l’Atlas TNL : Hauts-de-France. Palmarès régional. 1 collectivité connue dans la région ou couvrant certaines de ses communes. Dernier résultat connu : édition 2025 (1 collectivité).',
    );
  });

  it('prints the page’s address, with the base path, on its image', () => {
    expect(texts(plan.pngs.get('/territoires/abbeville/partage.png')!.svg).at(-1)).toBe('atlas.example/atlas/territoires/abbeville/');
  });

  it('gives every result its SVG and PNG badge, and each territory a current badge showing its latest distinction', () => {
    for (const [slug, results] of atlas.resultsByTerritory) {
      expect(plan.badges.get(slug)?.map((b) => b.year)).toEqual(results.map((r) => r.year));
      for (const r of results) {
        expect(plan.svgs.has(`/territoires/${slug}/badge-${r.year}.svg`)).toBe(true);
        expect(plan.pngs.get(`/territoires/${slug}/badge-${r.year}.png`)).toMatchObject({ width: 352, height: 148 });
      }
    }
    expect(texts(plan.svgs.get('/territoires/abbeville/badge.svg')!)).toEqual([
      'Territoire Numérique Libre',
      'Or · 2025',
      'Abbeville',
      'Vérifier sur l’Atlas TNL (non officiel)',
    ]);
    expect(texts(plan.svgs.get('/territoires/abbeville/badge-2022.svg')!)).toEqual([
      'Territoire Numérique Libre',
      'Niveau 5 · 2022',
      'Abbeville',
      'Vérifier sur l’Atlas TNL (non officiel)',
    ]);
    expect(plan.pngs.get('/territoires/abbeville/badge.png')!.svg).toBe(plan.svgs.get('/territoires/abbeville/badge.svg'));
  });

  it('never says « Labellisé » for an unknown tier: « Niveau non connu », or its mention', () => {
    expect(texts(plan.svgs.get('/territoires/syndicat-test/badge-2022.svg')!)[1]).toBe('Niveau non connu · 2022');
    expect(plan.svgs.get('/territoires/syndicat-test/badge.svg')).toContain(
      '<title id="titre">Syndicat « Numérique », Isère : niveau non connu, édition 2022 du label Territoire Numérique Libre. Relevé indépendant de l’Atlas TNL, à vérifier sur sa fiche.</title>',
    );
    for (const svg of plan.svgs.values()) expect(svg).not.toMatch(/labellis/i);
  });

  it('says an entry distinction is not the label itself, in the badge’s title and alt text', () => {
    expect(plan.svgs.get('/territoires/rennes-metropole/badge-2025.svg')).toContain(
      'Rennes Métropole : Badge (distinction d’entrée, pas le label lui-même), édition 2025',
    );
    expect(plan.badges.get('rennes-metropole')![0]!.alt).toBe(
      'Territoire Numérique Libre, édition 2025 : Badge (distinction d’entrée, pas le label lui-même), Rennes Métropole (relevé de l’Atlas TNL, non officiel : vérifier sur sa fiche)',
    );
  });
});
