/** Writing CPLEX LP text, the format HiGHS reads. */

/** A coefficient, exact for integers and to 12 significant digits otherwise. */
const num = (x: number): string =>
  Number.isInteger(x)
    ? String(x)
    : x
        .toPrecision(12)
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '');

/** Writes `name: a + 2 b - c <= 4` over several short lines (the LP format caps line length). */
export function lpRow(name: string, terms: [number, string][], sense: string, rhs: number): string {
  const parts = terms.map(
    ([k, v], i) => `${k < 0 ? '-' : i > 0 ? '+' : ''} ${Math.abs(k) === 1 ? '' : num(Math.abs(k)) + ' '}${v}`,
  );
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(' '));
  return ` ${name}: ${lines.join('\n   ')} ${sense} ${num(rhs)}`;
}
