/**
 * French language pack: several natural ways of saying each fact, in the register of a
 * management commentary (présent, phrases courtes, un chiffre au moins par phrase).
 * Vocabulary: "taux de marque" = marge / CA, "taux de marge" = marge / coût.
 */
import type { InsightMeasure, MonthKey } from "../../analysis/types";
import type { Fact, MemberRef } from "../facts";
import { displayedPercent, formatList } from "../format";
import { capitalize, deFr, queFr } from "../grammar";
import { memberPhraseFr, type MemberPhrase } from "../members";
import type { Quoter } from "../quote";
import { rangeYears, type RenderContext, type Variant } from "../render";

const NBSP = "\u00a0";

/** « texte » with the no-break spaces French typography puts inside guillemets. */
function guillemets(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

/** Names a member, recording its label as a quoted (data) word. */
function member(q: Quoter, name: string, ref: MemberRef): MemberPhrase {
  q.label(name, ref.label);
  // A column of unknown meaning is named by its header, which is data too.
  if (!ref.noun) q.label(`${name}Dimension`, ref.dimension);
  const p = memberPhraseFr(ref.label, ref.dimension, ref.noun);
  if (!ref.alias) return p;
  // The same series under another dimension: "Thomas Le Gall (région Ouest)".
  const alias = ref.alias;
  q.label(`${name}Alias`, alias.label);
  const other =
    alias.noun && !alias.noun.fr.bare && !startsWithNoun(alias.label, alias.noun.fr.singular)
      ? `${alias.noun.fr.singular} ${alias.label}`
      : alias.label;
  const add = (text: string) => `${text} (${other})`;
  return { ...p, np: add(p.np), npStart: add(p.npStart), de: add(p.de) };
}

function startsWithNoun(label: string, noun: string): boolean {
  return label.toLocaleLowerCase().startsWith(noun.toLocaleLowerCase() + " ");
}

/** "à elle seule" / "à lui seul", or "" when the gender is not known (no article). */
function alone(p: MemberPhrase): string {
  if (p.gender === "f") return "à elle seule";
  if (p.gender === "m") return "à lui seul";
  return "";
}

/** "X" + " word" only when the word is not empty. */
function join(...parts: string[]): string {
  return parts.filter((p) => p.length > 0).join(" ");
}

/** The measure as a subject: "le CA", "la marge brute", "les quantités vendues". */
interface MeasureFr {
  np: string;
  de: string;
  plural: boolean;
}

function measureFr(measure: InsightMeasure, ctx: RenderContext): MeasureFr {
  if (measure === "margin") return { np: "la marge brute", de: "de la marge brute", plural: false };
  if (measure === "quantity")
    return { np: "les quantités vendues", de: "des quantités vendues", plural: true };
  return { np: `le CA${ctx.taxSuffix}`, de: `du CA${ctx.taxSuffix}`, plural: false };
}

/** Amount of a measure: money, or a number of units for quantities. */
function amount(q: Quoter, name: string, value: number, measure: InsightMeasure): string {
  return measure === "quantity" ? `${q.quantity(name, value)} unités` : q.money(name, value);
}

function month(q: Quoter, name: string, key: MonthKey, ctx: RenderContext): string {
  return q.month(name, key, ctx.withYear);
}

/** "l'année 2024" / "l'exercice 2024-2025". */
function yearNp(q: Quoter, name: string, label: string, ctx: RenderContext): string {
  return `${ctx.fiscal ? "l'exercice" : "l'année"} ${q.year(name, label)}`;
}

/** "en 2024" / "sur l'exercice 2024-2025". */
function inYear(q: Quoter, name: string, label: string, ctx: RenderContext): string {
  return ctx.fiscal ? `sur l'exercice ${q.year(name, label)}` : `en ${q.year(name, label)}`;
}

/** "à 2023" / "à l'exercice 2023-2024" (after "par rapport"). */
function toYear(q: Quoter, name: string, label: string, ctx: RenderContext): string {
  return ctx.fiscal ? `à l'exercice ${q.year(name, label)}` : `à ${q.year(name, label)}`;
}

/** "de janvier à juin 2024", "d'avril 2024 à mars 2025" (year on the end, or both when they differ). */
function monthRange(
  q: Quoter,
  from: MonthKey,
  to: MonthKey,
  alwaysYear: boolean,
  names: [string, string] = ["from", "to"]
): string {
  const { fromYear, toYear: toY } = rangeYears(from, to, alwaysYear);
  return `${deFr(q.month(names[0], from, fromYear))} à ${q.month(names[1], to, toY)}`;
}

/**
 * The two periods a change compares. Whole years or two months: "entre 2023 et 2024", "entre
 * novembre et décembre", "entre les exercices 2023-2024 et 2024-2025", said inside the sentence.
 * Like-for-like months of two years: "de janvier à octobre 2026, par rapport à la même période de
 * 2025", too long for the middle of a sentence, so `lead` asks to open the sentence with it.
 */
function compared(
  q: Quoter,
  period: "month" | "year",
  from: string,
  to: string,
  ctx: RenderContext,
  months: MonthKey[] = []
): { text: string; lead: boolean } {
  if (period === "year") {
    if (months.length === 0 || months.length >= 12) {
      const a = q.year("from", from);
      const b = q.year("to", to);
      return {
        text: ctx.fiscal ? `entre les exercices ${a} et ${b}` : `entre ${a} et ${b}`,
        lead: false,
      };
    }
    // Named by the sentence just before: « Sur la même période, … ».
    if (ctx.periodSaid === "previous")
      return { text: months.length === 1 ? "ce même mois" : "sur la même période", lead: true };
    const last = months[months.length - 1];
    const when =
      months.length === 1
        ? `en ${q.month("firstMonth", months[0], true)}`
        : monthRange(q, months[0], last, true, ["firstMonth", "lastMonth"]);
    // Named further up: the months again, what they compare with goes without saying.
    if (ctx.periodSaid === "earlier") return { text: when, lead: true };
    const before = ctx.fiscal ? `l'exercice ${q.year("from", from)}` : q.year("from", from);
    const same = months.length === 1 ? "au même mois" : "à la même période";
    return { text: `${when}, par rapport ${same} ${deFr(before)}`, lead: true };
  }
  const { fromYear, toYear: toY } = rangeYears(from, to, ctx.withYear);
  return {
    text: `entre ${q.month("from", from, fromYear)} et ${q.month("to", to, toY)}`,
    lead: false,
  };
}

/** A change is shown as stable when it rounds to 0,0 %. */
function isStable(changePct: number): boolean {
  return displayedPercent(changePct) === 0;
}

/** Direction words agreeing with a feminine or masculine noun. */
const UP = { hausse: "hausse", progression: "progression", plus: "plus" };
const DOWN = { hausse: "baisse", progression: "recul", plus: "moins" };

// ---------------------------------------------------------------- opening

function total(fact: Extract<Fact, { type: "total" }>, ctx: RenderContext): Variant[] {
  const ca = `le chiffre d'affaires${ctx.taxSuffix}`;
  if (fact.mode === "year") {
    const { previous, likeForLike: lfl } = fact;
    if (!previous && lfl) {
      const w = lfl.changePct > 0 ? UP : DOWN;
      const lflText = (q: Quoter) =>
        isStable(lfl.changePct)
          ? `il est stable par rapport à la même période ${deFr(q.year("previousYear", lfl.previousYear))}`
          : `il est en ${w.hausse} de ${q.pct("changePct", lfl.changePct, { abs: true })} par rapport à la même période ${deFr(q.year("previousYear", lfl.previousYear))}`;
      return [
        (q) =>
          `Sur ${yearNp(q, "year", fact.year, ctx)}, ${ca} atteint ${q.money("revenue", fact.revenue)} ; ${monthRange(q, lfl.from, lfl.to, false)}, ${lflText(q)}.`,
      ];
    }
    if (!previous)
      return [
        (q) =>
          `Sur ${yearNp(q, "year", fact.year, ctx)}, ${ca} atteint ${q.money("revenue", fact.revenue)}, soit ${q.money("monthlyAverage", fact.monthlyAverage)} par mois en moyenne.`,
        (q) =>
          `${capitalize(inYear(q, "year", fact.year, ctx))}, ${ca} s'élève à ${q.money("revenue", fact.revenue)}, pour une moyenne mensuelle de ${q.money("monthlyAverage", fact.monthlyAverage)}.`,
      ];
    const change = previous.changePct;
    if (isStable(change))
      return [
        (q) =>
          `Sur ${yearNp(q, "year", fact.year, ctx)}, ${ca} atteint ${q.money("revenue", fact.revenue)}, stable par rapport ${toYear(q, "previousYear", previous.year, ctx)}.`,
      ];
    const w = change > 0 ? UP : DOWN;
    return [
      (q) =>
        `Sur ${yearNp(q, "year", fact.year, ctx)}, ${ca} atteint ${q.money("revenue", fact.revenue)}, en ${w.hausse} de ${q.pct("changePct", change, { abs: true })} par rapport ${toYear(q, "previousYear", previous.year, ctx)}.`,
      (q) =>
        `${capitalize(inYear(q, "year", fact.year, ctx))}, ${ca} s'établit à ${q.money("revenue", fact.revenue)}, soit ${q.pct("changePct", change, { abs: true })} de ${w.plus} ${queFr(inYear(q, "previousYear", previous.year, ctx))}.`,
      (q) =>
        `${capitalize(ca)} ${deFr(yearNp(q, "year", fact.year, ctx))} s'élève à ${q.money("revenue", fact.revenue)}, en ${w.progression} de ${q.pct("changePct", change, { abs: true })} sur un an.`,
    ];
  }
  if (fact.mode === "ytd") {
    const change = fact.changePct;
    const w = change > 0 ? UP : DOWN;
    const single = fact.from === fact.to;
    const period = (q: Quoter) =>
      single ? `en ${q.month("to", fact.to, true)}` : monthRange(q, fact.from, fact.to, true);
    if (isStable(change))
      return [
        (q) =>
          `${capitalize(period(q))}, ${ca} cumulé atteint ${q.money("revenue", fact.revenue)}, stable par rapport à la même période ${deFr(q.year("previousYear", fact.previousYear))}.`,
      ];
    const variants: Variant[] = [
      (q) =>
        `${capitalize(period(q))}, ${ca}${single ? "" : " cumulé"} atteint ${q.money("revenue", fact.revenue)}, en ${w.hausse} de ${q.pct("changePct", change, { abs: true })} par rapport à la même période ${deFr(q.year("previousYear", fact.previousYear))}.`,
    ];
    if (!single)
      variants.push(
        (q) =>
          `À fin ${q.month("to", fact.to, true)}, ${ca} cumulé depuis ${q.month("from", fact.from, false)} s'élève à ${q.money("revenue", fact.revenue)}, soit ${q.pct("changePct", change, { abs: true })} de ${w.plus} que sur la même période ${deFr(q.year("previousYear", fact.previousYear))}.`
      );
    return variants;
  }
  // range: no comparison in the data, say what is known
  const perFull = fact.averageOfFullMonths ? " complet" : "";
  const average = fact.monthlyAverage;
  if (fact.from === fact.to || average === null)
    return [
      (q) =>
        fact.from === fact.to
          ? `En ${q.month("from", fact.from, true)}, ${ca} atteint ${q.money("revenue", fact.revenue)}.`
          : `${capitalize(monthRange(q, fact.from, fact.to, true))}, ${ca} atteint ${q.money("revenue", fact.revenue)}.`,
    ];
  return [
    (q) =>
      `${capitalize(monthRange(q, fact.from, fact.to, true))}, ${ca} atteint ${q.money("revenue", fact.revenue)}, soit ${q.money("monthlyAverage", average)} par mois${perFull} en moyenne.`,
    (q) =>
      `${capitalize(ca)} cumulé ${monthRange(q, fact.from, fact.to, true)} s'élève à ${q.money("revenue", fact.revenue)}, pour une moyenne de ${q.money("monthlyAverage", average)} par mois${perFull}.`,
  ];
}

// ---------------------------------------------------------------- insights

/** value / average − 1, when the average allows it (positive and the gap visible). */
function vsAverage(value: number, average: number): number | null {
  if (!(average > 0)) return null;
  const r = value / average - 1;
  return Number.isFinite(r) && displayedPercent(r, 0) !== 0 ? r : null;
}

function bestWorstMonth(
  fact: Extract<Fact, { type: "bestWorstMonth" }>,
  ctx: RenderContext
): Variant[] {
  const { best, worst, measure } = fact;
  // The reported year's months, in data that spans several years: say "de l'année".
  const ofYear = !!fact.ofYear && ctx.severalYears;
  const Y = ofYear ? " de l'année" : "";
  const span = ofYear ? "de l'année" : "de la période";
  if (measure !== "revenue") {
    const me = measureFr(measure, ctx);
    const parts = (q: Quoter) => {
      const out: string[] = [];
      if (best)
        out.push(
          `le mois ${deFr(month(q, "bestMonth", best.month, ctx))} est le plus fort pour ${me.np} (${amount(q, "best", best.value, measure)})`
        );
      if (worst)
        out.push(
          best
            ? `celui ${deFr(month(q, "worstMonth", worst.month, ctx))} le plus faible (${amount(q, "worst", worst.value, measure)})`
            : `le mois ${deFr(month(q, "worstMonth", worst.month, ctx))} est le plus faible pour ${me.np} (${amount(q, "worst", worst.value, measure)})`
        );
      return capitalize(out.join(" et ")) + ".";
    };
    return [parts];
  }
  if (best && worst)
    return [
      (q) =>
        `Le mois ${deFr(month(q, "bestMonth", best.month, ctx))} est le plus fort${Y} (${q.money("best", best.value)}) et celui ${deFr(month(q, "worstMonth", worst.month, ctx))} le plus faible (${q.money("worst", worst.value)}).`,
      (q) =>
        `C'est en ${month(q, "bestMonth", best.month, ctx)} que le CA${ctx.taxSuffix} est le plus élevé${Y} (${q.money("best", best.value)}), et en ${month(q, "worstMonth", worst.month, ctx)} qu'il est le plus bas (${q.money("worst", worst.value)}).`,
      (q) => {
        const above = vsAverage(best.value, best.average);
        const gap =
          above === null
            ? ""
            : `, ${q.pct("bestVsAverage", above, { abs: true })} au-dessus de la moyenne mensuelle`;
        return `${ofYear ? "Sur l'année, le" : "Le"} CA${ctx.taxSuffix} mensuel culmine en ${month(q, "bestMonth", best.month, ctx)} (${q.money("best", best.value)}${gap}) et touche son point bas en ${month(q, "worstMonth", worst.month, ctx)} (${q.money("worst", worst.value)}).`;
      },
    ];
  if (best) {
    const above = vsAverage(best.value, best.average);
    const variants: Variant[] = [
      (q) =>
        `Le mois ${deFr(month(q, "bestMonth", best.month, ctx))} est le plus fort ${span}, avec ${q.money("best", best.value)}.`,
    ];
    if (above !== null && above > 0)
      variants.unshift(
        (q) =>
          `Le mois ${deFr(month(q, "bestMonth", best.month, ctx))} est le plus fort ${span} : ${q.money("best", best.value)}, soit ${q.pct("bestVsAverage", above)} de plus que la moyenne mensuelle.`,
        (q) =>
          `Avec ${q.money("best", best.value)}, le mois ${deFr(month(q, "bestMonth", best.month, ctx))} arrive en tête, ${q.pct("bestVsAverage", above)} au-dessus de la moyenne mensuelle.`
      );
    return variants;
  }
  if (worst) {
    const below = vsAverage(worst.value, worst.average);
    const variants: Variant[] = [
      (q) =>
        `Le mois ${deFr(month(q, "worstMonth", worst.month, ctx))} est le plus faible ${span}, avec ${q.money("worst", worst.value)}.`,
    ];
    if (below !== null && below < 0 && worst.value > 0)
      variants.unshift(
        (q) =>
          `Le mois ${deFr(month(q, "worstMonth", worst.month, ctx))} est le plus faible ${span} (${q.money("worst", worst.value)}, soit ${q.pct("worstVsAverage", below, { abs: true })} sous la moyenne mensuelle).`
      );
    return variants;
  }
  return [];
}

/** " sur l'ensemble de la période" when member totals cover more than the opening's year. */
function wholePeriod(ctx: RenderContext): string {
  return ctx.severalYears ? " sur l'ensemble de la période" : "";
}

function outstandingMember(
  fact: Extract<Fact, { type: "outstandingMember" }>,
  ctx: RenderContext
): Variant[] {
  const { insight } = fact;
  const P = wholePeriod(ctx);
  const me = measureFr(insight.measure, ctx);
  const runner = insight.runnerUp;
  if (insight.kind === "outstandingFirst") {
    const variants: Variant[] = [
      (q) => {
        const m = member(q, "member", fact.member);
        return `${m.npStart} arrive en tête${P} avec ${amount(q, "value", insight.value, insight.measure)}, soit ${q.share("share", insight.share)} ${me.de}.`;
      },
    ];
    if (runner)
      variants.push((q) => {
        const m = member(q, "member", fact.member);
        const r = member(q, "runnerUp", { ...fact.member, label: runner.subject });
        return `${m.npStart} arrive en tête${P} (${amount(q, "value", insight.value, insight.measure)}), devant ${r.np} (${amount(q, "runnerUpValue", runner.value, insight.measure)}).`;
      });
    return variants;
  }
  return [
    (q) => {
      const m = member(q, "member", fact.member);
      return `${m.npStart} ferme la marche${P} avec ${amount(q, "value", insight.value, insight.measure)}, soit ${q.share("share", insight.share)} ${me.de}.`;
    },
    (q) => {
      const m = member(q, "member", fact.member);
      return `${m.npStart} reste en retrait${P} : ${amount(q, "value", insight.value, insight.measure)} seulement, soit ${q.share("share", insight.share)} ${me.de}.`;
    },
  ];
}

function trend(fact: Extract<Fact, { type: "trend" }>, ctx: RenderContext): Variant[] {
  const { insight } = fact;
  const up = insight.direction === "up";
  const me = measureFr(insight.measure, ctx);
  const slope = (q: Quoter) =>
    insight.measure === "quantity"
      ? `${q.quantity("slopePerMonth", insight.slopePerMonth, { abs: true })} unités`
      : q.money("slopePerMonth", insight.slopePerMonth, { abs: true });
  const subject = (q: Quoter) =>
    fact.member ? `${me.np} ${member(q, "member", fact.member).de}` : me.np;
  const verb = (sing: string, plural: string) => (me.plural ? plural : sing);
  return [
    (q) =>
      `La tendance est à la ${up ? "hausse" : "baisse"} depuis ${month(q, "from", insight.from, ctx)} : ${subject(q)} ${up ? verb("gagne", "gagnent") : verb("perd", "perdent")} en moyenne ${slope(q)} chaque mois (${q.pct("slopeRelative", insight.slopeRelative, { signed: true })} par mois).`,
    (q) =>
      `${capitalize(subject(q))} ${up ? verb("progresse", "progressent") : verb("recule", "reculent")} régulièrement ${monthRange(q, insight.from, insight.to, ctx.withYear)}, d'environ ${slope(q)} par mois.`,
  ];
}

/**
 * A month whose revenue is zero or negative, against what a month usually makes: no rate (a
 * fall "of 130 %" or "100 % below" says nothing a reader can use). No line at all: no sales;
 * lines that sum to 0: sales and credit notes cancel out; below 0: credit notes above sales.
 */
function nonPositiveOutlier(
  fact: Extract<Fact, { type: "outlier" }>,
  ctx: RenderContext
): Variant[] {
  const { insight, target } = fact;
  const ca = `le CA${ctx.taxSuffix}`;
  const when = (q: Quoter) => month(q, "month", insight.month, ctx);
  const usual = (q: Quoter) => `${q.money("expected", insight.expected)} un mois ordinaire`;
  const goal = (q: Quoter) =>
    target ? ` et un objectif de ${q.money("target", target.target)}` : "";
  if (insight.value < 0)
    return [
      (q) =>
        `En ${when(q)}, ${ca} est négatif (${q.money("value", insight.value)}, contre ${usual(q)}${goal(q)}) : les avoirs y dépassent les ventes.`,
      (q) =>
        `Les avoirs dépassent les ventes en ${when(q)} : ${ca} y est négatif, à ${q.money("value", insight.value)}, contre ${usual(q)}${goal(q)}.`,
    ];
  if (fact.lines === 0)
    return [(q) => `Aucune vente n'est enregistrée en ${when(q)} (contre ${usual(q)}${goal(q)}).`];
  return [
    (q) =>
      `En ${when(q)}, ventes et avoirs se compensent : ${ca} est nul (${q.money("value", insight.value)}, contre ${usual(q)}${goal(q)}).`,
  ];
}

function outlier(fact: Extract<Fact, { type: "outlier" }>, ctx: RenderContext): Variant[] {
  const { insight, target } = fact;
  if (insight.value <= 0) return nonPositiveOutlier(fact, ctx);
  const high = insight.direction === "high";
  const dev = insight.deviationPct;
  const usable = dev !== null && Number.isFinite(dev) && displayedPercent(dev) !== 0;
  const devText = (q: Quoter) =>
    usable ? `${q.pct("deviationPct", dev, { abs: true })} ${high ? "au-dessus de" : "sous"} ` : "";
  const habit = (q: Quoter) =>
    `${usable ? devText(q) : high ? "bien au-dessus de " : "bien en dessous de "}son niveau habituel (${q.money("expected", insight.expected)})`;
  if (target) {
    const gapPct = target.gapPct;
    const pctOk = gapPct !== null && Number.isFinite(gapPct) && displayedPercent(gapPct) !== 0;
    const gap = (q: Quoter) =>
      pctOk ? q.pct("gapPct", gapPct, { abs: true }) : q.money("gap", target.gap, { abs: true });
    return [
      (q) =>
        high
          ? `Le mois ${deFr(month(q, "month", insight.month, ctx))} se détache nettement : ${q.money("value", insight.value)}, soit ${habit(q)} et ${gap(q)} au-dessus de l'objectif de ${q.money("target", target.target)}.`
          : `Le mois ${deFr(month(q, "month", insight.month, ctx))} décroche nettement : ${q.money("value", insight.value)}, soit ${habit(q)} et ${gap(q)} sous l'objectif de ${q.money("target", target.target)}.`,
      (q) =>
        high
          ? `En ${month(q, "month", insight.month, ctx)}, le CA${ctx.taxSuffix} atteint ${q.money("value", insight.value)}, un niveau inhabituel (${q.money("expected", insight.expected)} d'ordinaire) qui dépasse de ${gap(q)} l'objectif de ${q.money("target", target.target)}.`
          : `En ${month(q, "month", insight.month, ctx)}, le CA${ctx.taxSuffix} tombe à ${q.money("value", insight.value)}, un niveau inhabituel (${q.money("expected", insight.expected)} d'ordinaire), ${gap(q)} sous l'objectif de ${q.money("target", target.target)}.`,
    ];
  }
  return [
    (q) =>
      `Le mois ${deFr(month(q, "month", insight.month, ctx))} ${high ? "se détache nettement" : "décroche nettement"} : ${q.money("value", insight.value)}, soit ${habit(q)}.`,
    (q) =>
      `En ${month(q, "month", insight.month, ctx)}, le CA${ctx.taxSuffix} ${high ? "atteint" : "tombe à"} ${q.money("value", insight.value)}, un niveau inhabituel, contre ${q.money("expected", insight.expected)} d'ordinaire.`,
  ];
}

/**
 * A share in words that stays true to the figure beside it ("Près des trois quarts" for 72 %),
 * with the verb's number; null below one half.
 */
export function fractionFr(share: number): { words: string; plural: boolean } | null {
  if (share >= 0.8) return { words: "L'essentiel", plural: false };
  if (share >= 0.75) return { words: "Plus des trois quarts", plural: true };
  if (share >= 0.7) return { words: "Près des trois quarts", plural: true };
  if (share > 2 / 3) return { words: "Plus des deux tiers", plural: true };
  if (share >= 0.6) return { words: "Près des deux tiers", plural: true };
  if (share > 0.5 && displayedPercent(share, 0) > 50)
    return { words: "Plus de la moitié", plural: false };
  return null;
}

function majority(fact: Extract<Fact, { type: "majority" }>, ctx: RenderContext): Variant[] {
  const { insight, also } = fact;
  const P = wholePeriod(ctx);
  const me = measureFr(insight.measure, ctx);
  if (also) {
    // Two majorities under two dimensions, one sentence: "Le CA se concentre sur la famille Food
    // (72 %, soit 409 036 $US) et sur la région North West (72 %, soit 406 070 $US)."
    const two = (q: Quoter) => ({
      a: member(q, "member", fact.member),
      b: member(q, "member2", also.member),
    });
    const figures = (q: Quoter, name: string, share: number, value: number) =>
      `${q.share(name === "member" ? "share" : "share2", share)}, soit ${amount(q, name === "member" ? "value" : "value2", value, insight.measure)}`;
    const concentrated = me.plural ? "sont concentrées" : "est concentré";
    const variants: Variant[] = [
      (q) => {
        const { a, b } = two(q);
        return `${capitalize(me.np)} ${concentrated}${P} : ${a.np} en représente ${q.share("share", insight.share)} (${amount(q, "value", insight.value, insight.measure)}) et ${b.np} ${q.share("share2", also.insight.share)} (${amount(q, "value2", also.insight.value, insight.measure)}).`;
      },
    ];
    if (!P)
      variants.unshift((q) => {
        const { a, b } = two(q);
        return `${capitalize(me.np)} ${me.plural ? "se concentrent" : "se concentre"} sur ${a.np} (${figures(q, "member", insight.share, insight.value)}) et sur ${b.np} (${figures(q, "member2", also.insight.share, also.insight.value)}).`;
      });
    return variants;
  }
  const variants: Variant[] = [
    (q) => {
      const m = member(q, "member", fact.member);
      // "concentre à elle seule" for a region; a person or an unnamed kind simply "réalise".
      const verb = m.gender === null ? "réalise" : "concentre";
      return `${join(m.npStart, verb, alone(m))} ${q.share("share", insight.share)} ${me.de}${P} (${amount(q, "value", insight.value, insight.measure)}).`;
    },
  ];
  const fraction = fractionFr(insight.share);
  if (fraction)
    variants.push((q) => {
      const m = member(q, "member", fact.member);
      return `${fraction.words} ${me.de}${P} ${fraction.plural ? "proviennent" : "provient"} ${m.de} : ${q.share("share", insight.share)}, soit ${amount(q, "value", insight.value, insight.measure)}.`;
    });
  return variants;
}

function pareto(fact: Extract<Fact, { type: "pareto" }>, ctx: RenderContext): Variant[] {
  const { insight, noun } = fact;
  const P = wholePeriod(ctx);
  const me = measureFr(insight.measure, ctx);
  const feminine = noun ? noun.fr.gender === "f" : true;
  const one = insight.topCount === 1;
  const nounText = (q: Quoter) => {
    if (noun) return one ? noun.fr.singular : noun.fr.plural;
    return `${one ? "valeur" : "valeurs"} de ${guillemets(q.label("dimension", insight.dimension))}`;
  };
  const first = one ? (feminine ? "première" : "premier") : feminine ? "premières" : "premiers";
  const article = one ? (feminine ? "La" : "Le") : "Les";
  return [
    (q) =>
      `${article} ${one ? "" : q.number("topCount", insight.topCount) + " "}${first} ${nounText(q)}, sur ${q.number("memberCount", insight.memberCount)}, ${one ? "réalise" : "réalisent"} ${q.share("topShare", insight.topShare)} ${me.de}${P}.`,
    (q) =>
      `${capitalize(me.np)} ${me.plural ? "sont concentrées" : "est concentré"} : ${q.number("topCount", insight.topCount)} ${nounText(q)} sur ${q.number("memberCount", insight.memberCount)} en ${one ? "réalise" : "réalisent"} ${q.share("topShare", insight.topShare)}${P}.`,
  ];
}

function changePoint(fact: Extract<Fact, { type: "changePoint" }>, ctx: RenderContext): Variant[] {
  const { insight } = fact;
  const up = insight.after > insight.before;
  const pct = insight.changePct;
  const showPct = pct !== null && Number.isFinite(pct) && Math.abs(pct) < 5;
  const tail = (q: Quoter) => (showPct ? ` (${q.pct("changePct", pct, { signed: true })})` : "");
  return [
    (q) =>
      `Depuis ${month(q, "month", insight.month, ctx)}, le CA${ctx.taxSuffix} mensuel s'est installé à un niveau plus ${up ? "élevé" : "bas"} : ${q.money("after", insight.after)} en moyenne, contre ${q.money("before", insight.before)} auparavant${tail(q)}.`,
    (q) =>
      `Le CA${ctx.taxSuffix} mensuel change de palier à partir ${deFr(month(q, "month", insight.month, ctx))} : ${q.money("after", insight.after)} en moyenne, contre ${q.money("before", insight.before)} avant${tail(q)}.`,
  ];
}

function seasonality(fact: Extract<Fact, { type: "seasonality" }>): Variant[] {
  const { insight } = fact;
  const peak = insight.peakIndex - 1;
  const trough = 1 - insight.troughIndex;
  const name = (q: Quoter, key: string, m: number) => q.monthOfYear(key, m);
  // The analysis counts years of data as months / 12 (2.1): "plus de deux ans".
  const whole = Math.floor(insight.years + 1e-9);
  const span = (q: Quoter) => {
    const years = q.countWords("years", whole, "an", "ans");
    return whole < insight.years ? `plus ${deFr(years)}` : years;
  };
  if (fact.follows)
    // Right after the sentence naming these months as the year's best and worst.
    return [
      (q) =>
        `Ce rythme se répète d'une année sur l'autre : sur ${span(q)}, ${name(q, "peakMonth", insight.peakMonth)} dépasse de ${q.pct("peakAboveAverage", peak)} un mois moyen et ${name(q, "troughMonth", insight.troughMonth)} reste ${q.pct("troughBelowAverage", trough)} en dessous.`,
    ];
  return [
    (q) =>
      `L'activité est saisonnière : sur ${span(q)}, ${name(q, "peakMonth", insight.peakMonth)} est en moyenne le mois le plus fort (${q.pct("peakAboveAverage", peak)} au-dessus de la moyenne) et ${name(q, "troughMonth", insight.troughMonth)} le plus faible (${q.pct("troughBelowAverage", trough)} en dessous).`,
    (q) =>
      `D'une année sur l'autre, le mois ${deFr(name(q, "peakMonth", insight.peakMonth))} est le plus fort (${q.pct("peakAboveAverage", peak)} au-dessus de la moyenne mensuelle) et celui ${deFr(name(q, "troughMonth", insight.troughMonth))} le plus creux (${q.pct("troughBelowAverage", trough)} en dessous), sur ${span(q)} de données.`,
  ];
}

function contribution(
  fact: Extract<Fact, { type: "contribution" }>,
  ctx: RenderContext
): Variant[] {
  const { insight } = fact;
  const totalUp = insight.totalChange > 0;
  const noun = totalUp ? "la hausse" : "la baisse";
  const share = insight.shareOfChange;
  const ca = `CA${ctx.taxSuffix}`;
  const when = (q: Quoter) =>
    compared(q, insight.period, insight.from, insight.to, ctx, insight.months);
  /** "Subject verb…" with the period inside, or "Period, subject verb…" when it is long. */
  const sentence = (q: Quoter, subject: MemberPhrase | string, rest: (p: string) => string) => {
    const p = when(q);
    const np = typeof subject === "string" ? subject : subject.np;
    const npStart = typeof subject === "string" ? capitalize(subject) : subject.npStart;
    return p.lead ? `${capitalize(p.text)}, ${np} ${rest("")}` : `${npStart} ${rest(p.text)}`;
  };
  const memberChange = (q: Quoter) =>
    q.money("memberChange", insight.memberChange, { signed: true });
  if (ctx.otherDimension)
    // The same change, already explained by another dimension: another view of it, not a
    // competing explanation. « Par gamme, sur la même période, Consommables apporte 59 % de la
    // hausse (+22 651 €). »
    return [
      (q) => {
        q.label("member", fact.member.label);
        const by = fact.member.noun
          ? fact.member.noun.fr.singular
          : guillemets(q.label("memberDimension", fact.member.dimension));
        const name = fact.member.label;
        const rest =
          share < 0
            ? `${name} ${totalUp ? "freine la progression" : "résiste au recul"} (${memberChange(q)})`
            : share > 1 && displayedPercent(share, 0) > 100
              ? `${name} fait plus que toute ${noun} : ${memberChange(q)}, contre ${q.money("totalChange", insight.totalChange, { signed: true })} au total`
              : `${name} apporte ${q.share("shareOfChange", share)} de ${noun} (${memberChange(q)})`;
        return `Par ${by}, ${when(q).text}, ${rest}.`;
      },
    ];
  if (share < 0)
    // The member moved against the total.
    return [
      (q) =>
        sentence(q, member(q, "member", fact.member), (p) =>
          totalUp
            ? `${join("freine la progression", p)} (${memberChange(q)}), alors que le ${ca} total progresse de ${q.money("totalChange", insight.totalChange, { abs: true })}.`
            : `${join("résiste au recul", p)} (${memberChange(q)}), alors que le ${ca} total baisse de ${q.money("totalChange", insight.totalChange, { abs: true })}.`
        ),
    ];
  if (share > 1 && displayedPercent(share, 0) > 100)
    // The member moved more than the total: the others moved the other way.
    return [
      (q) => {
        const m = member(q, "member", fact.member);
        return sentence(
          q,
          m,
          (p) =>
            `${join("porte", alone(m), "toute", noun, "du", ca, p)} : ${memberChange(q)}, plus que ${noun} totale (${q.money("totalChange", insight.totalChange, { signed: true })}) ; le reste de l'activité ${totalUp ? "recule" : "progresse"}.`
        );
      },
    ];
  const variants: Variant[] = [
    (q) => {
      const m = member(q, "member", fact.member);
      return sentence(
        q,
        m,
        (p) =>
          `${join("explique", share >= 0.5 ? alone(m) : "", q.share("shareOfChange", share), "de", noun, "du", ca, p)} (${memberChange(q)}).`
      );
    },
  ];
  if (share >= 0.5)
    variants.push((q) => {
      const m = member(q, "member", fact.member);
      const p = when(q);
      const tail = `vient surtout ${m.de} : ${memberChange(q)}, soit ${q.share("shareOfChange", share)} de ${noun} totale.`;
      return p.lead
        ? `${capitalize(p.text)}, ${noun} du ${ca} ${tail}`
        : `${capitalize(noun)} du ${ca} ${p.text} ${tail}`;
    });
  return variants;
}

function rateShift(fact: Extract<Fact, { type: "rateShift" }>, ctx: RenderContext): Variant[] {
  const { insight } = fact;
  const name = insight.rate === "marginRate" ? "le taux de marque" : "le taux de marge";
  const up = insight.delta > 0;
  const when = (q: Quoter) =>
    compared(q, insight.period, insight.from, insight.to, ctx, insight.months);
  const move = (q: Quoter) =>
    `de ${q.rate("before", insight.before)} à ${q.rate("after", insight.after)}`;
  return [
    (q) => {
      const p = when(q);
      const verb = `${up ? "progresse" : "recule"} ${move(q)}`;
      const tail = `soit ${q.points("delta", insight.delta)} de ${up ? "plus" : "moins"}.`;
      return p.lead
        ? `${capitalize(p.text)}, ${name} ${verb}, ${tail}`
        : `${capitalize(name)} ${verb} ${p.text}, ${tail}`;
    },
    (q) =>
      `${capitalize(when(q).text)}, ${name} passe ${move(q)} : ${up ? "un gain" : "un recul"} de ${q.points("delta", insight.delta)}.`,
  ];
}

function targetGap(fact: Extract<Fact, { type: "targetGap" }>, ctx: RenderContext): Variant[] {
  const { insight } = fact;
  // A gap to a zero (or negative) target is not meaningful.
  if (!(insight.target > 0)) return [];
  const isMonth = /^\d{4}-\d{2}$/.test(insight.period);
  const above = insight.gap > 0;
  const pct = insight.gapPct;
  // A gap in % of a revenue at zero or below says nothing (−130 %): the gap in money then.
  const usable =
    pct !== null && Number.isFinite(pct) && displayedPercent(pct) !== 0 && insight.actual > 0;
  const { cumul } = fact;
  const subject = (q: Quoter) =>
    isMonth
      ? `le mois ${deFr(month(q, "period", insight.period, ctx))}`
      : cumul
        ? `le CA${ctx.taxSuffix} cumulé ${monthRange(q, cumul.from, cumul.to, true)}`
        : `le CA${ctx.taxSuffix} ${deFr(yearNp(q, "period", insight.period, ctx))}`;
  const objective = (q: Quoter) =>
    isMonth
      ? `L'objectif ${deFr(month(q, "period", insight.period, ctx))}`
      : cumul
        ? `L'objectif cumulé ${monthRange(q, cumul.from, cumul.to, true)}`
        : `L'objectif ${deFr(yearNp(q, "period", insight.period, ctx))}`;
  const figures = (q: Quoter) =>
    `${q.money("actual", insight.actual)} pour un objectif de ${q.money("target", insight.target)}`;
  const done = (q: Quoter) =>
    `${q.money("actual", insight.actual)} réalisés pour ${q.money("target", insight.target)} visés`;
  if (!usable)
    return [
      (q) =>
        `${capitalize(subject(q))} ${above ? "dépasse son objectif de" : "reste à"} ${q.money("gap", insight.gap, { abs: true })}${above ? "" : " de son objectif"} (${figures(q)}).`,
    ];
  return [
    (q) =>
      above
        ? `${capitalize(subject(q))} dépasse son objectif de ${q.pct("gapPct", pct, { abs: true })} (${figures(q)}).`
        : `${capitalize(subject(q))} reste ${q.pct("gapPct", pct, { abs: true })} sous son objectif (${figures(q)}).`,
    (q) =>
      above
        ? `${objective(q)} est dépassé de ${q.pct("gapPct", pct, { abs: true })} : ${done(q)}.`
        : `${objective(q)} n'est pas atteint : ${done(q)} (${q.pct("gapPct", pct, { signed: true })}).`,
  ];
}

// ---------------------------------------------------------------- caveats

function partialMonth(
  fact: Extract<Fact, { type: "partialMonth" }>,
  ctx: RenderContext
): Variant[] {
  const end = fact.side === "end";
  const coverage = (q: Quoter) =>
    end
      ? `jusqu'au ${q.dayOfMonth("lastDay", fact.to)}`
      : `à partir du ${q.dayOfMonth("firstDay", fact.from)}`;
  return [
    (q) =>
      `Attention : le mois ${deFr(month(q, "month", fact.month, ctx))} est incomplet (données ${coverage(q)}).`,
    (q) =>
      end
        ? `À noter : les données ${deFr(month(q, "month", fact.month, ctx))} s'arrêtent le ${q.dayOfMonth("lastDay", fact.to)}, ce mois est donc incomplet.`
        : `À noter : les données ${deFr(month(q, "month", fact.month, ctx))} ne commencent que le ${q.dayOfMonth("firstDay", fact.from)}, ce mois est donc incomplet.`,
  ];
}

/** Most months a caveat names one by one; beyond, it gives their count, first and last. */
const MAX_LISTED_MONTHS = 3;

function nonPositiveMonths(
  fact: Extract<Fact, { type: "nonPositiveMonths" }>,
  ctx: RenderContext
): Variant[] {
  const { months } = fact;
  // Always with the year: a caveat sends the reader to check the source.
  const listed = months.length <= MAX_LISTED_MONTHS;
  const amounts = !fact.noSales && listed;
  /** "en avril 2023", "en avril 2023 (-1 212 €) et en mai 2023 (0 €)", "sur 5 mois (…)". */
  const when = (q: Quoter) => {
    if (!listed)
      return `sur ${q.countWords("months", months.length, "mois", "mois")} (le premier en ${q.month("firstMonth", months[0].month, true)}, le dernier en ${q.month("lastMonth", months[months.length - 1].month, true)})`;
    return formatList(
      months.map((m, i) => {
        const at = `en ${q.month(`month${i + 1}`, m.month, true)}`;
        return amounts && months.length > 1 ? `${at} (${q.money(`value${i + 1}`, m.value)})` : at;
      }),
      "fr"
    );
  };
  if (fact.noSales) {
    const these = months.length > 1 ? "ces mois" : "ce mois";
    return [
      (q) =>
        `Aucune vente n'est enregistrée ${when(q)} : vérifiez que l'export couvre bien ${these}.`,
    ];
  }
  const negative = months.some((m) => m.value < 0);
  const zero = months.some((m) => !(m.value < 0));
  const state = negative && zero ? "négatif ou nul" : negative ? "négatif" : "nul";
  const why =
    negative && zero
      ? "les avoirs y égalent ou dépassent les ventes"
      : negative
        ? "les avoirs y dépassent les ventes"
        : "ventes et avoirs s'y compensent";
  const single = (q: Quoter) =>
    months.length === 1 && negative ? ` (${q.money("value1", months[0].value)})` : "";
  return [(q) => `Le CA${ctx.taxSuffix} est ${state} ${when(q)}${single(q)} : ${why}.`];
}

function missingCost(fact: Extract<Fact, { type: "missingCost" }>): Variant[] {
  if (fact.linesWithoutCost === null) {
    if (fact.lines <= 1)
      return [
        () =>
          `La ligne importée ne comporte pas de coût d'achat : la marge, le taux de marque et le taux de marge ne peuvent pas être calculés.`,
      ];
    return [
      (q) =>
        `Aucune des ${q.count("lines", fact.lines, "ligne importée", "lignes importées")} ne comporte de coût d'achat : la marge, le taux de marque et le taux de marge ne peuvent donc pas être calculés.`,
    ];
  }
  const missing = fact.linesWithoutCost;
  const plural = new Intl.PluralRules("fr-FR").select(missing) !== "one";
  return [
    (q) =>
      `Attention : ${q.count("linesWithoutCost", missing, "ligne", "lignes")} sur ${q.number("lines", fact.lines)} ${plural ? "n'ont" : "n'a"} pas de coût d'achat ; la marge, le taux de marque et le taux de marge ne sont calculés que pour les mois où tous les coûts sont connus.`,
  ];
}

function rejectedRows(
  fact: Extract<Fact, { type: "rejectedRows" }>,
  ctx: RenderContext
): Variant[] {
  const plural = new Intl.PluralRules("fr-FR").select(fact.rows) !== "one";
  const file = (q: Quoter) =>
    fact.fileName ? ` du fichier ${q.label("fileName", fact.fileName)}` : "";
  const rev = (q: Quoter) =>
    fact.rejectedRevenue !== null
      ? ` (${q.money("rejectedRevenue", fact.rejectedRevenue)} de CA${ctx.taxSuffix})`
      : "";
  const lines = (q: Quoter) => q.count("rows", fact.rows, "ligne", "lignes");
  return [
    (q) =>
      `À l'import, ${lines(q)}${file(q)} ${plural ? "ont été écartées" : "a été écartée"}${rev(q)} ; le rapport d'import en donne le détail.`,
    (q) =>
      `Le rapport d'import signale ${lines(q)}${file(q)} ${plural ? "écartées" : "écartée"}${rev(q)}, à vérifier dans la source.`,
  ];
}

/** Every way of saying a fact in French. */
export function frenchPack(fact: Fact, ctx: RenderContext): Variant[] {
  switch (fact.type) {
    case "total":
      return total(fact, ctx);
    case "bestWorstMonth":
      return bestWorstMonth(fact, ctx);
    case "outstandingMember":
      return outstandingMember(fact, ctx);
    case "trend":
      return trend(fact, ctx);
    case "outlier":
      return outlier(fact, ctx);
    case "majority":
      return majority(fact, ctx);
    case "pareto":
      return pareto(fact, ctx);
    case "changePoint":
      return changePoint(fact, ctx);
    case "seasonality":
      return seasonality(fact);
    case "contribution":
      return contribution(fact, ctx);
    case "rateShift":
      return rateShift(fact, ctx);
    case "targetGap":
      return targetGap(fact, ctx);
    case "partialMonth":
      return partialMonth(fact, ctx);
    case "nonPositiveMonths":
      return nonPositiveMonths(fact, ctx);
    case "missingCost":
      return missingCost(fact);
    case "rejectedRows":
      return rejectedRows(fact, ctx);
  }
}
