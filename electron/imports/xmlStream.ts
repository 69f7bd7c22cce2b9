// OOXML parts parsed as a stream with saxes (the parser exceljs itself uses): one pass, no
// backtracking, so a flood of nested or half-open tags costs time in proportion to its length.
import { SaxesParser } from 'saxes';

export type XmlHandlers = {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string, selfClosing: boolean): void;
};

/** The part is not well-formed XML, or nests deeper than any Office program writes. */
export class XmlError extends Error {}

/** No part Office writes nests anywhere near this deep; a deeper one is made to hurt. */
const MAX_DEPTH = 100;

export type XmlSink = { write(text: string): void; end(): void };

/** A parser feeding `h`; text chunks may split anywhere, CDATA arrives as text. */
export function xmlSink(h: XmlHandlers): XmlSink {
  const p = new SaxesParser<{ position: false; xmlns: false }>({ position: false, xmlns: false });
  let depth = 0;
  p.on('error', (e) => {
    throw new XmlError(e.message);
  });
  p.on('doctype', () => {
    throw new XmlError('DOCTYPE');
  });
  p.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) throw new XmlError('too deep');
    h.open?.(tag.name, tag.attributes, tag.isSelfClosing);
  });
  p.on('closetag', (tag) => {
    depth--;
    h.close?.(tag.name, tag.isSelfClosing);
  });
  if (h.text) {
    const text = h.text;
    p.on('text', text);
    p.on('cdata', text);
  }
  return {
    write: (s) => {
      if (s) p.write(s);
    },
    end: () => {
      p.close();
    },
  };
}

/** The local part of a qualified name ("x:row" → "row"). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
