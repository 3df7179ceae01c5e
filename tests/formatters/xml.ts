/**
 * A deliberately small, strict XML parser for the tests (no dependency):
 * elements, attributes, text, CDATA-free content, the five named entities
 * and numeric character references. It throws on anything malformed, so a
 * formatter that writes broken XML fails the test.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME_CHAR = /[A-Za-z0-9_.:-]/;

export function parseXml(source: string): XmlElement {
  let index = 0;

  const fail = (why: string): never => {
    throw new Error(`XML: ${why} at offset ${index}`);
  };
  const skipWhitespace = (): void => {
    while (index < source.length && /\s/.test(source[index] ?? '')) index += 1;
  };
  const expect = (literal: string): void => {
    if (!source.startsWith(literal, index)) fail(`expected ${JSON.stringify(literal)}`);
    index += literal.length;
  };
  const readName = (): string => {
    const start = index;
    while (index < source.length && NAME_CHAR.test(source[index] ?? '')) index += 1;
    if (start === index) fail('expected a name');
    return source.slice(start, index);
  };
  const decode = (raw: string): string => {
    if (/[<]/.test(raw)) fail('raw < in content');
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(raw)) fail('control character');
    return raw.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
      if (entity === undefined) return fail('bare &');
      if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
      const named = NAMED_ENTITIES[entity];
      return named ?? fail(`unknown entity ${match}`);
    });
  };

  const readElement = (): XmlElement => {
    expect('<');
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      skipWhitespace();
      if (source.startsWith('/>', index)) {
        index += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[index] === '>') {
        index += 1;
        break;
      }
      const attribute = readName();
      if (attribute in attributes) fail(`duplicate attribute ${attribute}`);
      expect('="');
      const end = source.indexOf('"', index);
      if (end < 0) fail('unterminated attribute');
      // A real parser turns literal tabs and line breaks in attributes into spaces: the formatter must encode them.
      if (/[\t\n\r]/.test(source.slice(index, end))) fail(`raw tab or line break in attribute ${attribute}`);
      attributes[attribute] = decode(source.slice(index, end));
      index = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = source.indexOf('<', index);
      if (next < 0) fail(`unclosed <${name}>`);
      text += decode(source.slice(index, next));
      index = next;
      if (source.startsWith('</', index)) {
        index += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipWhitespace();
        expect('>');
        return { name, attributes, children, text };
      }
      children.push(readElement());
    }
  };

  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) fail('unterminated declaration');
    index = end + 2;
  }
  skipWhitespace();
  const root = readElement();
  skipWhitespace();
  if (index !== source.length) fail('content after the root element');
  return root;
}

export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (child.name === name) found.push(child);
    found.push(...descendants(child, name));
  }
  return found;
}
