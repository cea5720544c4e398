import { describe, expect, it } from 'vitest';
import { testimonialSchema } from './testimonial';

const valid = {
  territory: 'boe',
  edition: 2023,
  result: { distinction: 5, mentions: ['coup-de-coeur'] },
  title: 'Boé : niveau 5 et coup de cœur du jury en 2023',
  summary: 'Un résumé.',
  author: 'Ville de Boé',
  source: { url: 'https://ville-boe.fr/' },
};

describe('testimonialSchema', () => {
  it('accepts a title that fits a browser tab with the site name', () => {
    expect(testimonialSchema.safeParse({ ...valid, title: 'x'.repeat(78) }).success).toBe(true);
  });

  it('refuses a longer title, saying why', () => {
    const result = testimonialSchema.safeParse({ ...valid, title: 'x'.repeat(79) });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', 'titre trop long : 78 caractères au plus (l’onglet du navigateur y ajoute « · Atlas TNL »)'],
    ]);
  });
});
