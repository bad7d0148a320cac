import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'e2e/.profiles', 'bench/results', '**/*.tmp.mjs'] },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // DESIGN.md §3.1: the domain is pure TypeScript, free of frameworks and storage.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/domain must not import React.' },
            { group: ['dexie', 'dexie-*'], message: 'src/domain must not import Dexie.' },
            { group: ['zustand', 'zustand/*', 'zundo'], message: 'src/domain must not import the store.' },
            { group: ['@xyflow/*'], message: 'src/domain must not import React Flow.' },
            { group: ['**/db/**', '**/store/**', '**/features/**', '**/i18n/**', '**/ui/**'], message: 'src/domain imports only the domain.' },
          ],
        },
      ],
    },
  },
);
