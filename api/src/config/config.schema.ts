import { RETENTION_DEFAULT_INACTIVE_MONTHS } from '@skillshift/shared';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalUrl = (protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || isUrlWith(value, protocols), {
      message: `expected a URL like ${example}`,
    });

function isUrlWith(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The whole configuration, read once from the environment at boot. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z
      .string()
      .default('3000')
      .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535, {
        message: 'expected an integer 1..65535',
      })
      .transform(Number),
    HOST: z
      .string()
      .optional()
      .refine((value) => value === undefined || /^[\w.:-]+$/.test(value), {
        message: 'expected a host name or address',
      }),
    DATABASE_URL: optionalUrl(['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/skillshift'),
    SMTP_URL: optionalUrl(['smtp:', 'smtps:'], 'smtp://user:password@mail.example.org:587'),
    APP_SECRET: z
      .string()
      .optional()
      .refine((value) => value === undefined || value.length >= 32, { message: 'expected at least 32 characters' }),
    PUBLIC_URL: optionalUrl(['http:', 'https:'], 'https://skillshift.example.org'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    MAIL_FROM: z.string().default('SkillShift <no-reply@skillshift.local>'),
    SKILLSHIFT_DATA_DIR: z.string().optional(),
    SIGN_IN_LINKS_PER_ADDRESS: z
      .string()
      .default('5')
      .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 1000, {
        message: 'expected a whole number 1..1000',
      })
      .transform(Number),
    RETENTION_INACTIVE_MONTHS: z
      .string()
      .default(String(RETENTION_DEFAULT_INACTIVE_MONTHS))
      .refine((value) => /^\d+$/.test(value) && Number(value) >= 2 && Number(value) <= 240, {
        message: 'expected a whole number of months 2..240',
      })
      .transform(Number),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.APP_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['APP_SECRET'], message: 'required when NODE_ENV=production' });
    }
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'required when NODE_ENV=production' });
    }
  });

export type Env = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Parses the environment; a bad value names the variable, what was expected and what was given. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = configSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const given = source[name];
    const shown = given === undefined || name === 'APP_SECRET' ? '' : `, got ${JSON.stringify(redact(given))}`;
    return `${name}: ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}

/** Keeps passwords inside URLs out of the error message. */
function redact(value: string): string {
  return value.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}
