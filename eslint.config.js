import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { localRules } from './eslint-rules/no-cycle-with-types.js';

/**
 * The layers, top to bottom: a layer may import the ones below it, never those above.
 * `graph` is the canvas; `view` is the app's view model, which the canvas draws and the
 * features read. `text` holds spans of source text, which the source view and an editor share.
 * `theme` holds the look of entity types, which the graph and the components share.
 * `queries` holds the query cache's options and the hooks that read it: React meets data there.
 * `authoring` is the editor's pure model (edits, suggestions): it knows no React.
 */
const LAYERS = [
  'app',
  'routes',
  'features',
  'components',
  'queries',
  'graph',
  'view',
  'authoring',
  'text',
  'theme',
  'url',
  'data',
  'lib',
];
const layerZones = LAYERS.flatMap((layer, at) =>
  LAYERS.slice(0, at).map((above) => ({
    target: `./src/${layer}`,
    from: `./src/${above}`,
    message: `${layer}/ sits below ${above}/ and must not import it.`,
  })),
);
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features do not import each other: compose them in routes/ or the app shell.',
}));
const otherZones = [
  {
    target: './src/components',
    from: './src/graph',
    message: 'Shared components draw the UI; only features compose them with the graph.',
  },
  {
    target: './src/url',
    from: './src/data/load/load-dataset.ts',
    message: 'The URL codec does not read the query cache: take the dataset as an argument.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '**/*.tmp.mjs'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // With noUncheckedIndexedAccess, `!` after a check the compiler cannot follow is the honest form.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'check-file': checkFile, local: localRules },
    settings: {
      // Without these the import rules never follow a TypeScript file, and pass silently.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...layerZones, ...featureZones, ...otherZones] },
      ],
      // import-x/no-cycle cannot see type-only imports (no option does it): the local rule can.
      'import-x/no-cycle': 'error',
      'local/no-cycle-with-types': 'error',
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    // Features draw the UI; only graph/ may talk to Cytoscape, and the rest reach graph/ through
    // its index (which loads the canvas, and with it Cytoscape, on demand).
    files: ['src/**'],
    ignores: ['src/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'cytoscape', message: 'Use the graph adapter in src/graph/.' }],
          patterns: [
            {
              regex: '(^|/)graph/.+',
              message: 'Import the canvas layer through src/graph/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // data/ is plain TypeScript: React, the router and the query cache live in queries/ and above.
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|react-router|@tanstack/react-[a-z-]+)(/.*)?$',
              message: 'data/ does not know React: put hooks and query options in src/queries/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
  },
  {
    // Parts of the benchmark run inside the page (page.evaluate).
    files: ['scripts/bench/**/*.{js,mjs}', 'scripts/tools/screenshots.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
