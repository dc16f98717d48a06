import { once } from 'node:events';
import { type AddressInfo } from 'node:net';
import express from 'express';
import { countRequestsInFlight, requestsInFlight } from './requests-in-flight';

describe('requests in flight', () => {
  it('counts a request from its arrival until its answer is sent, also when the client goes away first', async () => {
    let release: () => void = () => undefined;
    const app = express();
    app.use(countRequestsInFlight);
    app.get('/slow', (_request, response) => {
      release = () => response.end('done');
    });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
    try {
      const before = requestsInFlight();
      const answer = fetch(url).then((response) => response.text());
      await waitUntil(() => requestsInFlight() === before + 1);
      release();
      expect(await answer).toBe('done');
      await waitUntil(() => requestsInFlight() === before);

      const aborted = new AbortController();
      const gone = fetch(url, { signal: aborted.signal }).catch(() => 'aborted');
      await waitUntil(() => requestsInFlight() === before + 1);
      aborted.abort();
      expect(await gone).toBe('aborted');
      await waitUntil(() => requestsInFlight() === before);
    } finally {
      server.close();
    }
  });
});

async function waitUntil(check: () => boolean): Promise<void> {
  const until = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
