import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../record/atlas';
import { loadReference } from '../reference/reference-fs';
import { contentDirectory } from './content-dir';
import { loadContentFromDisk } from './content-fs';
import { isApproximatePosition } from './territories';

const root = path.resolve(import.meta.dirname, '../../..');
const { content } = loadContentFromDisk(root, path.resolve(root, contentDirectory()));
const reference = loadReference();

describe('isApproximatePosition', () => {
  it('flags a syndicat placed at its département centre, not a région placed at its own centre', () => {
    const atlas = buildAtlas(content, reference);
    expect(isApproximatePosition(atlas.territoryBySlug.get('smeacc')!)).toBe(true);
    expect(isApproximatePosition(atlas.territoryBySlug.get('grand-est')!)).toBe(false);
    expect(isApproximatePosition(atlas.territoryBySlug.get('abbeville')!)).toBe(false);
  });
});
