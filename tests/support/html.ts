// Parses built pages (parse5, as a browser would) into a flat list of elements for static checks.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

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

/** Every element of an HTML document, in document order (template contents included). */
export function htmlElements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      found.push({
        tag: child.tagName,
        attrs: Object.fromEntries(child.attrs.map(({ name, value }) => [name, value])),
        parent: 'tagName' in node ? node.tagName : '',
        line: child.sourceCodeLocation?.startLine ?? 0,
        text: () => textOf(child),
      });
      visit(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}
