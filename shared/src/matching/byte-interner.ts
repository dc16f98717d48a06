/** FNV-1a over bytes (the reader hashes ids as it scans them: `Math.imul(hash ^ byte, FNV_PRIME)` from FNV_START). */
export const FNV_START = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function fnvOf(bytes: Uint8Array): number {
  let fnv = FNV_START;
  for (let i = 0; i < bytes.length; i++) fnv = Math.imul(fnv ^ bytes[i], FNV_PRIME);
  return fnv;
}

/** Byte strings to dense indices (open addressing, FNV-1a): ids repeat millions of times, strings would be made anew. */
export class ByteInterner {
  names: string[] = [];
  /** the names' bytes one after another: name i at ends[i − 1] .. ends[i] */
  private pool = new Uint8Array(1 << 12);
  private ends = new Int32Array(1 << 10);
  private table = new Int32Array(1 << 10).fill(-1);
  private hashes = new Int32Array(1 << 10);
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  /** The index of the name in buf[from, to), whose FNV-1a hash (fnv) the caller computed while scanning it. */
  of(buf: Uint8Array, from: number, to: number, fnv: number): number {
    const mask = this.table.length - 1;
    for (let at = fnv & mask; ; at = (at + 1) & mask) {
      const index = this.table[at];
      if (index < 0) return this.add(buf, from, to, fnv, at);
      if (this.hashes[at] === fnv && this.same(index, buf, from, to)) return index;
    }
  }

  private same(index: number, buf: Uint8Array, from: number, to: number): boolean {
    const start = index === 0 ? 0 : this.ends[index - 1];
    if (this.ends[index] - start !== to - from) return false;
    const pool = this.pool;
    for (let i = 0; i < to - from; i++) if (pool[start + i] !== buf[from + i]) return false;
    return true;
  }

  private add(buf: Uint8Array, from: number, to: number, fnv: number, at: number): number {
    const index = this.names.length;
    const start = index === 0 ? 0 : this.ends[index - 1];
    const end = start + to - from;
    if (end > this.pool.length) this.pool = grown(this.pool, end);
    if (index === this.ends.length) this.ends = grown(this.ends, index + 1);
    this.pool.set(buf.subarray(from, to), start);
    this.ends[index] = end;
    this.names.push(this.decoder.decode(buf.subarray(from, to)));
    this.table[at] = index;
    this.hashes[at] = fnv;
    if (this.names.length * 2 > this.table.length) this.rehash();
    return index;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const hashes = new Int32Array(table.length);
    const mask = table.length - 1;
    for (let i = 0; i < this.table.length; i++) {
      if (this.table[i] < 0) continue;
      let at = this.hashes[i] & mask;
      while (table[at] >= 0) at = (at + 1) & mask;
      table[at] = this.table[i];
      hashes[at] = this.hashes[i];
    }
    this.table = table;
    this.hashes = hashes;
  }
}

/** A copy of the array with room for at least `size` elements (doubling). */
function grown<T extends Uint8Array | Int32Array>(array: T, size: number): T {
  let length = array.length * 2;
  while (length < size) length *= 2;
  const copy = new (array.constructor as new (n: number) => T)(length);
  copy.set(array);
  return copy;
}
