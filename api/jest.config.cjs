const preset = require('../jest.preset.cjs');

/** Unit tests run alone; integration tests share one embedded PostgreSQL, each file in its own database. */
module.exports = {
  projects: [
    { ...preset, displayName: 'api:unit', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...preset,
      displayName: 'api:integration',
      rootDir: __dirname,
      testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/setup-integration.ts'],
    },
  ],
};
