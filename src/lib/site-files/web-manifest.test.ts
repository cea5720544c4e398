import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest';

describe('webManifest', () => {
  it('names the site in French and gives its icons and colour under the base path', () => {
    expect(webManifest({ name: 'Atlas du label', shortName: 'Atlas', description: 'Les résultats.' }, '/atlas/')).toEqual({
      name: 'Atlas du label',
      short_name: 'Atlas',
      description: 'Les résultats.',
      lang: 'fr',
      dir: 'ltr',
      start_url: '/atlas/',
      scope: '/atlas/',
      display: 'browser',
      background_color: '#ffffff',
      theme_color: '#1b3a6b',
      icons: [
        { src: '/atlas/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: '/atlas/apple-touch-icon.png', sizes: '180x180', type: 'image/png' },
        { src: '/atlas/favicon.png', sizes: '32x32', type: 'image/png' },
      ],
    });
  });
});
