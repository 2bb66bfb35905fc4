// ESLint for the whole workspace (flat config): typescript-eslint's recommended rules on TypeScript, and
// eslint-plugin-vue's recommended rules on the editor's components; layout is Prettier's (eslint-config-prettier
// turns off what would disagree with it). Run by `pnpm lint`, which `pnpm test` ends with.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', 'server/src/migrations/**', 'test/artifacts/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Type-only namespaces of MikroORM/type-graphql decorators and declaration merging are used on purpose.
      '@typescript-eslint/no-namespace': 'off',
      // Component names are Chinese users' page names in the router; single-word names are ours to choose.
      'vue/multi-word-component-names': 'off',
      // A prop object passed down may be filled in by a child editor (the rule set is one tree the editor edits).
      'vue/no-mutating-props': ['error', { shallowOnly: true }],
      'vue/no-irregular-whitespace': 'off',
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true }],
    },
  },
  {
    // Chinese text in templates uses full-width spaces.
    files: ['**/*.vue'],
    rules: { 'no-irregular-whitespace': 'off' },
  },
  {
    files: ['**/test/**', '**/*.test.ts', '**/bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
