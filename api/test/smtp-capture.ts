import { type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpCapture {
  url: string;
  messages: ParsedMail[];
  /** While true, every connection is refused with 421 (a temporary failure, as a server under maintenance answers). */
  refusing: boolean;
  /** Message-IDs received, with how often each arrived. */
  counts(): Map<string, number>;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server in the test process that keeps what it receives. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const capture: SmtpCapture = {
    url: '',
    messages: [],
    refusing: false,
    counts() {
      const counts = new Map<string, number>();
      for (const message of capture.messages) counts.set(message.messageId!, (counts.get(message.messageId!) ?? 0) + 1);
      return counts;
    },
    async waitFor(count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (capture.messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${capture.messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      if (!capture.refusing) return callback();
      const error = new Error('Service temporarily unavailable') as Error & { responseCode: number };
      error.responseCode = 421;
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          capture.messages.push(parsed);
          callback();
        })
        .catch(callback);
    },
  });
  // A client killed mid-session (the crash test does that on purpose) resets its socket; smtp-server reports that as
  // an 'error' event, which would otherwise fail the whole test file with ECONNRESET.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  capture.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return capture;
}
