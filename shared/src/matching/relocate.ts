import { serveStealing, type Locks } from './construct';
import { type Plan } from './plan';

/** Moves tried per round: enough to shift the balance between slots, few enough to judge. */
const MOVES_PER_ROUND = 12;

/**
 * Value of running c in slot s at the flow's prices (LP reduced profit): its best team of size
 * min..max by score minus price, a price being what the current teams would lose without that
 * volunteer. Comparing slots by this value sees what a move costs everyone else, which looking
 * at free volunteers alone would not.
 */
function pricedValue(p: Plan, prices: Float64Array, c: number, s: number): number {
  const m = p.m;
  const gains: number[] = [];
  const cands = m.candidates[c];
  for (let i = 0; i < cands.length; i++) {
    const v = cands[i];
    if (m.available[v * m.S + s] === 1) gains.push(m.candidateScores[c][i] - prices[v]);
  }
  gains.sort((a, b) => b - a);
  let value = 0;
  for (let j = 0; j < gains.length && j < m.maxSize[c]; j++) {
    if (j >= m.minSize[c] && gains[j] <= 0) break;
    value += gains[j];
  }
  return gains.length >= m.minSize[c] ? value : -Infinity;
}

/**
 * Proposes moving the served challenges whose priced value is clearly higher in another slot
 * with a free table. Returns the changed plan (teams of moved challenges rebuilt minimally;
 * the caller re-deals and judges), or null when no move looks worthwhile.
 */
export function relocate(p: Plan, locks: Locks): Plan | null {
  const m = p.m;
  const prices = p.prices;
  if (!prices) return null;
  const moves: { c: number; to: number; gain: number }[] = [];
  for (let c = 0; c < m.C; c++) {
    const from = p.slotOf[c];
    if (from < 0 || locks.slot[c] >= 0) continue;
    const here = pricedValue(p, prices, c, from);
    for (const t of m.challengeSlots[c]) {
      if (t === from || p.used[t] >= m.capacity[t]) continue;
      const gain = pricedValue(p, prices, c, t) - here;
      if (gain > 1e-6) moves.push({ c, to: t, gain });
    }
  }
  if (moves.length === 0) return null;
  moves.sort((a, b) => b.gain - a.gain || a.c - b.c);
  let q = p.clone();
  const moved = new Set<number>();
  for (const { c, to } of moves) {
    if (moved.size >= MOVES_PER_ROUND) break;
    if (moved.has(c) || q.used[to] >= m.capacity[to]) continue;
    const r = q.clone();
    r.close(c);
    r.open(c, to);
    const served = serveStealing(r, c, { ...locks, slot: slotWith(locks.slot, c, to) });
    if (!served) continue;
    q = served;
    moved.add(c);
  }
  return moved.size > 0 ? q : null;
}

function slotWith(slots: Int32Array, c: number, s: number): Int32Array {
  const out = slots.slice();
  out[c] = s;
  return out;
}
