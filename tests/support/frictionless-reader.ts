// Reads a built site's datapackage.json with the Frictionless JavaScript library (`datapackage` on
// npm), as a reuser's program would: the package loaded in strict mode (an invalid descriptor
// throws), every tabular resource read with its types cast and its foreign keys resolved, every
// other resource read as bytes. Unlike tests/support/frictionless.ts, nothing here is our own
// reading of the specification: what the library refuses, a reuser's program refuses.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Package } from 'datapackage';

export interface ResourceReading {
  name: string;
  path: string;
  /** Rows of a tabular resource, typed by the library (numbers, booleans, dates). */
  rows?: Array<Record<string, unknown>>;
  /** Bytes of any resource. */
  bytes: number;
  sha256: string;
  /** What the library refused, in its own words. */
  errors: string[];
}

interface LibraryError extends Error {
  errors?: Error[];
}

/** Every resource of `<folder>/datapackage.json`, read by the library. */
export async function readPackage(folder: string): Promise<{ descriptor: Record<string, unknown>; resources: ResourceReading[] }> {
  const pkg = await Package.load(path.join(folder, 'datapackage.json'), { basePath: folder, strict: true });
  const resources: ResourceReading[] = [];
  for (const resource of pkg.resources) {
    const raw = Buffer.from(await resource.rawRead());
    const reading: ResourceReading = {
      name: resource.name,
      path: String(resource.descriptor.path),
      bytes: raw.length,
      sha256: createHash('sha256').update(raw).digest('hex'),
      errors: [],
    };
    if (resource.tabular)
      try {
        reading.rows = await resource.read({ keyed: true, relations: true });
      } catch (error) {
        const e = error as LibraryError;
        reading.errors = [e.message, ...(e.errors ?? []).map((inner) => inner.message)];
      }
    resources.push(reading);
  }
  return { descriptor: pkg.descriptor, resources };
}
