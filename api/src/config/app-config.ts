import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Env, parseEnv } from './config.schema';

/** The repository root, found from this file whether it runs from src/ or dist/. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  production: boolean;
  port: number;
  /** Interface to listen on: loopback while the dev mailbox (which shows sign-in links) is on, else all. */
  host: string;
  /** Where the embedded database, the generated secret and other local state live. */
  dataDir: string;
  /** An external PostgreSQL; when absent the embedded one is started. */
  databaseUrl?: string;
  /** A real SMTP server; when absent mail goes to the dev mailbox. */
  smtpUrl?: string;
  appSecret: string;
  publicUrl: string;
  logLevel: Env['LOG_LEVEL'];
  mailFrom: string;
  webDistDir: string;
  version: string;
  /** Contact data of people inactive this long is purged (after a warning mail 30 days before). */
  retentionInactiveMonths: number;
  /** Sign-in links one address may ask for within 15 minutes (four times as many per day). */
  signInLinksPerAddress: number;
}

export function loadAppConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = parseEnv(source);
  const dataDir = path.resolve(env.SKILLSHIFT_DATA_DIR ?? path.join(REPO_ROOT, '.data'));
  return {
    nodeEnv: env.NODE_ENV,
    production: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST ?? (env.SMTP_URL ? '0.0.0.0' : '127.0.0.1'),
    dataDir,
    databaseUrl: env.DATABASE_URL,
    smtpUrl: env.SMTP_URL,
    appSecret: env.APP_SECRET ?? developmentSecret(dataDir),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
    mailFrom: env.MAIL_FROM,
    webDistDir: path.join(REPO_ROOT, 'web', 'dist'),
    version: readVersion(),
    retentionInactiveMonths: env.RETENTION_INACTIVE_MONTHS,
    signInLinksPerAddress: env.SIGN_IN_LINKS_PER_ADDRESS,
  };
}

/** In development a secret is generated once and kept beside the data, so signed links survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
