// A strict reader of well-formed XML for tests (the RSS feeds): one root element, every tag closed in
// order, attributes quoted and unique, only the five XML entities and character references. It
// checks the files we publish rather than trusting their writer; no DTD, no namespaces resolution.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The text directly inside the element (entities and CDATA decoded), children's text excluded. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;\s&<]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new Error(`« & » sans « ; » à la position ${at}`);
    if (name in ENTITIES) return ENTITIES[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (code === undefined) throw new Error(`entité « &${name}; » inconnue à la position ${at}`);
    return String.fromCodePoint(name.startsWith('#x') ? parseInt(code, 16) : Number(code));
  });
}

const NAME = /^[A-Za-z_][\w.:-]*/;

/** Parses an XML document; throws a French message naming the position of the first error. */
export function parseXml(input: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (message: string): never => {
    throw new Error(`${message} (position ${i})`);
  };
  /** The position just after the next `end`, or an error saying what was never closed. */
  const past = (end: string, what: string) => {
    const at = input.indexOf(end, i);
    return at < 0 ? fail(`${what} jamais fermé`) : at + end.length;
  };
  const skipMisc = () => {
    for (;;) {
      const rest = input.slice(i);
      const ws = /^\s+/.exec(rest);
      if (ws) i += ws[0].length;
      else if (rest.startsWith('<?')) i = past('?>', 'instruction <?');
      else if (rest.startsWith('<!--')) i = past('-->', 'commentaire');
      else return;
    }
  };
  skipMisc();
  while (i < input.length) {
    const current = stack.at(-1);
    if (input.startsWith('<!--', i)) {
      i = past('-->', 'commentaire');
    } else if (input.startsWith('<![CDATA[', i)) {
      const end = input.indexOf(']]>', i);
      if (end < 0 || !current) fail('section CDATA mal placée ou jamais fermée');
      current!.text += input.slice(i + 9, end);
      i = end + 3;
    } else if (input.startsWith('</', i)) {
      const name = NAME.exec(input.slice(i + 2))?.[0] ?? fail('balise fermante sans nom');
      if (!current || current.name !== name) fail(`</${name}> ferme ${current ? `<${current.name}>` : 'rien'}`);
      i = past('>', `</${name}`);
      stack.pop();
      if (stack.length === 0) {
        skipMisc();
        if (i < input.length) fail('contenu après l’élément racine');
      }
    } else if (input[i] === '<') {
      const name = NAME.exec(input.slice(i + 1))?.[0] ?? fail('balise sans nom');
      if (!current && root) fail('deux éléments racines');
      i += 1 + name.length;
      const element: XmlElement = { name, attrs: {}, children: [], text: '' };
      for (;;) {
        const attr = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(input.slice(i));
        if (!attr) break;
        if (attr[1]! in element.attrs) fail(`attribut ${attr[1]} en double`);
        element.attrs[attr[1]!] = decode(attr[3] ?? attr[4] ?? '', i);
        i += attr[0].length;
      }
      const end = /^\s*(\/?)>/.exec(input.slice(i)) ?? fail(`balise <${name}> mal formée`);
      i += end[0].length;
      if (current) current.children.push(element);
      else root = element;
      if (!end[1]) stack.push(element);
      else if (!current) {
        skipMisc();
        if (i < input.length) fail('contenu après l’élément racine');
      }
    } else {
      const end = input.indexOf('<', i);
      const text = input.slice(i, end < 0 ? input.length : end);
      if (!current) fail('texte hors de l’élément racine');
      if (text.includes(']]>')) fail('« ]]> » dans le texte');
      current!.text += decode(text, i);
      i += text.length;
    }
  }
  if (stack.length > 0) fail(`<${stack.at(-1)!.name}> jamais fermé`);
  return root ?? fail('aucun élément');
}

/** The children of an element with a given name. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
/** The text of an element's first child with a given name, trimmed. */
export const childText = (element: XmlElement, name: string) => childrenNamed(element, name)[0]?.text.trim();
