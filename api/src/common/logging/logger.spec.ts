import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return {
    stream,
    lines: () =>
      text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('logger', () => {
  it('logs an error with its message, code and stack, but not the database connection pg attached to it', () => {
    const { stream, lines } = capture();
    const error = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
      client: { connectionParameters: { user: 'postgres', host: '127.0.0.1' }, processID: 4711 },
    });
    createLogger('info', stream).warn({ err: error }, 'idle database connection lost');
    const [line] = lines();
    expect(line.msg).toBe('idle database connection lost');
    expect(line.err).toEqual(
      expect.objectContaining({ message: error.message, code: '57P01', stack: expect.stringContaining('Error') }),
    );
    expect(line.err).not.toHaveProperty('client');
    expect(JSON.stringify(line)).not.toContain('processID');
  });

  it('redacts personal data by path', () => {
    const { stream, lines } = capture();
    createLogger('info', stream).info({ email: 'ada@example.org', user: { phone: '+49 451 1' } }, 'signed in');
    expect(lines()[0]).toMatchObject({ email: '[redacted]', user: { phone: '[redacted]' } });
  });
});
