import { ConfigError, parseEnv } from './config.schema';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    parseEnv(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('configuration', () => {
  it('works with no variables at all', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.LOG_LEVEL).toBe('info');
  });

  it('names PORT, what it expects and what it got', () => {
    expect(problems({ PORT: 'abc' })).toEqual(['PORT: expected an integer 1..65535, got "abc"']);
    expect(problems({ PORT: '70000' })).toEqual(['PORT: expected an integer 1..65535, got "70000"']);
  });

  it('lists every bad variable at once and hides passwords', () => {
    const found = problems({ PORT: '0', DATABASE_URL: 'mysql://u:secret@h/db', LOG_LEVEL: 'loud' });
    expect(found).toHaveLength(3);
    expect(found.join('\n')).toContain('DATABASE_URL: expected a URL like postgres://');
    expect(found.join('\n')).not.toContain('secret');
    expect(found.join('\n')).toContain('LOG_LEVEL');
  });

  it('requires a strong APP_SECRET and a DATABASE_URL in production', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      'APP_SECRET: required when NODE_ENV=production',
      'DATABASE_URL: required when NODE_ENV=production',
    ]);
    expect(problems({ APP_SECRET: 'short' })).toEqual(['APP_SECRET: expected at least 32 characters']);
  });

  it('accepts SMTP and public URLs', () => {
    const env = parseEnv({ SMTP_URL: 'smtp://mail.example.org:587', PUBLIC_URL: 'https://skillshift.example.org' });
    expect(env.SMTP_URL).toBe('smtp://mail.example.org:587');
  });
  it('keeps contact data of inactive people 24 months unless RETENTION_INACTIVE_MONTHS says otherwise', () => {
    expect(parseEnv({}).RETENTION_INACTIVE_MONTHS).toBe(24);
    expect(parseEnv({ RETENTION_INACTIVE_MONTHS: '36' }).RETENTION_INACTIVE_MONTHS).toBe(36);
    expect(problems({ RETENTION_INACTIVE_MONTHS: '1' })).toEqual([
      'RETENTION_INACTIVE_MONTHS: expected a whole number of months 2..240, got "1"',
    ]);
    expect(problems({ RETENTION_INACTIVE_MONTHS: 'two years' })).toHaveLength(1);
  });
});
