// The commune lookup files of this build, computed once and shared by the endpoints that write them.
import { buildLookupFiles, type LookupFiles } from './search/lookup-files';
import { loadReference } from './reference/reference-fs';
import { getSiteData } from './site-data';

let files: Promise<LookupFiles> | undefined;

/** The lookup files, built on first use. */
export function getLookupFiles(): Promise<LookupFiles> {
  files ??= getSiteData().then(({ atlas }) => buildLookupFiles(loadReference(), atlas));
  return files;
}
