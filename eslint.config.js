import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Import direction: engine → schemas only; nothing outside the engine reaches past its entries,
 * one per capability (simulation, saisie, calendrier, cout, catalogue), plus index.ts, the whole
 * engine, for Node consumers (command line, scripts, tests): pages import only the capability they
 * need, so that a page's chunks carry only that. ui never imports cli: what both need (reading and
 * writing CSV files) is in src/fichiers. */
const CAPACITES = ['simulation', 'saisie', 'calendrier', 'cout', 'catalogue'];
const permis = (noms) => noms.flatMap((n) => [`!**/engine/${n}`, `!**/engine/${n}.ts`]);
const ENTREES_DU_MOTEUR = {
  group: ['**/engine/*', ...permis([...CAPACITES, 'index'])],
  message: `Importer le moteur uniquement par ses entrées : engine/index.ts ou ${CAPACITES.join(', ')}.`,
};
const ENTREES_PAR_CAPACITE = {
  group: ['**/engine/*', ...permis(CAPACITES)],
  message: `Une page importe le moteur par l’entrée de la capacité qu’elle emploie : engine/${CAPACITES.join('.ts, ')}.ts (index.ts est pour Node).`,
};
const CLI = ['**/cli/**', '**/cli'];
const PAR_FICHIERS =
  'L’interface n’importe pas la ligne de commande : ce qu’elles partagent est dans src/fichiers.';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-cli/',
      'test-results/',
      'playwright-report/',
      '.lighthouse/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'Le moteur ne dépend pas de React.',
            },
            {
              group: ['**/ui/**', '**/ui', '**/cli/**', '**/cli'],
              message: 'Le moteur n’importe ni ui ni cli.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'Le moteur ne fait pas d’entrées-sorties.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'Pas d’horloge dans le moteur : utiliser engine/dates.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pas d’horloge dans le moteur.' },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ENTREES_DU_MOTEUR] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/social/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ENTREES_PAR_CAPACITE, { group: CLI, message: PAR_FICHIERS }] },
      ],
    },
  },

  {
    files: ['src/fichiers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ENTREES_DU_MOTEUR,
            {
              group: [...CLI, '**/ui/**', '**/ui', 'react', 'react-dom', 'react/*', 'react-dom/*'],
              message:
                'src/fichiers sert la ligne de commande et l’interface : il n’importe ni l’une ni l’autre.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/fichiers tourne aussi dans le navigateur : pas de module Node.',
            },
          ],
        },
      ],
    },
  },
);
