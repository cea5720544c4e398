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
      'Image de partage de l’Atlas TNL : Abbeville, Commune · Somme (80). Dernière distinction connue : Or, édition 2025. Labellisé lors de 2 éditions connues depuis 2022. Échelle de l’édition 2025, de la plus basse à la plus haute : Badge, Bronze, Argent, Or ; distinction obtenue : Or.',
    );
    expect(plan.share.get('/editions/2022/')?.alt).toBe(
      'Image de partage de l’Atlas TNL : Édition 2022 du label. 23 collectivités distinguées (chiffre officiel). L’atlas en connaît 4, dont 2 au niveau 5. Échelle de l’édition 2022, de la plus basse à la plus haute : Niveau 1, Niveau 2, Niveau 3, Niveau 4, Niveau 5.',
    );
  });

  it('gives a regional page its count, what it covers and its latest edition', () => {
    expect(plan.share.get('/regions/32/')?.alt).toBe(
      'Image de partage de l’Atlas TNL : Hauts-de-France. Palmarès régional. 1 collectivité labellisée connue dans la région ou couvrant certaines de ses communes. Dernière édition : 2025, 1 résultat connu.',
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
        expect(plan.pngs.get(`/territoires/${slug}/badge-${r.year}.png`)).toMatchObject({ width: 352, height: 124 });
      }
    }
    expect(texts(plan.svgs.get('/territoires/abbeville/badge.svg')!)).toEqual(['Territoire Numérique Libre', 'Or · 2025', 'Abbeville']);
    expect(texts(plan.svgs.get('/territoires/abbeville/badge-2022.svg')!)).toEqual([
      'Territoire Numérique Libre',
      'Niveau 5 · 2022',
      'Abbeville',
    ]);
    expect(plan.pngs.get('/territoires/abbeville/badge.png')!.svg).toBe(plan.svgs.get('/territoires/abbeville/badge.svg'));
  });

  it('says « Labellisé » with the year when the distinction is not known', () => {
    expect(texts(plan.svgs.get('/territoires/syndicat-test/badge-2022.svg')!)[1]).toBe('Labellisé · 2022');
    expect(plan.svgs.get('/territoires/syndicat-test/badge.svg')).toContain(
      '<title id="titre">Syndicat « Numérique », Isère : label Territoire Numérique Libre, édition 2022, distinction non connue. Vérifiable sur l’Atlas TNL.</title>',
    );
  });
});
