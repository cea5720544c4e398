// What an MDX content file may hold: a YAML frontmatter, then plain Markdown. Content MDX has no
// components and runs no code, so imports, exports, {expressions}, HTML or JSX tags and
// javascript:/data:/vbscript: links are refused. The same rules run in `check:content` (on the tree
// of `mdxToMdast`) and in the build (as a Sätteri mdast plugin given to the mdx() integration),
// with the parser @astrojs/mdx itself uses.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineMdastPlugin, mdxToMdast } from 'satteri';
import { pluralForm } from '../../i18n/fr';
import type { YamlSource } from './yaml';
import { formatProblemBlocks } from './problem-format';
import type { Problem } from './validate';

/** The parts of an MDX file, split the way Astro splits them. */
export interface MdxParts {
  /** The YAML between the `---` lines, or undefined when the file has none. */
  frontmatter?: YamlSource;
  /** The file with its frontmatter blanked out (lines kept), as @astrojs/mdx hands it to the compiler. */
  body: string;
  /** True when the frontmatter is TOML (`+++`), which the content schemas do not read. */
  toml: boolean;
}

// The expression of @astrojs/internal-helpers/frontmatter, so that the check cuts a file where Astro does.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** Splits an MDX file into its frontmatter and its body. */
export function splitMdx(text: string): MdxParts {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text, toml: false };
  const [whole, delimiter, yaml] = match as unknown as [string, string, string];
  const start = match.index + whole.length - yaml.length - 3;
  const blanked = `   ${yaml.replace(/[^\r\n]/g, ' ')}   `;
  return {
    frontmatter: { yaml, offset: text.slice(0, start).split('\n').length - 1 },
    body: text.slice(0, start - 3) + blanked + text.slice(start + yaml.length + 3),
    toml: delimiter === '+++',
  };
}

/** Features of the parse: those @astrojs/mdx enables that change what is syntax (GFM). */
const FEATURES = { gfm: true } as const;

/** Every problem of an MDX body: a syntax error, or what content MDX may not contain. */
export function mdxBodyProblems(file: string, body: string): Problem[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body, { features: FEATURES }) as MdxNode;
  } catch (error) {
    return [syntaxProblem(file, error)];
  }
  return mdxTreeProblems(tree).map(({ line, message, suggestion }) => ({ file, field: `ligne ${line}`, message, suggestion }));
}

/** The fields of an mdast node these rules read (Sätteri gives unist nodes with positions). */
interface MdxNode {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string }[];
}

export interface MdxRuleProblem {
  line: number;
  column: number;
  message: string;
  suggestion: string;
}

const MARKDOWN_ONLY =
  'le contenu MDX est du Markdown simple : titres « # », listes « - », liens « [texte](https://…) », citations « > » ; pour afficher « < », « { » ou « } » tels quels, écrivez \\<, \\{ ou \\}';
const REFUSED_SCHEMES = ['javascript', 'data', 'vbscript'];

/** What content MDX may not contain, found in a parsed tree; the children of a refused node are not searched. */
export function mdxTreeProblems(root: MdxNode): MdxRuleProblem[] {
  const problems: MdxRuleProblem[] = [];
  const walk = (node: MdxNode) => {
    const refused = nodeProblem(node);
    if (refused) {
      const start = node.position?.start ?? { line: 1, column: 1 };
      problems.push({ line: start.line, column: start.column, ...refused });
      if (!node.type.startsWith('mdx')) node.children?.forEach(walk);
      return;
    }
    node.children?.forEach(walk);
  };
  walk(root);
  return problems;
}

function nodeProblem(node: MdxNode): { message: string; suggestion: string } | undefined {
  switch (node.type) {
    case 'mdxjsEsm': {
      const keyword = /^\s*(import|export)\b/.exec(node.value ?? '')?.[1] ?? 'import';
      return {
        message: `instruction « ${keyword} » interdite : le contenu n’exécute pas de code`,
        suggestion: `supprimez cette ligne ; ${MARKDOWN_ONLY}`,
      };
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return {
        message: `expression « {${preview(node.value ?? '')}} » interdite : le contenu n’exécute pas de code`,
        suggestion: `supprimez les accolades ; ${MARKDOWN_ONLY}`,
      };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const events = (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name ?? '')).map((a) => a.name);
      const code = events.length
        ? ` ; ${pluralForm(events.length, 'l’attribut', 'les attributs')} ${events.map((e) => `« ${e} »`).join(', ')} ${pluralForm(events.length, 'exécuterait', 'exécuteraient')} du code`
        : '';
      return {
        message: `balise « <${node.name ?? ''}> » interdite : pas de HTML ni de composants dans le contenu${code}`,
        suggestion: `supprimez la balise ; ${MARKDOWN_ONLY}`,
      };
    }
    case 'link':
    case 'image':
    case 'definition': {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec((node.url ?? '').replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
      if (!scheme || !REFUSED_SCHEMES.includes(scheme)) return undefined;
      return {
        message: `adresse « ${preview(node.url ?? '')} » interdite dans ${node.type === 'image' ? 'une image' : 'un lien'} : une adresse ${scheme}: peut exécuter du code ou injecter du contenu`,
        suggestion: 'utilisez une adresse web complète (https://…) ou un lien interne du site (/territoires/…)',
      };
    }
    default:
      return undefined;
  }
}

/** A syntax error of the MDX parser ("12:1: Expected a closing tag for `<Quote>` …"), said in French. */
function syntaxProblem(file: string, error: unknown): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(text);
  const detail = match?.[3] ?? text;
  return {
    file,
    ...(match ? { field: `ligne ${match[1]}` } : {}),
    message: `MDX invalide : ${frenchSyntaxError(detail)}`,
    suggestion: MARKDOWN_ONLY,
  };
}

function frenchSyntaxError(detail: string): string {
  const unclosed = /Expected a closing tag for `<([^`>]*)>`/.exec(detail);
  if (unclosed) return `balise « <${unclosed[1]}> » jamais fermée`;
  const closing = /Unexpected closing tag `<\/([^`>]*)>`/.exec(detail);
  if (closing) return `balise fermante « </${closing[1]}> » sans balise ouvrante`;
  if (/closing brace for `\{`/.test(detail)) return 'accolade « { » jamais fermée';
  if (/to create a comment in MDX/.test(detail)) return 'commentaire HTML « <!-- … --> » impossible en MDX';
  if (/after `<`|before name|expected a valid JSX tag/.test(detail)) return '« < » inattendu : en MDX, il ouvre une balise';
  return `syntaxe incorrecte (détail du compilateur : ${detail})`;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/**
 * The same rules as a Sätteri mdast plugin, for `mdx({ processor: satteri({ mdastPlugins }) })`: the
 * build stops on the first MDX file that breaks them, with every problem of that file. The message
 * starts with `line:column:`, which @astrojs/mdx turns into the error's location.
 */
export const contentMdxGuard = defineMdastPlugin({
  name: 'atlas-content-mdx',
  options: { position: true },
  before(root, ctx) {
    const problems = mdxTreeProblems(root as unknown as MdxNode);
    if (problems.length === 0) return;
    const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)).split(path.sep).join('/') : 'MDX';
    const first = problems[0]!;
    const blocks = formatProblemBlocks(
      problems.map(({ line, message, suggestion }) => ({ file, field: `ligne ${line}`, message, suggestion })),
    );
    throw new Error(`${first.line}:${first.column}: contenu MDX refusé :\n\n${blocks}`);
  },
});
