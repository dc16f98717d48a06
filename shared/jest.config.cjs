const preset = require('../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'shared',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/bench'],
  testMatch: ['**/*.spec.ts'],
};
