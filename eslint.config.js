import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Import direction: engine → schemas only; nothing outside the engine reaches past its entries
 * (index.ts; annexes.ts for the annex pages; questionnaire.ts for the simulator's first load). */
export default tseslint.config(
  { ignores: ['dist/', 'test-results/', 'playwright-report/', '.lighthouse/', 'coverage/'] },
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
    files: ['src/ui/**/*.{ts,tsx}', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/engine/*',
                '!**/engine/index',
                '!**/engine/index.ts',
                '!**/engine/annexes',
                '!**/engine/annexes.ts',
                '!**/engine/questionnaire',
                '!**/engine/questionnaire.ts',
              ],
              message:
                'Importer le moteur uniquement par ses entrées : engine/index.ts, annexes.ts, questionnaire.ts.',
            },
          ],
        },
      ],
    },
  },
);
