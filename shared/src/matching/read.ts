/**
 * Reads an instance's JSON from bytes, chunk by chunk, keeping its `scores` by column.
 *
 * At national size `scores` can list ten or twenty million pairs: as JSON half a gigabyte or more. `JSON.parse` needs
 * the whole text as one string (V8 caps strings at 2^29 characters, so a larger file cannot be read at all) and makes
 * an object per pair: 1.6 GB and 7 s for ten million. This reader takes the `scores` array apart as the bytes arrive,
 * into three typed arrays (16 bytes a pair), and hands everything else, a few megabytes, to `JSON.parse` with a string
 * of its own in the place of the array. Entries that are not `{"challenge": "…", "volunteer": "…", "score": n}` in some
 * key order and spacing (other fields, a repeated field, anything not an object, invalid JSON) are cut out whole and
 * parsed by `JSON.parse` one by one, so that parseInstance checks them as usual and invalid JSON fails as it would
 * have. Escaped ids and numbers with exponents (as Python writes them) stay on the fast path.
 *
 * Pure: the caller reads the bytes (the CLI from a file) and passes a function that fills a buffer.
 */

import { ByteInterner, FNV_PRIME, FNV_START, fnvOf } from './byte-interner';

/** `scores` as read: per entry the index of its challenge and volunteer id among the names seen, and its score. */
export class StreamedScores {
  constructor(
    /** the distinct challenge ids, by first appearance */
    readonly challengeNames: string[],
    readonly volunteerNames: string[],
    /** per entry, an index into challengeNames (−1 where the entry is in `other`) */
    readonly challenge: Int32Array,
    readonly volunteer: Int32Array,
    readonly score: Float64Array,
    /** entries the fast path did not read, by position: as JSON.parse returned them */
    readonly other: Map<number, unknown>,
  ) {}

  get length(): number {
    return this.score.length;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const DOT = 0x2e;
const PLUS = 0x2b;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const ZERO = 0x30;
const NINE = 0x39;
const SCORES_KEY = new TextEncoder().encode('scores');
/** The entry's keys, each with its closing quote, and their first bytes. */
const KEYS = ['challenge"', 'volunteer"', 'score"'].map((k) => new TextEncoder().encode(k));
const KEY_START = KEYS.map((k) => k[0]);

// Locals, not imports, in the hot loop (transpiled imports can be property getters).
const HASH_START = FNV_START;
const HASH_PRIME = FNV_PRIME;

const isSpace = (b: number) => b <= 0x20 && (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09);

/** The end of an entry not yet in the buffer: read more. */
const MORE = -1;
/** An entry the fast path leaves to JSON.parse. */
const SLOW = -2;

/** Exact powers of ten: a mantissa below 2^53 divided by one of these is correctly rounded, as JSON.parse rounds. */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Entries in blocks of this many: growing one array by doubling would hold both copies at the peak. */
const BLOCK = 1 << 20;

class ScoreBlocks {
  private blocks: { c: Int32Array; v: Int32Array; s: Float64Array }[] = [];
  private at = BLOCK;
  length = 0;
  readonly challenges = new ByteInterner();
  readonly volunteers = new ByteInterner();
  readonly other = new Map<number, unknown>();

  push(c: number, v: number, s: number): void {
    if (this.at === BLOCK) {
      this.blocks.push({ c: new Int32Array(BLOCK), v: new Int32Array(BLOCK), s: new Float64Array(BLOCK) });
      this.at = 0;
    }
    const block = this.blocks[this.blocks.length - 1];
    block.c[this.at] = c;
    block.v[this.at] = v;
    block.s[this.at] = s;
    this.at++;
    this.length++;
  }

  finish(): StreamedScores {
    const n = this.length;
    const c = new Int32Array(n);
    const v = new Int32Array(n);
    const s = new Float64Array(n);
    // Each block is let go once copied, so the collector may take it before the last is copied.
    for (let i = 0, block = this.blocks.shift(); block; i++, block = this.blocks.shift()) {
      const size = Math.min(BLOCK, n - i * BLOCK);
      c.set(block.c.subarray(0, size), i * BLOCK);
      v.set(block.v.subarray(0, size), i * BLOCK);
      s.set(block.s.subarray(0, size), i * BLOCK);
    }
    return new StreamedScores(this.challenges.names, this.volunteers.names, c, v, s, this.other);
  }
}

/**
 * The instance's JSON with `scores` (when it is an array at the top level) as StreamedScores. `fill` writes bytes into
 * the buffer it gets and returns how many (0 at the end). Throws SyntaxError for invalid JSON.
 */
export function readInstanceJson(fill: (buffer: Uint8Array) => number, chunkBytes = 1 << 22): unknown {
  const reader = new InstanceReader();
  let buf = new Uint8Array(Math.max(16, chunkBytes));
  // Bytes at the start of buf an entry cut off by the last buffer left unread: the next bytes go after them.
  let kept = 0;
  for (let ended = false; !ended;) {
    if (kept === buf.length) {
      const bigger = new Uint8Array(buf.length * 2);
      bigger.set(buf);
      buf = bigger;
    }
    // The buffer is filled before it is read: an entry cut off is read again only once per buffer.
    let filled = kept;
    while (filled < buf.length && !ended) {
      const n = fill(buf.subarray(filled));
      filled += n;
      ended = n === 0;
    }
    const used = reader.read(buf.subarray(0, filled), ended);
    buf.copyWithin(0, used, filled);
    kept = filled - used;
  }
  return reader.end();
}

/** The byte-level state machine behind readInstanceJson. */
class InstanceReader {
  /** bytes of everything but the scores array, in order (copies: the caller reuses its buffer) */
  private rest: Uint8Array[] = [];
  /** bytes read before the current buffer (for positions in errors) */
  private base = 0;
  /** readScores stopped in an entry the buffer cuts through */
  private wantMore = false;
  // The outer text: nesting depth, inside a string, after a backslash there.
  private depth = 0;
  private inString = false;
  private escaped = false;
  private topIsObject = false;
  /** bytes of the current top-level string that matched "scores" so far (−1: it does not) */
  private keyMatch = -1;
  /** a top-level string "scores" ended (a key if a colon follows), then its colon, then the value */
  private scoresKey: 'none' | 'key' | 'colon' = 'none';
  private scores: ScoreBlocks | null = null;
  private streamed: StreamedScores | null = null;
  private readonly placeholder = `streamed scores ${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  /** inside the scores array: whether a value (entry) comes next, or a comma or the closing bracket */
  private expectEntry = true;
  /** The number `number` read last. */
  private value = NaN;
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private readonly encoder = new TextEncoder();

  /**
   * Reads buf from its start and returns how many bytes it used: the rest is an entry that continues in the next
   * bytes, to be passed again at the start of the next buffer (unless `last`: then it is an error).
   */
  read(buf: Uint8Array, last: boolean): number {
    let p = 0;
    while (p < buf.length) {
      if (this.scores) {
        p = this.readScores(buf, p, last);
        if (this.wantMore) {
          this.wantMore = false;
          break;
        }
      } else {
        const stop = this.readOuter(buf, p);
        this.rest.push(buf.slice(p, stop));
        p = stop;
        if (this.scoresKey === 'colon' && p < buf.length) {
          // The byte at p opens the scores array: it is read by column, a string of its own stands in its place (a
          // later "scores" key, which JSON.parse lets win, cannot spell it).
          this.rest.push(this.encoder.encode(JSON.stringify(this.placeholder)));
          this.scores = new ScoreBlocks();
          this.scoresKey = 'none';
          this.expectEntry = true;
          p++;
        }
      }
    }
    this.base += p;
    return p;
  }

  end(): unknown {
    if (this.scores) throw this.error('unexpected end of input in "scores"', 0);
    const total = this.rest.reduce((n, b) => n + b.length, 0);
    const all = new Uint8Array(total);
    let at = 0;
    for (const b of this.rest) {
      all.set(b, at);
      at += b.length;
    }
    this.rest = [];
    const json: unknown = JSON.parse(this.decoder.decode(all));
    const top = json as { scores?: unknown };
    if (this.streamed && typeof json === 'object' && json !== null && top.scores === this.placeholder)
      top.scores = this.streamed;
    return json;
  }

  private error(why: string, p: number): SyntaxError {
    return new SyntaxError(`${why} at byte ${this.base + p}`);
  }

  /**
   * Scans outer JSON from p: to the end of buf, or to just before the `[` of a top-level `"scores":` (then
   * scoresKey is 'colon'). Tracks strings and depth only: JSON.parse checks the rest later.
   */
  private readOuter(buf: Uint8Array, p: number): number {
    for (; p < buf.length; p++) {
      const b = buf[p];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) {
          this.escaped = true;
          this.keyMatch = -1;
        } else if (b === QUOTE) {
          this.inString = false;
          this.scoresKey = this.keyMatch === SCORES_KEY.length ? 'key' : 'none';
        } else if (this.keyMatch >= 0)
          this.keyMatch = this.keyMatch < SCORES_KEY.length && SCORES_KEY[this.keyMatch] === b ? this.keyMatch + 1 : -1;
        continue;
      }
      if (isSpace(b)) continue;
      if (this.scoresKey === 'colon') {
        if (b === OPEN_BRACKET) return p;
        this.scoresKey = 'none';
      }
      if (b === QUOTE) {
        this.inString = true;
        this.keyMatch = this.depth === 1 && this.topIsObject ? 0 : -1;
        continue;
      }
      if (b === COLON && this.scoresKey === 'key') {
        this.scoresKey = 'colon';
        continue;
      }
      this.scoresKey = 'none';
      if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        if (this.depth === 0) this.topIsObject = b === OPEN_BRACE;
        this.depth++;
      } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) this.depth--;
    }
    return p;
  }

  /**
   * Reads scores entries from p, up to and including the closing `]` (then back to the outer text). Returns where it
   * stopped: at the end of buf, after the `]`, or (wantMore) at the start of an entry that runs past the end of buf.
   */
  private readScores(buf: Uint8Array, p: number, last: boolean): number {
    const scores = this.scores!;
    while (p < buf.length) {
      const b = buf[p];
      if (isSpace(b)) {
        p++;
        continue;
      }
      // The array ends after an entry, or at once when empty.
      if (b === CLOSE_BRACKET && (!this.expectEntry || scores.length === 0)) {
        this.streamed = scores.finish();
        this.scores = null;
        return p + 1;
      }
      if (!this.expectEntry) {
        if (b !== COMMA) throw this.error(`unexpected "${String.fromCharCode(b)}" in "scores"`, p);
        this.expectEntry = true;
        p++;
        continue;
      }
      let end = b === OPEN_BRACE ? this.fastEntry(buf, p, scores) : SLOW;
      if (end === SLOW) {
        end = valueEnd(buf, p);
        if (end >= 0) {
          const text = this.decoder.decode(buf.subarray(p, end));
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch (e) {
            throw this.error(`scores[${scores.length}]: ${(e as Error).message}`, p);
          }
          scores.other.set(scores.length, value);
          scores.push(-1, -1, NaN);
        }
      }
      if (end === MORE) {
        if (last) throw this.error('unexpected end of input in "scores"', p);
        this.wantMore = true;
        return p;
      }
      this.expectEntry = false;
      p = end;
    }
    return p;
  }

  /** One `{"challenge": "…", "volunteer": "…", "score": n}` in any order: its end, MORE or SLOW. */
  private fastEntry(buf: Uint8Array, p: number, scores: ScoreBlocks): number {
    const n = buf.length;
    let seen = 0;
    let c = -1;
    let v = -1;
    let s = NaN;
    let i = p + 1;
    for (;;) {
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return MORE;
      if (buf[i] !== QUOTE) return SLOW;
      i++;
      if (i >= n) return MORE;
      // The key with its closing quote, known by its first byte.
      const key = buf[i] === KEY_START[0] ? 0 : buf[i] === KEY_START[1] ? 1 : buf[i] === KEY_START[2] ? 2 : -1;
      if (key < 0 || (seen & (1 << key)) !== 0) return SLOW;
      const expected = KEYS[key];
      // The bytes there first: a short key at the very end of the input is another key, not one cut off.
      for (let j = 1; j < expected.length && i + j < n; j++) if (buf[i + j] !== expected[j]) return SLOW;
      if (i + expected.length > n) return MORE;
      seen |= 1 << key;
      i += expected.length;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return MORE;
      if (buf[i] !== COLON) return SLOW;
      i++;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return MORE;
      if (key === 2) {
        i = this.number(buf, i);
        if (i < 0) return i;
        s = this.value;
      } else {
        if (buf[i] !== QUOTE) return SLOW;
        const from = ++i;
        let fnv = HASH_START;
        for (; i < n; i++) {
          const b = buf[i];
          if (b === QUOTE || b === BACKSLASH || b < 0x20) break;
          fnv = Math.imul(fnv ^ b, HASH_PRIME);
        }
        if (i >= n) return MORE;
        const names = key === 0 ? scores.challenges : scores.volunteers;
        let id: number;
        if (buf[i] === BACKSLASH) {
          // Escapes (as Python writes any non-ASCII id): the id is interned by the bytes of what it spells.
          i = stringEnd(buf, i);
          if (i < 0) return i;
          const spelled = this.unescaped(buf, from - 1, i + 1);
          if (spelled === null) return SLOW;
          id = names.of(spelled, 0, spelled.length, fnvOf(spelled));
        } else if (buf[i] !== QUOTE || i === from) return SLOW;
        else id = names.of(buf, from, i, fnv);
        if (key === 0) c = id;
        else v = id;
        i++;
      }
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return MORE;
      if (buf[i] === COMMA) {
        i++;
        continue;
      }
      if (buf[i] !== CLOSE_BRACE || seen !== 7) return SLOW;
      scores.push(c, v, s);
      return i + 1;
    }
  }

  /** The UTF-8 bytes of the non-empty string JSON spells at from..to (quotes included), or null if it is invalid. */
  private unescaped(buf: Uint8Array, from: number, to: number): Uint8Array | null {
    let text: unknown;
    try {
      text = JSON.parse(this.decoder.decode(buf.subarray(from, to)));
    } catch {
      return null;
    }
    if (typeof text !== 'string' || text.length === 0) return null;
    // A lone surrogate has no UTF-8 bytes of its own (they would spell U+FFFD): such an entry is left to JSON.parse.
    const bytes = this.encoder.encode(text);
    return this.decoder.decode(bytes) === text ? bytes : null;
  }

  /**
   * A JSON number from p, its value in `value` exactly as JSON.parse reads it: returns its end, MORE at the end of buf,
   * SLOW when it is not one (left to JSON.parse, which throws).
   */
  private number(buf: Uint8Array, p: number): number {
    const n = buf.length;
    let i = p;
    const negative = buf[i] === MINUS;
    if (negative) i++;
    if (i >= n) return MORE;
    let mantissa = 0;
    let digits = 0;
    let decimals = 0;
    let b = buf[i];
    if (b === ZERO) i++;
    else if (b > ZERO && b <= NINE)
      for (; i < n && (b = buf[i]) >= ZERO && b <= NINE; i++) {
        mantissa = mantissa * 10 + (b - ZERO);
        digits++;
      }
    else return SLOW;
    if (i >= n) return MORE;
    if (buf[i] === DOT) {
      const from = ++i;
      for (; i < n && (b = buf[i]) >= ZERO && b <= NINE; i++) {
        mantissa = mantissa * 10 + (b - ZERO);
        if (mantissa > 0) digits++;
        decimals++;
      }
      if (i >= n) return MORE;
      if (i === from) return SLOW;
    }
    let exponent = false;
    if (buf[i] === LOWER_E || buf[i] === UPPER_E) {
      exponent = true;
      i++;
      if (i < n && (buf[i] === PLUS || buf[i] === MINUS)) i++;
      const from = i;
      while (i < n && buf[i] >= ZERO && buf[i] <= NINE) i++;
      if (i >= n) return MORE;
      if (i === from) return SLOW;
    }
    b = buf[i];
    if (!isSpace(b) && b !== COMMA && b !== CLOSE_BRACE) return SLOW;
    // Up to 15 significant digits the mantissa is exact, and a quotient of exact numbers is correctly rounded.
    if (!exponent && digits <= 15 && decimals < POW10.length)
      this.value = (negative ? -mantissa : mantissa) / POW10[decimals];
    else {
      let text = '';
      for (let j = p; j < i; j++) text += String.fromCharCode(buf[j]);
      this.value = Number(text);
    }
    return i;
  }
}

/** The position of the quote that ends the string whose content runs through p (after escapes), or MORE. */
function stringEnd(buf: Uint8Array, p: number): number {
  for (let i = p; i < buf.length; i++) {
    if (buf[i] === BACKSLASH) i++;
    else if (buf[i] === QUOTE) return i;
  }
  return MORE;
}

/** The end of the JSON value starting at p (strings and nesting tracked, nothing checked), or MORE. */
function valueEnd(buf: Uint8Array, p: number): number {
  let depth = 0;
  let inString = false;
  for (let i = p; i < buf.length; i++) {
    const b = buf[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
      continue;
    }
    if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (b === COMMA || isSpace(b))) return i;
  }
  return MORE;
}
