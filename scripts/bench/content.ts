// Measures check:content on a large synthetic content folder (real communes, many editions) and
// prints the figures: files, results, time to read, to validate, in total.
// Usage: npm run bench:content [-- --territoires 5000 --editions 10]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentFromDisk } from '../../src/lib/content/content-fs';
import { loadReference } from '../../src/lib/reference/reference-fs';
import { validateContent } from '../../src/lib/content/validate';
import { formatDuration } from '../lib/cli';

const { values } = parseArgs({
  options: { territoires: { type: 'string', default: '5000' }, editions: { type: 'string', default: '10' } },
});
const territoryCount = Number(values.territoires);
const editionCount = Number(values.editions);

const dir = mkdtempSync(path.join(tmpdir(), 'tnl-bench-content-'));
try {
  const reference = loadReference();
  const communes = [...reference.communes.values()].slice(0, territoryCount);
  for (const folder of ['editions', 'territories', 'testimonials', 'pages']) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const c of communes)
    writeFileSync(path.join(dir, 'territories', `c${c.code.toLowerCase()}.yaml`), `kind: commune\ncode: "${c.code}"\n`);
  for (let i = 0; i < editionCount; i++) {
    const year = 2016 + i;
    const results = communes
      .map(
        (c, n) =>
          `  - territory: c${c.code.toLowerCase()}\n    distinction: ${(n % 5) + 1}\n    source: https://example.org/${year}\n    confidence: high\n`,
      )
      .join('');
    const scale = [1, 2, 3, 4, 5].map((n) => `  - id: ${n}\n    label: Niveau ${n}\n`).join('');
    writeFileSync(
      path.join(dir, 'editions', `${year}.yaml`),
      `year: ${year}\nannouncedOn: ${year}-12-01\nevent: Test\nplace: Paris\nscheme: niveaux-1-5\nscale:\n${scale}sources:\n  - url: https://example.org/\nresults:\n${results}`,
    );
  }
  const start = performance.now();
  const { content, problems } = loadContentFromDisk(process.cwd(), dir);
  const read = performance.now();
  const crossFile = validateContent(content, reference);
  const end = performance.now();
  console.log(
    `check:content sur ${communes.length} territoires et ${editionCount} éditions (${communes.length * editionCount} résultats) :`,
  );
  console.log(`  lecture et schémas : ${formatDuration(read - start)}`);
  console.log(`  règles entre fichiers et codes officiels : ${formatDuration(end - read)}`);
  console.log(
    `  total (sans le chargement du référentiel) : ${formatDuration(end - start)} ; problèmes : ${problems.length + crossFile.length}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
