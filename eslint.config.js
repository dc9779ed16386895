// One flat config for every workspace: strict TypeScript rules, type-only
// imports kept separate, React hooks rules in the client, Prettier owns layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'e2e/artifacts/**',
      'server/bench/results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    // Tests compare with Intl on purpose.
    ignores: ['client/src/**/*.test.{ts,tsx}'],
    rules: {
      // Each call with a locale (or Intl.DateTimeFormat built per call) makes the browser load
      // locale data again: tens of ms on a slow phone, per row of a list. lib/format.ts has
      // compareSwedish and the date texts, built once.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='localeCompare'][arguments.length>1]",
          message:
            'Use compareSwedish (lib/format): localeCompare with a locale builds a collator per call.',
        },
        {
          selector:
            "NewExpression[callee.object.name='Intl'][callee.property.name=/^(DateTimeFormat|NumberFormat)$/]",
          message:
            'Use the date and number texts of lib/format: a first Intl formatter costs 40-100+ ms on a slow phone.',
        },
      ],
    },
  },
  prettier,
);
