import { describe, expect, it } from 'vitest';
import { imagesReport, pruneReport } from './image-report';

describe('the build’s lines about its images', () => {
  it('says how many files were written, rendered and read from the cache, and how long it took', () => {
    const report = { files: [], rendered: 1, cached: 272, workers: 0, milliseconds: 1234 };
    expect(imagesReport(report, { pngs: 318, svgs: 119 })).toBe(
      'Images PNG : 318 fichiers (et 119 badges SVG), 1 rendu (0 fil de calcul), 272 déjà en cache, en 1.2 s.',
    );
  });

  it('says what the cache lost, and nothing when it lost nothing', () => {
    expect(pruneReport({ files: 0, bytes: 0 })).toBeUndefined();
    expect(pruneReport({ files: 1, bytes: 1024 * 1024 })).toBe('Cache des images : 1 PNG inutilisé depuis 30 jours supprimé (1.0 Mo).');
    expect(pruneReport({ files: 2, bytes: 3 * 1024 * 1024 })).toBe(
      'Cache des images : 2 PNG inutilisés depuis 30 jours supprimés (3.0 Mo).',
    );
  });
});
