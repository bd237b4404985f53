import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-artifacts/**',
      'bench-results/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Page-derived HTML goes through sanitizeToFragment, never innerHTML.',
        },
        {
          property: 'outerHTML',
          message: 'Page-derived HTML goes through sanitizeToFragment, never outerHTML.',
        },
      ],
    },
  },
  {
    // Reading serialised HTML is how tests compare pages; the inert parse in lazy-images never touches the page.
    files: ['tests/**', 'scripts/**', 'core/extract/lazy-images.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
