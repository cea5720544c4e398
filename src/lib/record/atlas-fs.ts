// The atlas as the build makes it, read straight from the content folder: for the work that runs
// beside Astro (the build script's search index and image files) and for the dev server's images.
// Problems in the content are not reported here: Astro's content check says them.
import { loadContentFromDisk } from '../content/content-fs';
import type { Reference } from '../reference/reference';
import { loadReference } from '../reference/reference-fs';
import { buildAtlas, type Atlas } from './atlas';

export function loadAtlasFromDisk(root: string, contentDir: string): { atlas: Atlas; reference: Reference } {
  const { content } = loadContentFromDisk(root, contentDir);
  const reference = loadReference();
  return { atlas: buildAtlas(content, reference), reference };
}
