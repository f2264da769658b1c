// ESLint 9 flat config. Everything is linted with type information, so lost promises and
// non-exhaustive switches are caught: TypeScript against the tsconfig nearest to each file
// (shared, backend, admin-ui, admin-ui/e2e), plain JavaScript (ops scripts, test support, these
// configs) against tsconfig.scripts.json. `npm run lint` runs this, then `prettier --check .`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', '**/coverage/', '.data/', 'admin-ui/e2e/screenshots/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // shared's tsconfig leaves its specs out of the build; they are checked with its options.
          allowDefaultProject: ['shared/src/*/*.spec.ts'],
          defaultProject: 'shared/tsconfig.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Raw SQL rows (manager.query) and supertest bodies are `any` by design; typing each is its own task.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `async` keeps a method's Promise contract (lifecycle hooks, ports) and turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a parameter kept for its position, or a property left out of a rest.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The point of issue 18: a promise is awaited, or voided with a reason; never lost.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Even with a default: a new enum member must be placed by hand, not fall silently into it.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },

  {
    files: ['admin-ui/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // React Compiler rules: the console is not built with the compiler, and what they flag (a
      // loading flag reset in a data effect, a ref to the latest notify, Date.now in render) is sound without it.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'react-hooks/purity': 'off',
    },
  },

  {
    // The JavaScript is not type-checked (checkJs is off), only typed enough for the promise rules.
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.scripts.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // A declaration file describes a script's module; there is no code in it to check.
    files: ['**/*.d.mts'],
    ...tseslint.configs.disableTypeChecked,
  },
]);
