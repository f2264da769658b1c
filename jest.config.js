// One runner for every suite. NestJS 12 is ESM-only, so Jest runs in ESM mode
// (node --experimental-vm-modules) and @swc/jest compiles TypeScript with decorator metadata.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
};

export default {
  testTimeout: 30_000,
  reporters: ['default', '<rootDir>/ops/scripts/jest-summary-reporter.js'],
  projects: [
    { ...common, displayName: 'shared', rootDir: '<rootDir>/shared', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, displayName: 'backend-unit', rootDir: '<rootDir>/backend', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'backend-integration',
      rootDir: '<rootDir>/backend',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
    // The console's pure functions (statement templates and the like); its pages are tested in Chromium.
    { ...common, displayName: 'console-unit', rootDir: '<rootDir>/admin-ui', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    // EXPLAIN of every hot query on the `city` data set (ops/scale): plain ESM, no transform.
    { displayName: 'scale-explain', rootDir: '<rootDir>/ops/scale', testMatch: ['<rootDir>/**/*.explain-spec.mjs'], testEnvironment: 'node', transform: {}, testTimeout: 120_000 },
    {
      ...common,
      displayName: 'console-e2e',
      rootDir: '<rootDir>/admin-ui',
      testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
      globalSetup: '<rootDir>/../backend/test/support/console-server.setup.mjs',
      globalTeardown: '<rootDir>/../backend/test/support/console-server.teardown.mjs',
    },
  ],
};
