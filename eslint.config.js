import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** src/domain is pure: no I/O, no framework, nothing from the layers above it. */
const domainLayer = [
  {
    group: ['**/shared', '**/shared/**', '**/server', '**/server/**', '**/db', '**/db/**', '**/documents', '**/documents/**', '**/web/**', '**/cli/**'],
    message: 'src/domain may import only zod, date-fns and itself (ARCHITECTURE.md): declare the type in the domain and let the outer layer use it.',
  },
];
const nodeInDomain = { group: ['node:*'], message: 'src/domain has no I/O: node built-ins are allowed only in src/domain/audit (hashing).' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'src/db/migrations/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  // Layer rules (ARCHITECTURE.md, "Layers and folders"): what each folder may import.
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...domainLayer, nodeInDomain] }] },
  },
  {
    // Hashing the audit chain is pure: node:crypto is allowed here, nowhere else in the domain.
    files: ['src/domain/audit/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: domainLayer }] },
  },
  {
    files: ['src/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/server', '**/server/**'], message: 'src/documents depends on the domain only (ARCHITECTURE.md): declare the input type here or import it from src/domain.' }],
      }],
    },
  },
  {
    files: ['src/server/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'drizzle-orm', message: 'Routes are thin: put the query in src/db/queries/* (or a service) and call it.' }],
        patterns: [{ group: ['**/db/schema', '**/db/schema/**'], message: 'Routes are thin: put the query in src/db/queries/* (or a service) and call it.' }],
      }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/server', '**/server/**', '**/db', '**/db/**', '**/documents', '**/documents/**'], message: 'The web app imports only src/shared and the pure parts of src/domain (types from elsewhere: move them to src/shared).' }],
      }],
    },
  },
);
