// The build reads the content as `check:content` does: it refuses the same files with the same
// messages, never publishes a draft edition, and a failed `npm run build` leaves the previous dist/
// as it was. Each case builds a copy of the project with a few files changed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function projectCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tnl-build-'));
  copies.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'content', 'public'])
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const target = path.join(dir, 'content', file);
  const before = readFileSync(target, 'utf8');
  const after = change(before);
  expect(after, `la modification de ${file} n’a rien changé`).not.toBe(before);
  writeFileSync(target, after);
}

function run(dir: string, command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    // Its own Astro cache: the default one sits in the linked node_modules, shared with every build.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: path.join(dir, '.astro-cache'), NO_COLOR: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every text file of the built site that a reader or a program can fetch (pages, feeds, data). */
function builtTexts(dist: string): { file: string; text: string }[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|csv|geojson|txt|svg)$/.test(e.name))
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { file: path.relative(dist, full), text: readFileSync(full, 'utf8') };
    });
}

// The cases add the edition after the latest one of content/ (whatever it is), and build on
// 1 June of that year (SOURCE_DATE_EPOCH, seconds since 1970): before its ceremony on 4 December.
const latest = Math.max(...readdirSync(path.join(root, 'content/editions')).map((f) => Number(f.replace(/\.yaml$/, ''))));
const next = latest + 1;
const BEFORE_CEREMONY = { SOURCE_DATE_EPOCH: String(Date.UTC(next, 5, 1) / 1000) };
/** The latest edition's file turned into the next year's, announced on 4 December of that year. */
const nextEdition = (dir: string, extra = '') =>
  readFileSync(path.join(dir, `content/editions/${latest}.yaml`), 'utf8')
    .replace(`year: ${latest}`, `year: ${next}${extra}`)
    .replace(/^announcedOn: .*$/m, `announcedOn: ${next}-12-04`);

describe('npm run build', () => {
  it('refuses broken content with the messages of check:content, and leaves the previous dist/ untouched', () => {
    const dir = projectCopy();
    edit(dir, 'editions/2022.yaml', (t) => t.replace('territory: echirolles', 'territory: "Echirolles "'));
    edit(dir, 'editions/2021.yaml', (t) => t.replace(/^place: .*$/m, '$&\nplace: Paris'));
    edit(dir, 'territories/lettret.yaml', (t) => t.replace('code: "05074"', 'code: 05074'));
    edit(dir, 'territories/digne-les-bains.yaml', (t) => t.replace('code: "04070"', 'code: 4070'));
    edit(dir, 'testimonials/boe-2023.mdx', (t) => `${t}\n<Quote>citation\n`);
    symlinkSync(path.join(dir, 'content/territories/abbeville.yaml'), path.join(dir, 'content/territories/lien.yaml'));
    const dist = path.join(dir, 'dist');
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'index.html'), 'construction précédente');

    const { status, output } = run(dir, 'npm', ['run', 'build']);

    expect(status).not.toBe(0);
    for (const block of [
      'Contenu invalide : 6 problèmes dans 6 fichiers.',
      'content/editions/2021.yaml:6 › place\n  le champ « place » apparaît deux fois (lignes 5 et 6)\n  → gardez une seule ligne « place: … » et supprimez l’autre',
      '.territory\n  identifiant "Echirolles " invalide (espace au début ou à la fin, majuscules) : attendu : minuscules sans accents, chiffres et tirets (ex. « saint-martin-d-uriage »)\n  → vouliez-vous dire « echirolles » ?',
      'content/territories/digne-les-bains.yaml:3 › code\n  code « 4070 » invalide : attendu un code INSEE de commune à 5 caractères (ex. 38151)\n  → vouliez-vous dire « 04070 » ? écrivez code: "04070" (entre guillemets, pour garder le zéro)',
      'content/territories/lettret.yaml:3 › code\n  le code 05074, écrit sans guillemets, est lu comme le nombre 5074 : YAML retire son zéro initial\n  → mettez le code entre guillemets : code: "05074"',
      'content/territories/lien.yaml\n  lien symbolique refusé : un fichier du contenu doit être un vrai fichier du dépôt, pas un lien vers un autre fichier',
      '\n  MDX invalide : balise « <Quote> » jamais fermée\n',
      'Corrigez puis relancez la construction ; « npm run check:content » vérifie le contenu sans construire le site.',
      'La construction a échoué (Astro, code 1) : dist/ n’a pas été modifié.',
    ])
      expect(output).toContain(block);
    // No cascade: the editions citing Lettret and Digne-les-Bains say nothing about them.
    expect(output).not.toContain('inconnu');
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('construction précédente');
    expect(readdirSync(dir).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  }, 180_000);
});

describe('astro build', () => {
  it('refuses an edition announced after the reference date (SOURCE_DATE_EPOCH) that is not a draft', () => {
    const dir = projectCopy();
    writeFileSync(path.join(dir, `content/editions/${next}.yaml`), nextEdition(dir));
    const { status, output } = run(dir, 'npx', ['astro', 'build'], BEFORE_CEREMONY);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/editions/${next}.yaml › announcedOn\n  date d’annonce ${next}-12-04 postérieure à aujourd’hui (${next}-06-01) : une édition n’est publiée qu’une fois ses résultats annoncés\n  → si la date est fausse, corrigez-la ; sinon ajoutez « draft: true » à l’édition jusqu’à la cérémonie (elle est alors vérifiée mais publiée nulle part)`,
    );
  }, 180_000);

  it('refuses HTML in an MDX file that Astro compiles itself, with the rules of check:content', () => {
    const dir = projectCopy();
    writeFileSync(path.join(dir, 'src/pages/essai.mdx'), '# Essai\n\n<script>alert(1)</script>\n');
    const { status, output } = run(dir, 'npx', ['astro', 'build']);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'contenu MDX refusé :\n\nsrc/pages/essai.mdx:3\n  balise « <script> » interdite : pas de HTML ni de composants dans le contenu\n',
    );
  }, 180_000);

  it('publishes no draft, reads date-like values as texts, and warns about an unused territory', () => {
    const dir = projectCopy();
    // A draft next edition after the reference date, with a territory known only from it and a testimonial.
    writeFileSync(
      path.join(dir, `content/editions/${next}.yaml`),
      nextEdition(dir, '\ndraft: true')
        .replace(/^event: .*$/m, 'event: ZZBROUILLONZZ')
        .replace(
          /^results:\n/m,
          'results:\n  - territory: zz-brouillon\n    distinction: inconnue\n    source: https://example.org/\n    confidence: medium\n',
        ),
    );
    writeFileSync(path.join(dir, 'content/territories/zz-brouillon.yaml'), 'kind: commune\ncode: "01001"\nname: ZZBROUILLONZZ commune\n');
    // The draft copies the latest edition: the testimonial states Boé's result there.
    const boe = (
      parse(readFileSync(path.join(dir, `content/editions/${latest}.yaml`), 'utf8')) as {
        results: Array<{ territory: string; distinction: string | number; mentions?: string[] }>;
      }
    ).results.find((r) => r.territory === 'boe')!;
    writeFileSync(
      path.join(dir, `content/testimonials/boe-${next}.mdx`),
      readFileSync(path.join(dir, 'content/testimonials/boe-2023.mdx'), 'utf8')
        .replace('edition: 2023', `edition: ${next}`)
        .replace(/^result:\n(  .*\n)+/m, `result:\n  distinction: ${boe.distinction}\n  mentions: [${(boe.mentions ?? []).join(', ')}]\n`)
        .replace(/^title: .*$/m, 'title: ZZBROUILLONZZ témoignage'),
    );
    writeFileSync(path.join(dir, 'content/territories/sans-resultat.yaml'), 'kind: commune\ncode: "01002"\n');
    // A date-like text where a text is expected (a note, a title); a place must be a name (schema rule).
    edit(dir, 'editions/2022.yaml', (t) => t.replace(/^notes: .*$/m, 'notes: 2021-11-09'));
    edit(dir, 'testimonials/boe-2023.mdx', (t) => t.replace(/^title: .*$/m, 'title: 2021-11-09'));

    const { status, output } = run(dir, 'npx', ['astro', 'build'], BEFORE_CEREMONY);

    // The real content may have other warnings (addresses in http://): their count is not this test's.
    expect(output).toMatch(/Contenu : \d+ avertissements? \(la construction continue\)\./);
    expect(output).toContain(
      'content/territories/sans-resultat.yaml\n  aucune édition ne cite le territoire « sans-resultat » : il sera publié sans aucun résultat\n',
    );
    expect(status).toBe(0);
    const dist = path.join(dir, 'dist');
    expect(existsSync(path.join(dist, `editions/${next}`))).toBe(false);
    expect(existsSync(path.join(dist, 'territoires/zz-brouillon'))).toBe(false);
    expect(existsSync(path.join(dist, `temoignages/boe-${next}`))).toBe(false);
    expect(
      builtTexts(dist)
        .filter(({ text }) => /ZZBROUILLONZZ|zz-brouillon/.test(text))
        .map((f) => f.file),
    ).toEqual([]);
    expect(readFileSync(path.join(dist, 'editions/2022/index.html'), 'utf8')).toContain('2021-11-09');
    expect(readFileSync(path.join(dist, 'temoignages/boe-2023/index.html'), 'utf8')).toMatch(/<h1[^>]*>2021-11-09<\/h1>/);
  }, 180_000);
});
