import { describe, expect, it } from 'vitest';
import { contentDirectory, displayPath } from './content-dir';

describe('contentDirectory', () => {
  it('is ./content unless CONTENT_DIR names another folder', () => {
    expect(contentDirectory({})).toBe('content');
    expect(contentDirectory({ CONTENT_DIR: ' tests/fixtures/changement-d-echelle/content ' })).toBe(
      'tests/fixtures/changement-d-echelle/content',
    );
  });
});

describe('displayPath', () => {
  it('names files inside the project relative to it, and files elsewhere by their absolute path', () => {
    expect(displayPath('/repo', '/repo/content/editions/2024.yaml')).toBe('content/editions/2024.yaml');
    expect(displayPath('/repo', 'content/editions/2024.yaml')).toBe('content/editions/2024.yaml');
    expect(displayPath('/repo', '/tmp/x/editions/2024.yaml')).toBe('/tmp/x/editions/2024.yaml');
  });
});
