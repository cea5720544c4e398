import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentMdxGuard, mdxBodyProblems, splitMdx } from './mdx';

const file = 'content/pages/x.mdx';
const MARKDOWN_ONLY =
  'le contenu MDX est du Markdown simple : titres « # », listes « - », liens « [texte](https://…) », citations « > » ; pour afficher « < », « { » ou « } » tels quels, écrivez \\<, \\{ ou \\}';
const problems = (body: string) => mdxBodyProblems(file, body).map((p) => `${p.field} : ${p.message}`);

describe('splitMdx', () => {
  it('cuts the frontmatter where Astro does (from the end of the --- line), counts the lines before it and blanks it in the body', () => {
    const parts = splitMdx('---\ntitle: T\n---\n\nTexte.\n');
    expect(parts).toEqual({ frontmatter: { yaml: '\ntitle: T\n', offset: 0 }, body: '   \n        \n   \n\nTexte.\n', toml: false });
    expect(splitMdx('\n\n---\na: 1\n---\n').frontmatter).toEqual({ yaml: '\na: 1\n', offset: 2 });
  });

  it('has no frontmatter when the file does not start with ---', () => {
    expect(splitMdx('Texte.\n---\na: 1\n---\n')).toEqual({ body: 'Texte.\n---\na: 1\n---\n', toml: false });
  });

  it('tells a TOML frontmatter', () => {
    expect(splitMdx('+++\na = 1\n+++\n').toml).toBe(true);
  });
});

describe('mdxBodyProblems', () => {
  it('accepts plain Markdown: headings, lists, quotes, links, escaped braces and angle brackets', () => {
    expect(
      mdxBodyProblems(
        file,
        '# Titre\n\n- un [lien](https://example.org/) et [un autre](/territoires/) ; [écrire](mailto:a@example.org)\n\n> citation\n\nUn \\{ et un \\< ; a < b.\n',
      ),
    ).toEqual([]);
  });

  it('reports an unclosed <Quote> with its line, in French', () => {
    expect(mdxBodyProblems(file, '   \n\nTexte.\n\n<Quote>citation\n')).toEqual([
      { file, field: 'ligne 5', message: 'MDX invalide : balise « <Quote> » jamais fermée', suggestion: MARKDOWN_ONLY },
    ]);
  });

  it('says other syntax errors in French', () => {
    expect(problems('Un { sans fin\n')).toEqual(['ligne 1 : MDX invalide : accolade « { » jamais fermée']);
    expect(problems('Texte\n\n</p>\n')).toEqual(['ligne 3 : MDX invalide : balise fermante « </p> » sans balise ouvrante']);
    expect(problems('<!-- note -->\n')).toEqual(['ligne 1 : MDX invalide : commentaire HTML « <!-- … --> » impossible en MDX']);
    expect(problems('Voir <https://example.org>\n')).toEqual(['ligne 1 : MDX invalide : « < » inattendu : en MDX, il ouvre une balise']);
  });

  it('refuses imports, exports and expressions: content runs no code', () => {
    expect(mdxBodyProblems(file, "import X from './x.js'\n\nexport const a = 1\n\nTexte {1 + 1}.\n\n{alert(1)}\n")).toEqual([
      {
        file,
        field: 'ligne 1',
        message: 'instruction « import » interdite : le contenu n’exécute pas de code',
        suggestion: `supprimez cette ligne ; ${MARKDOWN_ONLY}`,
      },
      {
        file,
        field: 'ligne 3',
        message: 'instruction « export » interdite : le contenu n’exécute pas de code',
        suggestion: `supprimez cette ligne ; ${MARKDOWN_ONLY}`,
      },
      {
        file,
        field: 'ligne 5',
        message: 'expression « {1 + 1} » interdite : le contenu n’exécute pas de code',
        suggestion: `supprimez les accolades ; ${MARKDOWN_ONLY}`,
      },
      {
        file,
        field: 'ligne 7',
        message: 'expression « {alert(1)} » interdite : le contenu n’exécute pas de code',
        suggestion: `supprimez les accolades ; ${MARKDOWN_ONLY}`,
      },
    ]);
  });

  it('refuses HTML and components, naming event attributes, once per element', () => {
    expect(
      problems(
        '<script>alert(1)</script>\n\n<iframe src="https://example.org/" />\n\nTexte <img src="x" onerror="alert(1)" onload="y" />.\n\n<Quote>Oui {x}</Quote>\n',
      ),
    ).toEqual([
      'ligne 1 : balise « <script> » interdite : pas de HTML ni de composants dans le contenu',
      'ligne 3 : balise « <iframe> » interdite : pas de HTML ni de composants dans le contenu',
      'ligne 5 : balise « <img> » interdite : pas de HTML ni de composants dans le contenu ; les attributs « onerror », « onload » exécuteraient du code',
      'ligne 7 : balise « <Quote> » interdite : pas de HTML ni de composants dans le contenu',
    ]);
    expect(mdxBodyProblems(file, '<span onclick="x">a</span>\n')[0]).toEqual({
      file,
      field: 'ligne 1',
      message: 'balise « <span> » interdite : pas de HTML ni de composants dans le contenu ; l’attribut « onclick » exécuterait du code',
      suggestion: `supprimez la balise ; ${MARKDOWN_ONLY}`,
    });
  });

  it('refuses javascript:, data: and vbscript: addresses in links, images and definitions, whatever their case', () => {
    expect(
      problems('[a](javascript:alert(1)) [b](JaVaScRiPt:x)\n\n![c](data:image/svg+xml,x)\n\n[d][ref]\n\n[ref]: vbscript:msgbox\n'),
    ).toEqual([
      'ligne 1 : adresse « javascript:alert(1) » interdite dans un lien : une adresse javascript: peut exécuter du code ou injecter du contenu',
      'ligne 1 : adresse « JaVaScRiPt:x » interdite dans un lien : une adresse javascript: peut exécuter du code ou injecter du contenu',
      'ligne 3 : adresse « data:image/svg+xml,x » interdite dans une image : une adresse data: peut exécuter du code ou injecter du contenu',
      'ligne 7 : adresse « vbscript:msgbox » interdite dans un lien : une adresse vbscript: peut exécuter du code ou injecter du contenu',
    ]);
    expect(mdxBodyProblems(file, '[a](javascript:x)\n')[0]?.suggestion).toBe(
      'utilisez une adresse web complète (https://…) ou un lien interne du site (/territoires/…)',
    );
  });

  it('passes every real MDX file of content/', () => {
    const root = path.resolve(import.meta.dirname, '../../../content');
    const files = ['pages', 'testimonials'].flatMap((folder) =>
      readdirSync(path.join(root, folder))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => path.join(folder, name)),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect(mdxBodyProblems(name, splitMdx(readFileSync(path.join(root, name), 'utf8')).body), name).toEqual([]);
  });
});

describe('contentMdxGuard', () => {
  it('stops the MDX compiler of the build with every problem of the file, located for Astro', () => {
    const compile = (source: string) =>
      mdxToJs(source, { mdastPlugins: [contentMdxGuard], fileURL: new URL(`file://${process.cwd()}/content/pages/x.mdx`) });
    expect(() => compile('Texte.\n\n<script>alert(1)</script>\n\n[a](javascript:x)\n')).toThrow(
      '3:1: contenu MDX refusé :\n\n' +
        'content/pages/x.mdx:3\n  balise « <script> » interdite : pas de HTML ni de composants dans le contenu\n' +
        `  → supprimez la balise ; ${MARKDOWN_ONLY}\n\n` +
        'content/pages/x.mdx:5\n  adresse « javascript:x » interdite dans un lien : une adresse javascript: peut exécuter du code ou injecter du contenu\n' +
        '  → utilisez une adresse web complète (https://…) ou un lien interne du site (/territoires/…)',
    );
    expect(compile('# Titre\n\nTexte.\n').code).toContain('Titre');
  });
});
