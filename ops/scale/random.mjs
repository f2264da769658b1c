// Deterministic randomness for the synthetic data set. Every row is a pure function of
// (seed, table, index): any generator can recompute a row it refers to (a post's author, a
// case's post) without keeping the other table in memory, and a table can be regenerated alone.

/** 32-bit hash of a few integers (murmur3 finaliser over a simple mix). */
export function hash32(...parts) {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    // Numbers above 2^32 (indexes never are, seeds may be) still count.
    if (part > 0xffffffff) h = hash32(h, Math.floor(part / 0x100000000));
  }
  return h >>> 0;
}

/** sfc32: small, fast and good enough for synthetic shapes; seeded per row. */
export class Rng {
  constructor(seed) {
    this.a = seed | 0;
    this.b = 0x9e3779b9;
    this.c = 0x243f6a88;
    this.d = (seed ^ 0xdeadbeef) | 0;
    for (let i = 0; i < 6; i++) this.next();
  }

  next() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    Object.assign(this, { a, b, c, d });
    return (t >>> 0) / 4294967296;
  }

  int(n) {
    return Math.floor(this.next() * n);
  }

  pick(list) {
    return list[this.int(list.length)];
  }

  /** Picks an index by weight from a cumulative weight list ending in 1. */
  weighted(cumulative) {
    const x = this.next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export const rowRng = (seed, table, index) => new Rng(hash32(seed, table, index));

/** Ids readable in a query result: the table's tag, then the row index. */
export function uuidFor(tag, index) {
  return `${tag}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** Cumulative weights (ending in exactly 1) from plain weights. */
export function cumulative(weights) {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let running = 0;
  const out = weights.map((w) => (running += w / total));
  out[out.length - 1] = 1;
  return out;
}

/** The range whose start is the greatest not above i (starts ascending). */
export function rangeOf(starts, i) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
