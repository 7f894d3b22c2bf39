/**
 * Tail probabilities of the distributions the insight tests need. simple-statistics gives the
 * error function and log-gamma; the Student t and F tails come from the regularized incomplete
 * beta function (continued fraction, Numerical Recipes §6.4).
 */
import { errorFunction, gammaln } from "simple-statistics";

/** P(Z > z) for a standard normal Z. */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return Math.min(1, Math.max(0, 0.5 * (1 - errorFunction(z / Math.SQRT2))));
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|). */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, 2 * normalUpperTail(Math.abs(z)));
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-12) break;
  }
  return h;
}

/** Regularized incomplete beta function I_x(a, b), for 0 ≤ x ≤ 1, a, b > 0. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(1 - x);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** Two-sided p-value of a Student t statistic with `df` degrees of freedom. */
export function studentTTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? NaN : 0;
  if (df <= 0) return NaN;
  return Math.min(1, regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5));
}

/** Upper tail P(F > f) of the F distribution with (d1, d2) degrees of freedom. */
export function fUpperTail(f: number, d1: number, d2: number): number {
  if (Number.isNaN(f) || d1 <= 0 || d2 <= 0) return NaN;
  if (f <= 0) return 1;
  if (!Number.isFinite(f)) return 0;
  return Math.min(1, Math.max(0, regularizedIncompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2)));
}

/** P(X ≥ k) for X ~ Binomial(n, p): the one-sided p-value of a sign test. */
export function binomialUpperTail(k: number, n: number, p = 0.5): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const logP = Math.log(p);
  const logQ = Math.log(1 - p);
  let total = 0;
  for (let i = k; i <= n; i++) {
    total += Math.exp(
      gammaln(n + 1) - gammaln(i + 1) - gammaln(n - i + 1) + i * logP + (n - i) * logQ
    );
  }
  return Math.min(1, total);
}
