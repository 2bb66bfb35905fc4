/**
 * An XML part of a workbook read with saxes as it is inflated: pieces of UTF-8 decoded across their boundaries,
 * events handed to the handlers with element names stripped of any namespace prefix. A handler may throw to stop
 * reading; the source of the pieces is then closed, so nothing more is inflated.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** The part is not well-formed XML. */
export class XmlUnreadable extends Error {}

export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export async function parseXml(chunks: AsyncIterable<Buffer>, on: XmlHandlers): Promise<void> {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on('error', (error) => (failure ??= new XmlUnreadable(error.message)));
  if (on.open) parser.on('opentag', (tag: SaxesTagPlain) => on.open!(localName(tag.name), tag.attributes as Record<string, string>));
  if (on.text) parser.on('text', on.text);
  if (on.close) parser.on('closetag', (tag: SaxesTagPlain) => on.close!(localName(tag.name)));
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    parser.write(decoder.write(chunk));
    if (failure) throw failure;
  }
  parser.write(decoder.end());
  parser.close();
  if (failure) throw failure;
}
