/**
 * Holm–Bonferroni step-down procedure (Holm 1979): with m hypotheses whose p-values sorted
 * ascending are p(1) ≤ … ≤ p(m), reject H(1), H(2), … while p(j) ≤ α / (m − j + 1), and stop at the
 * first that fails. The probability of rejecting any true hypothesis (the family-wise error rate)
 * is then at most α, whatever the dependence between the tests — and Holm rejects everything
 * Bonferroni (p ≤ α / m) does, and often more.
 */

/**
 * Holm-adjusted p-values, in the input order: p̃(j) = max over i ≤ j of min(1, (m − i + 1) · p(i)).
 * H_j is rejected at family-wise level α exactly when p̃_j ≤ α. A NaN p-value counts as 1 (a test
 * that could not conclude still counts in m). Ties keep their input order, so the result is
 * deterministic; tied p-values get the same adjusted value.
 */
export function holmAdjusted(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const p = pValues.map((v) => (v >= 0 ? Math.min(1, v) : Number.isNaN(v) ? 1 : 0));
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[i]));
    adjusted[i] = running;
  });
  return adjusted;
}
