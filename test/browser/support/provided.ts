/** What the browser suites' global setup hands to every suite (vitest `inject`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The real server, e.g. http://127.0.0.1:41234: the editor at `/`, GraphQL at `/graphql`. */
    origin: string;
    /** The password of the seeded `admin` (REGION_ADMIN). */
    adminPassword: string;
    /** The last of the 2,200 generated villages (support/region.ts). */
    generatedVillage: string;
  }
}

export {};
