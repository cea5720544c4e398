import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDirectory } from './content-dir';
import { foreignFiles, loadContentFromDisk, readContentFile } from './content-fs';

const edition = (extra = '') => `year: 2024
announcedOn: 2024-12-04
event: Open Source Experience
place: Paris
scheme: niveaux-1-5
scale:
  - id: 1
    label: Niveau 1
sources:
  - url: https://example.org/
results:
  - territory: abbeville
    distinction: 1
    source: https://example.org/
    confidence: high
${extra}`;

const testimonial = (frontmatter = '', body = 'Un paragraphe.\n') => `---
territory: abbeville
edition: 2022
result:
  distinction: 1
title: Abbeville
summary: Résumé.
author: Ville d’Abbeville
source:
  url: https://example.org/
${frontmatter}---

${body}`;

const roots: string[] = [];
afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project root with an empty content folder; returns the root. */
function contentRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tnl-content-'));
  roots.push(root);
  for (const folder of ['editions', 'territories', 'testimonials', 'pages'])
    mkdirSync(path.join(root, 'content', folder), { recursive: true });
  return root;
}

describe('loadContentFromDisk', () => {
  it('collects every problem of a content folder at once', () => {
    const root = contentRoot();
    writeFileSync(path.join(root, 'content/editions/2024.yaml'), edition().replace('confidence: high', 'confidence: sure'));
    writeFileSync(path.join(root, 'content/territories/abbeville.yaml'), 'kind: commune\ncode: 80001\n');
    writeFileSync(path.join(root, 'content/territories/empty.yaml'), '');
    writeFileSync(path.join(root, 'content/testimonials/x.mdx'), 'Pas de frontmatter');
    const { content, problems } = loadContentFromDisk(root);
    expect(content.territories.map((t) => t.id)).toEqual(['abbeville']);
    expect(problems.map((p) => `${p.file} ${p.field ?? ''}`)).toEqual([
      'content/editions/2024.yaml results[0].confidence (ligne 15)',
      'content/territories/empty.yaml ',
      'content/testimonials/x.mdx ',
    ]);
  });
});

describe('readContentFile', () => {
  it('refuses a symbolic link without reading or showing its target', () => {
    const root = contentRoot();
    const secret = path.join(root, 'secret.txt');
    writeFileSync(secret, 'kind: commune\ncode: "80001"\nname: CONTENU-SECRET\n');
    const link = path.join(root, 'content/territories/lien.yaml');
    symlinkSync(secret, link);
    const read = readContentFile(root, link, 'territories');
    expect(read).toEqual({
      id: 'lien',
      file: 'content/territories/lien.yaml',
      path: link,
      problems: [
        {
          file: 'content/territories/lien.yaml',
          message: 'lien symbolique refusé : un fichier du contenu doit être un vrai fichier du dépôt, pas un lien vers un autre fichier',
          suggestion: 'remplacez le lien par le fichier lui-même, ou supprimez-le',
        },
      ],
    });
    expect(JSON.stringify(read)).not.toContain('SECRET');
  });

  it('refuses a link whose target does not exist, and a folder named like a file', () => {
    const root = contentRoot();
    const link = path.join(root, 'content/editions/2024.yaml');
    symlinkSync('/nonexistent/2024.yaml', link);
    expect(readContentFile(root, link, 'editions').problems[0]?.message).toMatch(/^lien symbolique refusé/);
    const folder = path.join(root, 'content/pages/dossier.mdx');
    mkdirSync(folder);
    expect(readContentFile(root, folder, 'pages').problems).toEqual([
      {
        file: 'content/pages/dossier.mdx',
        message: 'ce n’est pas un fichier ordinaire (un dossier, par exemple)',
        suggestion: 'renommez-le ou déplacez-le hors du dossier du contenu',
      },
    ]);
  });

  it('refuses a file that is not UTF-8', () => {
    const root = contentRoot();
    const file = path.join(root, 'content/territories/ales.yaml');
    writeFileSync(file, Buffer.from('kind: commune\ncode: "30007"\nname: Al\xe8s\n', 'latin1'));
    expect(readContentFile(root, file, 'territories').problems).toEqual([
      {
        file: 'content/territories/ales.yaml',
        message: 'le fichier n’est pas enregistré en UTF-8 : ses caractères accentués seraient illisibles',
        suggestion:
          'enregistrez-le en UTF-8 (VS Code : cliquez sur l’encodage en bas à droite, puis « Enregistrer avec l’encodage » › UTF-8)',
      },
    ]);
  });

  it('refuses a file name with capitals, as it would be a page address', () => {
    const root = contentRoot();
    const file = path.join(root, 'content/territories/Echirolles.yaml');
    writeFileSync(file, 'kind: commune\ncode: "38151"\n');
    expect(readContentFile(root, file, 'territories')).toMatchObject({
      data: undefined,
      problems: [
        {
          file: 'content/territories/Echirolles.yaml',
          message:
            'nom de fichier « Echirolles.yaml » invalide : attendu des minuscules sans accents, des chiffres et des tirets (ex. « saint-martin-d-uriage.yaml »)',
          suggestion: 'renommez-le en « echirolles.yaml »',
        },
      ],
    });
  });

  it('reads a date-like MDX title as the text the build shows, with the frontmatter lines counted', () => {
    const root = contentRoot();
    const file = path.join(root, 'content/testimonials/abbeville-2022.mdx');
    writeFileSync(file, testimonial().replace('title: Abbeville', 'title: 2021-11-09'));
    const read = readContentFile(root, file, 'testimonials');
    expect(read.problems).toEqual([]);
    expect(read.data).toMatchObject({ title: '2021-11-09' });
    expect(read.raw).toMatchObject({ title: '2021-11-09' });
    expect(read.body).toBe('Un paragraphe.');
    writeFileSync(file, testimonial('title: Deux fois\n'));
    expect(readContentFile(root, file, 'testimonials').problems.map((p) => `${p.field} ${p.message}`)).toEqual([
      'title (ligne 11) le champ « title » apparaît deux fois (lignes 6 et 11)',
    ]);
  });

  it('checks the MDX body too, and keeps a valid frontmatter for the cross-file rules', () => {
    const root = contentRoot();
    const file = path.join(root, 'content/testimonials/abbeville-2022.mdx');
    writeFileSync(file, testimonial('', 'Un paragraphe.\n\n<Quote>texte\n'));
    const read = readContentFile(root, file, 'testimonials');
    expect(read.problems.map((p) => `${p.field} ${p.message}`)).toEqual(['ligne 15 MDX invalide : balise « <Quote> » jamais fermée']);
    expect(read.data).toMatchObject({ territory: 'abbeville' });
  });

  it('refuses a TOML frontmatter', () => {
    const root = contentRoot();
    const file = path.join(root, 'content/pages/a-propos.mdx');
    writeFileSync(file, '+++\ntitle = "À propos"\n+++\n\nTexte.\n');
    expect(readContentFile(root, file, 'pages').problems).toEqual([
      {
        file: 'content/pages/a-propos.mdx',
        message: 'en-tête TOML (« +++ ») non pris en charge',
        suggestion: 'écrivez l’en-tête en YAML, entre deux lignes « --- »',
      },
    ]);
  });
});

describe('loadContentFromDisk: files that exist but fail', () => {
  it('lists them, so that references to them are not reported as unknown', () => {
    const root = contentRoot();
    writeFileSync(path.join(root, 'content/editions/2024.yaml'), edition().replace('year: 2024', 'year: deux'));
    writeFileSync(path.join(root, 'content/territories/abbeville.yaml'), 'kind: commune\ncode: 80001a\n');
    writeFileSync(path.join(root, 'content/territories/nevers.yaml'), 'kind: commune\ncode: "58194"\n');
    const { content } = loadContentFromDisk(root);
    expect(content.failed).toEqual({ editions: ['2024'], territories: ['abbeville'] });
    expect(content.territories.map((t) => t.id)).toEqual(['nevers']);
  });
});

describe('foreignFiles', () => {
  it('refuses the temporary files an interrupted write left, and says to delete them', () => {
    const root = contentRoot();
    writeFileSync(path.join(root, 'content/territories/.abbeville.yaml.4242-0.tmp'), 'kind: commune\n');
    writeFileSync(path.join(root, 'content/editions/2024.yaml~'), 'year: 2024\n');
    expect(foreignFiles(root)).toEqual([
      {
        file: 'content/editions/2024.yaml~',
        message:
          'fichier temporaire ou de sauvegarde (2024.yaml~) : seuls les fichiers .yaml de ce dossier sont lus, il n’est ni lu ni vérifié, mais « git add content/ » le publierait',
        suggestion:
          'supprimez-le (rm "content/editions/2024.yaml~") ; s’il vient d’une commande interrompue, relancez-la ensuite : les fichiers du contenu ne sont jamais écrits à moitié',
      },
      {
        file: 'content/territories/.abbeville.yaml.4242-0.tmp',
        message:
          'fichier temporaire ou de sauvegarde (.abbeville.yaml.4242-0.tmp) : seuls les fichiers .yaml de ce dossier sont lus, il n’est ni lu ni vérifié, mais « git add content/ » le publierait',
        suggestion:
          'supprimez-le (rm "content/territories/.abbeville.yaml.4242-0.tmp") ; s’il vient d’une commande interrompue, relancez-la ensuite : les fichiers du contenu ne sont jamais écrits à moitié',
      },
    ]);
  });

  it('refuses stray documents and folders, and ignores the files systems write by themselves', () => {
    const root = contentRoot();
    writeFileSync(path.join(root, 'content/notes.txt'), 'à faire');
    writeFileSync(path.join(root, 'content/testimonials/boe-2023.md'), '---\n---\n');
    mkdirSync(path.join(root, 'content/territories/anciens'));
    writeFileSync(path.join(root, 'content/territories/.DS_Store'), '');
    writeFileSync(path.join(root, 'content/.DS_Store'), '');
    expect(foreignFiles(root).map((p) => `${p.file} : ${p.message}`)).toEqual([
      'content/notes.txt : fichier étranger au contenu : content/ ne contient que les dossiers editions, territories, testimonials et pages, il n’est ni lu ni vérifié',
      'content/territories/anciens : dossier étranger au contenu : seuls les fichiers .yaml de ce dossier sont lus, il n’est ni lu ni vérifié',
      'content/testimonials/boe-2023.md : fichier étranger au contenu : seuls les fichiers .mdx de ce dossier sont lus, il n’est ni lu ni vérifié',
    ]);
  });

  it('says how to finish an interrupted write, quoting the command from its journal', () => {
    const root = contentRoot();
    mkdirSync(path.join(root, 'content/.ecriture-en-cours'));
    expect(foreignFiles(root)).toEqual([
      {
        file: 'content/.ecriture-en-cours',
        message: 'écriture interrompue avant toute modification : une commande a été arrêtée pendant qu’elle préparait ses fichiers',
        suggestion: 'aucun fichier du contenu n’a changé : supprimez ce dossier (rm -r "content/.ecriture-en-cours") ou relancez la commande, qui le fera',
      },
    ]);
    writeFileSync(
      path.join(root, 'content/.ecriture-en-cours/journal.json'),
      JSON.stringify({ state: 'ready', command: 'npm run import:results -- 2024 resultats.xlsx' }),
    );
    expect(foreignFiles(root)[0]?.suggestion).toBe(
      'relancez la même commande : npm run import:results -- 2024 resultats.xlsx ; elle termine d’abord l’écriture (tous les fichiers ou aucun), puis fait son travail. Voir CONTRIBUTING.md, « Après une commande interrompue »',
    );
  });

  it('finds nothing in the real content', () => {
    expect(foreignFiles(path.resolve(import.meta.dirname, '../../..'), contentDirectory())).toEqual([]);
  });
});
