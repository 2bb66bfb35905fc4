/**
 * The declared room order, bottom first. A room may import rooms of its own layer or of a lower one, never
 * of a higher one. A room is the first folder under src/modules, any other folder under src, or a top-level
 * file of src (named without its extension).
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['errors', 'config', 'envInteger', 'production', 'migrations'],
  ['adapter'],
  ['db', 'graphql', 'limits'],
  ['audit'],
  ['reference'],
  ['lifecycle'],
  ['donations'],
  ['settlement'],
  ['reporting'],
  ['app', 'entities', 'ports', 'resolvers', 'seeders', 'shutdown', 'migrate', 'index'],
];
