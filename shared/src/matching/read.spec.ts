import fc from 'fast-check';
import { generatePreset } from '../matching-verify/generator';
import { explainAnyPair, parseInstance, readInstanceJson, solve } from './index';
import { nationalLimit } from './solve';
import { type StreamedScores } from './read';
import { type MatchingInstance } from './types';

/** Reads text as the CLI reads a file, the bytes handed over `piece` at a time into buffers of `chunk`. */
function read(text: string, chunk = 1 << 22, piece = Infinity): unknown {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return readInstanceJson((buffer) => {
    const n = Math.min(buffer.length, piece, bytes.length - at);
    buffer.set(bytes.subarray(at, at + n));
    at += n;
    return n;
  }, chunk);
}

/** What parseInstance makes of a JSON value, the given scores as [challenge, volunteer, score] by entry. */
function outcome(json: () => unknown): unknown {
  let instance: MatchingInstance;
  try {
    instance = parseInstance(json());
  } catch (e) {
    return { error: `${(e as Error).name}: ${(e as Error).message}` };
  }
  const { scores, ...rest } = instance;
  if (!scores) return { rest };
  const pairs = Array.isArray(scores)
    ? scores.map((s) => [s.challenge, s.volunteer, s.score])
    : Array.from(scores.score, (score, i) => [
        scores.challengeIds[scores.challenge[i]],
        scores.volunteerIds[scores.volunteer[i]],
        score,
      ]);
  return { rest, pairs };
}

/** Both readings fail alike on invalid JSON (a SyntaxError) and agree on valid JSON. */
function sameAsJsonParse(text: string, chunk?: number, piece?: number): void {
  try {
    JSON.parse(text);
  } catch {
    expect(() => read(text, chunk, piece)).toThrow(SyntaxError);
    return;
  }
  expect(outcome(() => read(text, chunk, piece))).toEqual(outcome(() => JSON.parse(text)));
}

const base = {
  slots: [{ id: 's1', capacity: 3 }],
  challenges: ['c1', 'c2', 'cé'].map((id) => ({ id, teamSize: { min: 1, max: 2 }, slots: ['s1'] })),
  volunteers: ['v1', 'v2', 'v"3'].map((id) => ({ id, slots: ['s1'] })),
};

const withScores = (scores: string) => `${JSON.stringify(base).slice(0, -1)},"scores":${scores}}`;

describe('readInstanceJson (the CLI reading an instance)', () => {
  it('keeps plain score entries by column, with the same pairs and scores as JSON.parse', () => {
    const text = withScores(
      '[{"challenge":"c1","volunteer":"v1","score":0.83},{ "score" : 1 , "volunteer" : "v2", "challenge" : "c2" },' +
        '{"challenge":"cé","volunteer":"v\\"3","score":0}]',
    );
    const json = read(text, 16, 5) as { scores: unknown };
    expect(Array.isArray(json.scores)).toBe(false);
    expect(outcome(() => json)).toEqual(outcome(() => JSON.parse(text)));
    expect(outcome(() => json)).toMatchObject({
      pairs: [
        ['c1', 'v1', 0.83],
        ['c2', 'v2', 1],
        ['cé', 'v"3', 0],
      ],
    });
  });

  it('reads numbers exactly as JSON.parse does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -2, max: 2, noNaN: true }).map((x) => JSON.stringify(x)),
          fc
            .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 20 }))
            .map(([x, k]) => x.toFixed(k)),
          fc.constantFrom('0', '-0', '0.0', '1', '1.0', '0.1', '0.3', '0.30000000000000004', '1e-3', '5E-1', '-0.5'),
          fc.stringMatching(/^-?(0|[1-9][0-9]{0,20})(\.[0-9]{1,25})?$/),
        ),
        (number) => {
          const text = withScores(`[{"challenge":"c1","volunteer":"v1","score":${number}}]`);
          const got = read(text, 64) as { scores: StreamedScores };
          // Read on the fast path, not left to JSON.parse, and bit for bit the same.
          expect(got.scores.other.size).toBe(0);
          expect(Object.is(got.scores.score[0], JSON.parse(number))).toBe(true);
          sameAsJsonParse(text, 64);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves unusual entries to JSON.parse and parseInstance, which name the first offending field', () => {
    const cases: [string, string][] = [
      ['{"challenge":"c9","volunteer":"v1","score":0.5}', 'scores[1].challenge'],
      ['{"challenge":"c1","volunteer":"v9","score":0.5}', 'scores[1].volunteer'],
      ['{"challenge":"c2","volunteer":"v1","score":1.5}', 'scores[1].score: must be between 0 and 1'],
      ['{"challenge":"c2","volunteer":"v1","score":"0.5"}', 'scores[1].score: must be a number'],
      ['{"challenge":"c2","volunteer":"v1","score":0.5,"note":1}', 'scores[1].note: unknown field'],
      ['{"challenge":"c2","volunteer":"v1"}', 'scores[1].score'],
      ['{"challenge":"","volunteer":"v1","score":0.5}', 'scores[1].challenge'],
      ['[1, 2]', 'scores[1]: must be an object'],
      ['"c1"', 'scores[1]: must be an object'],
      ['null', 'scores[1]: must be an object'],
      ['{"challenge":"c1","volunteer":"v1","score":0.2}', 'scores[1]: duplicate pair (c1, v1)'],
      ['{"v":1}', 'scores[1].v: unknown field'],
      ['{"c":"c1"}', 'scores[1].c: unknown field'],
    ];
    for (const [entry, message] of cases) {
      const text = withScores(`[{"challenge":"c1","volunteer":"v1","score":0.5},${entry}]`);
      expect(() => parseInstance(read(text))).toThrow(message);
      sameAsJsonParse(text, 8, 3);
    }
  });

  it('reads escapes, exponents, repeated fields and other spellings the same as JSON.parse', () => {
    const entries = [
      '{"challenge":"\\u00631","volunteer":"v1","score":0.5}',
      '{"challenge":"c1","volunteer":"v2","score":5e-1}',
      '{"challenge":"c1","challenge":"c2","volunteer":"v2","score":0.25}',
      '{"\\u0063hallenge":"c3","volunteer":"v1","score":0.125}',
      '{\n\t"challenge": "cé",\r\n "volunteer": "v\\"3",\n "score": 1E0\n}',
    ];
    sameAsJsonParse(withScores(`[${entries.join(',')}]`));
    sameAsJsonParse(withScores(`[ ${entries.join(' , ')} ]`), 7, 2);
  });

  it('keeps exponents and escaped ids (as Python writes them) by column too', () => {
    const text = withScores(
      '[{"challenge": "c\\u00e9", "volunteer": "v1", "score": 1e-05},' +
        '{"challenge": "cé", "volunteer": "v\\"3", "score": 2.5E+0},' +
        '{"challenge": "\\u0063\\u0031", "volunteer": "v\\u0022\\u0033", "score": 0.5e1}]',
    );
    const json = read(text, 32, 9) as { scores: StreamedScores };
    expect(json.scores.other.size).toBe(0);
    expect(json.scores.challengeNames).toEqual(['cé', 'c1']);
    sameAsJsonParse(text, 32, 9);
    // A lone surrogate has no bytes of its own: that entry goes to JSON.parse.
    const lone = withScores('[{"challenge":"\\ud800","volunteer":"v1","score":0.5}]');
    expect((read(lone) as { scores: StreamedScores }).scores.other.size).toBe(1);
    sameAsJsonParse(lone);
  });

  it('lets a later "scores" key win, and refuses a byte order mark, as JSON.parse does', () => {
    const entry = '{"challenge":"c1","volunteer":"v1","score":0.5}';
    for (const text of [
      withScores(`[${entry}], "scores": null`),
      withScores(`[1], "scores": null`),
      withScores(`[${entry}], "sc\\u006fres": null`),
      `\uFEFF${withScores(`[${entry}]`)}`,
      `\uFEFF${JSON.stringify(base)}`,
      withScores(`[\uFEFF${entry}]`),
      withScores(`[\uFEFF1]`),
      withScores('[{"challenge":"\uFEFFc1","volunteer":"v1","score":0.5}]'),
    ])
      sameAsJsonParse(text, 16, 5);
    const bomId = JSON.stringify({ ...base, challenges: [{ ...base.challenges[0], id: '\uFEFFc1' }] });
    sameAsJsonParse(`${bomId.slice(0, -1)},"scores":[{"challenge":"\uFEFFc1","volunteer":"v1","score":0.5}]}`);
  });

  it('fails on invalid JSON inside and around the scores array', () => {
    const entry = '{"challenge":"c1","volunteer":"v1","score":0.5}';
    for (const scores of [
      `[${entry},]`,
      `[,${entry}]`,
      `[${entry} ${entry}]`,
      `[${entry}`,
      `[{"challenge":"c1","volunteer":"v1","score":01}]`,
      `[{"challenge":"c1","volunteer":"v1","score":1.}]`,
      `[{"challenge":"c1","volunteer":"v1","score":.5}]`,
      `[{"challenge":"c1","volunteer":"v1","score":-}]`,
      `[{"challenge":"c1","volunteer":"v1","score":NaN}]`,
      `[{"challenge":"c1","volunteer":"v1","score":0.5,}]`,
      `[{"challenge":"c1\u0001","volunteer":"v1","score":0.5}]`,
      `[{"challenge":"c1","volunteer":"v1","score":0.5}}]`,
      `[${entry}] trailing`,
    ]) {
      expect(() => JSON.parse(withScores(scores))).toThrow(SyntaxError);
      for (const [chunk, piece] of [
        [1 << 22, Infinity],
        [4, 1],
        [16, 7],
      ])
        expect(() => read(withScores(scores), chunk, piece)).toThrow(SyntaxError);
    }
    expect(() => read(withScores(`[${entry}]`).slice(0, -1))).toThrow(SyntaxError);
  });

  it('reads only the top-level "scores" by column, and any other value of it as JSON.parse does', () => {
    const entry = { challenge: 'c1', volunteer: 'v1', score: 0.5 };
    for (const json of [
      { ...base, scores: null },
      { ...base, scores: [] },
      { ...base, scores: {} },
      { ...base, scores: 'scores' },
      { ...base, notes: { scores: [entry] }, scores: [entry] },
      { ...base, scores: [entry], weights: { skills: 1 } },
      [{ scores: [entry] }],
    ])
      sameAsJsonParse(JSON.stringify(json, null, 1), 5, 3);
    // A repeated key: the last one counts, as in JSON.parse.
    sameAsJsonParse(withScores(`[${JSON.stringify(entry)}], "scores": []`));
    sameAsJsonParse(withScores(`[], "scores": [${JSON.stringify(entry)}]`));
    sameAsJsonParse(withScores(`5, "scores": [${JSON.stringify(entry)}]`));
  });

  it('agrees with JSON.parse on random instances, formatting and buffer sizes', () => {
    const id = fc.constantFrom('c1', 'c2', 'cé', 'c9', 'v1', 'v2', 'v"3', 'v9', '');
    const score = fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.constantFrom(0, 1, 0.5, '0.5', null));
    const entry = fc.oneof(
      { weight: 8, arbitrary: fc.record({ challenge: id, volunteer: id, score }) },
      { weight: 1, arbitrary: fc.record({ score, volunteer: id, challenge: id, extra: fc.integer() }) },
      { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.integer())) },
      // other keys, short ones too (a key starting like "challenge" at the very end once asked for more input)
      { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('c', 'v', 's', 'ch', 'score', 'volunteer', 'x'), score) },
    );
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        fc.constantFrom(undefined, 1, '\t'),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        (scores, indent, chunk, piece) =>
          sameAsJsonParse(JSON.stringify({ ...base, scores }, null, indent), chunk, piece),
      ),
      { numRuns: 300 },
    );
  });

  it('gives the engine the same instance: the same result, explanations, pin checks and pair explanations', async () => {
    const text = JSON.stringify(generatePreset('nachtschicht-60x200-scarce-scores-pins', 2));
    const streamed = parseInstance(read(text, 4096));
    const parsed = parseInstance(JSON.parse(text));
    expect(Array.isArray(streamed.scores)).toBe(false);
    const [a, b] = await Promise.all([
      solve(streamed, { explain: true, seed: 1 }),
      solve(parsed, { explain: true, seed: 1 }),
    ]);
    expect({ ...a, metrics: { ...a.metrics, millis: 0 } }).toEqual({ ...b, metrics: { ...b.metrics, millis: 0 } });
    const first = b.assignments[0];
    expect(explainAnyPair(streamed, first.challenge, first.volunteer)).toEqual(
      explainAnyPair(parsed, first.challenge, first.volunteer),
    );
    // A pin of a pair the scores leave out is refused alike.
    const listed = new Set(
      (parsed.scores as { challenge: string; volunteer: string }[]).map((s) => `${s.challenge} ${s.volunteer}`),
    );
    const volunteer = parsed.volunteers.find((v) => !listed.has(`${parsed.challenges[0].id} ${v.id}`))!;
    expect(explainAnyPair(streamed, parsed.challenges[0].id, volunteer.id)).toBeNull();
    const pins = [{ challenge: parsed.challenges[0].id, volunteer: volunteer.id }];
    const refusal = (instance: MatchingInstance) =>
      solve({ ...instance, pins }).then(
        () => 'solved',
        (e: Error) => e.message,
      );
    const message = await refusal(parsed);
    expect(message).toContain('not listed in scores');
    expect(await refusal(streamed)).toBe(message);
  });

  it('gives the same columns when the same JSON is parsed again, and names ids, not positions', async () => {
    const text = withScores(
      '[{"challenge":"c1","volunteer":"v1","score":0.9},{"volunteer":"v2","challenge":"c1","score":0.4,"score":0.5},' +
        '{"challenge":"c2","volunteer":"v2","score":0.1}]',
    );
    const json = read(text);
    expect(outcome(() => json)).toEqual(outcome(() => JSON.parse(text)));
    expect(outcome(() => json)).toEqual(outcome(() => JSON.parse(text)));
    // Volunteers reordered, then one dropped, after parsing: the scores still pair the same ids.
    const pairs = async (instance: MatchingInstance) =>
      (await solve(instance)).assignments.map((a) => [a.challenge, a.volunteer, a.score]);
    for (const change of [
      (i: MatchingInstance) => ({ ...i, volunteers: [...i.volunteers].reverse() }),
      (i: MatchingInstance) => ({ ...i, volunteers: i.volunteers.filter((v) => v.id !== 'v1') }),
    ]) {
      const streamed = change(parseInstance(read(text)));
      expect(Array.isArray(streamed.scores)).toBe(false);
      expect(await pairs(streamed)).toEqual(await pairs(change(parseInstance(JSON.parse(text)))));
    }
  });
});

describe('nationalLimit (the default limit beyond hackathon size)', () => {
  it('leaves the CLI the time it takes to read given scores, down to 3 s', () => {
    expect(nationalLimit(0)).toBe(4000);
    expect(nationalLimit(1_000_000)).toBe(3850);
    expect(nationalLimit(5_000_000)).toBe(3250);
    expect(nationalLimit(10_000_000)).toBe(3000);
    expect(nationalLimit(20_000_000)).toBe(3000);
  });
});
