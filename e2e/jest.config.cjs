const preset = require('../jest.preset.cjs');

/** API journeys: the built server (`api/dist`) started as `npm start` starts it, spoken to over HTTP. */
module.exports = {
  ...preset,
  displayName: 'e2e:api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/api/**/*.spec.ts'],
  globalSetup: '<rootDir>/../api/test/global-setup.ts',
  globalTeardown: '<rootDir>/../api/test/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/api/setup.ts'],
};
