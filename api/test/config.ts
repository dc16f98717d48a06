import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppConfig, REPO_ROOT } from '../src/config/app-config';

/** A complete configuration for tests, without reading the environment. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    nodeEnv: 'test',
    production: false,
    port: 0,
    host: '127.0.0.1',
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'skillshift-test-data-')),
    appSecret: 'test-secret-that-is-long-enough-for-hmac-0123456789',
    publicUrl: 'http://localhost:3000',
    logLevel: 'silent',
    mailFrom: 'SkillShift <no-reply@skillshift.test>',
    webDistDir: path.join(REPO_ROOT, 'web', 'dist'),
    version: 'test',
    retentionInactiveMonths: 24,
    signInLinksPerAddress: 5,
    ...overrides,
  };
}
