// Parses built pages (parse5, as a browser would) into a flat list of elements for static checks.
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export interface HtmlElement {
  /** Lower-case tag name. */
  tag: string;
  attrs: Record<string, string>;
  /** Tag name of the parent element ('' for the root). */
  parent: string;
  /** Line in the file, for error messages. */
  line: number;
  /** Text content, as textContent. */
  text: () => string;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Elements whose content is raw text, not markup. */
const RAW_TEXT = new Set(['script', 'style']);

function fixedText(value: string): () => string {
  return () => value;
}

/** The text of an element from its content's place in the source, parsed again on demand. */
function sourceText(html: string, tag: string, start: number, end: number): () => string {
  return () => {
    const inner = html.slice(start, end);
    return RAW_TEXT.has(tag) ? inner : textOf(parseFragment(inner));
  };
}

/** Every element of an HTML document, in document order (template contents included). */
export function htmlElements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const location = child.sourceCodeLocation;
      const start = location?.startTag?.endOffset;
      const end = location?.endTag?.startOffset ?? location?.endOffset;
      const tag = child.tagName;
      // Keeps offsets, not the node: the tree is freed once the page is parsed (the closure is made
      // outside this scope, which holds the node).
      const text = start === undefined || end === undefined ? fixedText(textOf(child)) : sourceText(html, tag, start, end);
      found.push({
        tag,
        attrs: Object.fromEntries(child.attrs.map(({ name, value }) => [name, value])),
        parent: 'tagName' in node ? node.tagName : '',
        line: location?.startLine ?? 0,
        text,
      });
      visit(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}
