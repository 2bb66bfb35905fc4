/**
 * The editor's operations, extracted when the editor is built (web/scripts/safelist.ts writes
 * web/dist/safelist.json: sha256 of the document text → the text). Every process loads the same file, so a
 * client may send `extensions.persistedQuery.sha256Hash` alone to any of them (Apollo's persisted-query protocol,
 * answered from this file instead of one process's memory); with CUNCE_SAFELIST_ONLY=anonymous, an anonymous
 * caller may run these operations only (safelistPlugin.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parse, print, type DocumentNode } from 'graphql';

export const SAFELIST_FILE = 'safelist.json';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class Safelist {
  private readonly normalised: ReadonlySet<string>;

  constructor(private readonly byHash: ReadonlyMap<string, string>) {
    this.normalised = new Set([...byHash.values()].map((text) => sha256(print(parse(text)))));
  }

  /** The manifest at `file`; an empty list when there is none (the editor not built). */
  static load(file: string): Safelist {
    if (!existsSync(file)) return new Safelist(new Map());
    return Safelist.of(Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  }

  static of(documents: readonly string[]): Safelist {
    return new Safelist(new Map(documents.map((text) => [sha256(text), text])));
  }

  get size(): number {
    return this.byHash.size;
  }

  /** Whether `document` is one of the list's, whatever its spacing and comments as sent. */
  allows(document: DocumentNode): boolean {
    return this.normalised.has(sha256(print(document)));
  }

  /**
   * Apollo's persisted-query cache, read from the list: a hash not in it is PERSISTED_QUERY_NOT_FOUND, and what
   * a client registers is not kept (the list is fixed at build time).
   */
  cache() {
    const prefix = 'apq:';
    return {
      get: async (key: string) => this.byHash.get(key.startsWith(prefix) ? key.slice(prefix.length) : key),
      set: async () => {},
      delete: async () => {},
    };
  }
}
