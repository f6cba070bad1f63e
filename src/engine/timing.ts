/**
 * Opt-in time per rule (`POLICY_LINT_TIMING=1`, as ESLint's `TIMING=1`): the engine adds up, per rule id,
 * the wall time of selecting the rule's matches and running its `check` on them (the positions and messages
 * of its findings included), over every document of the run. Off unless the CLI turns it on, and then only one
 * branch per rule per document.
 */

let times: Map<string, number> | undefined;

/** Start timing rules (again from zero). */
export function startRuleTiming(): void {
  times = new Map();
}

/** The table of times while timing is on, else undefined: the engine's linter adds to it. */
export function ruleTimes(): Map<string, number> | undefined {
  return times;
}

/**
 * How many rows `POLICY_LINT_TIMING` asks for, as ESLint's `TIMING`: `all` for every rule, a number above 1
 * for that many, any other non-empty value for 10; undefined when unset or empty (no timing).
 */
export function timingRows(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.toLowerCase() === 'all') return Infinity;
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : 10;
}

/** The slowest `rows` rules as a Markdown table (rule, total ms, share of all rules' time), slowest first. */
export function timingTable(measured: ReadonlyMap<string, number>, rows: number): string {
  const total = [...measured.values()].reduce((sum, t) => sum + t, 0);
  const slowest = [...measured].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, rows);
  const cells = slowest.map(([id, t]) => [id, t.toFixed(3), `${(total > 0 ? (100 * t) / total : 0).toFixed(1)}%`]);
  const header = ['Rule', 'Time (ms)', 'Relative'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `${c[0].padEnd(widths[0])} | ${c[1].padStart(widths[1])} | ${c[2].padStart(widths[2])}`;
  return [
    line(header),
    `:${'-'.repeat(widths[0])}|${'-'.repeat(widths[1] + 1)}:|${'-'.repeat(widths[2])}:`,
    ...cells.map(line),
  ].join('\n') + '\n';
}
