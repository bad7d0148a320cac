import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Every test asserts something: a test body (`test(...)`/`it(...)`) must call `expect`, itself or
 * through a function declared in the same file that does. A test that only drives the app proves
 * nothing when the behaviour breaks. Unit tests are also checked at run time
 * (`expect.hasAssertions()` in src/test/setup.ts); Playwright has no such hook, hence this rule.
 */
const testsAssert = {
  meta: { type: 'problem', messages: { none: 'This test never calls expect: it cannot fail when its behaviour breaks.' }, schema: [] },
  create(context) {
    const source = context.sourceCode;
    const asserting = new Set(); // names of this file's functions whose bodies call expect
    const tests = [];
    const calls = (text) => /\bexpect\b/.test(text);
    const isFn = (n) => n && (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression');
    return {
      FunctionDeclaration(node) {
        if (node.id && calls(source.getText(node))) asserting.add(node.id.name);
      },
      VariableDeclarator(node) {
        if (node.id.type === 'Identifier' && isFn(node.init) && calls(source.getText(node.init))) asserting.add(node.id.name);
      },
      CallExpression(node) {
        const callee = node.callee;
        const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.property.type === 'Identifier' && ['only', 'fixme', 'fail', 'concurrent'].includes(callee.property.name) ? callee.object.name : null;
        if (name !== 'test' && name !== 'it') return;
        const body = node.arguments.find(isFn);
        if (body) tests.push({ node, text: source.getText(body) });
      },
      'Program:exit'() {
        for (const { node, text } of tests) {
          if (calls(text)) continue;
          if ([...asserting].some((fn) => new RegExp(`\\b${fn}\\s*\\(`).test(text))) continue;
          context.report({ node, messageId: 'none' });
        }
      },
    };
  },
};

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
    files: ['e2e/**/*.spec.ts', 'src/**/*.test.{ts,tsx}'],
    plugins: { journeyprint: { rules: { 'tests-assert': testsAssert } } },
    rules: { 'journeyprint/tests-assert': 'error' },
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
