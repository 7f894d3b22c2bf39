/**
 * Golden commentary for ../shared/data/foodmart-1997.csv (real import + analysis), French and
 * English, in US dollars (the README says "Money is USD"; the file itself carries no currency, so
 * the caller passes it). Every figure below was checked by hand against the README's monthly
 * table (sales column) or, for members, against sums made straight from the CSV with papaparse:
 *
 * - Total 1997: README "sales 565,238.13" → "565 238 $US" / "$565,238".
 * - Monthly average: 565,238.13 / 12 = 47,103.18 (12 full months: the data runs 1997-01-01 …
 *   1997-12-30, one missing day is not a partial month) → "47 103 $US" / "$47,103".
 * - Best month: December 56,965.64 is the highest month of the README table (November 53,363.71
 *   next) → "56 966 $US"; 56,965.64 / 47,103.18 − 1 = 20.94 % above the average (the wording
 *   that quotes it: "20,9 %").
 * - Worst month: October 42,342.27 is the lowest (April 42,878.25 next) → "42 342 $US".
 * - Food family: 409,035.59 of 565,238.13 = 72.37 % → "72 %", "409 036 $US".
 * - North West region: 406,070.29 = 71.84 % → "72 %". Two majorities of the same revenue under
 *   two dimensions: said in one sentence, not two near-identical ones back to back.
 * - October and December are also the months the sentence names; 1997's range,
 *   (56,965.64 − 42,342.27) / 47,103.18 = 31.0 %, exceeds a quarter of the average month, so the
 *   sentence is admitted without an insight behind it (labelled "monthExtremes").
 * - Product categories: 45 of them; the top 20 % (9) hold 54.51 % → "55 %".
 * - No 1996 data: no year-on-year change is claimed.
 */
import { commentaryVariants, writeCommentary } from "../../../src/domain/commentary";
import { numberProblems } from "./check";
import { loadFoodmart, salesByMember, type Loaded } from "./foodmart";

const N = "\u202f"; // narrow no-break space (thousands)
const S = "\u00a0"; // no-break space (before $US, %, :)

const README = {
  total: 565238.13,
  december: 56965.64,
  november: 53363.71,
  october: 42342.27,
  april: 42878.25,
};

let foodmart: Loaded;
let foodmartFr: Loaded;
beforeAll(() => {
  foodmart = loadFoodmart("foodmart-1997.csv");
  foodmartFr = loadFoodmart("foodmart-1997-fr.csv");
}, 60_000);

const GOLDEN_FR = [
  `Sur l'année 1997, le chiffre d'affaires atteint 565${N}238${S}$US, soit 47${N}103${S}$US par mois en moyenne.`,
  `C'est en décembre que le CA est le plus élevé (56${N}966${S}$US), et en octobre qu'il est le plus bas (42${N}342${S}$US).`,
  `Le CA est concentré${S}: la famille Food en représente 72${S}% (409${N}036${S}$US) et la région North West 72${S}% (406${N}070${S}$US).`,
  `Les 9 premières catégories, sur 45, réalisent 55${S}% du CA.`,
];

const GOLDEN_EN = [
  "In 1997, revenue reached $565,238, an average of $47,103 a month.",
  "December was the strongest month ($56,966) and October the weakest ($42,342).",
  "The Food family accounted for 72% of revenue ($409,036), and the North West region for 72% ($406,070).",
  "Just 9 categories out of 45 accounted for 55% of revenue.",
];

describe("FoodMart 1997 golden commentary", () => {
  test("French, in dollars", () => {
    const c = writeCommentary(foodmart, { lang: "fr", currency: "USD" });
    expect(c.sentences.map((s) => s.text)).toEqual(GOLDEN_FR);
    expect(c.currency).toBe("USD");
    expect(c.text).not.toContain("€");
    expect(c.text).not.toMatch(/1996|par rapport/);
  });

  test("English, in dollars", () => {
    const c = writeCommentary(foodmart, { lang: "en", currency: "USD" });
    expect(c.sentences.map((s) => s.text)).toEqual(GOLDEN_EN);
    expect(c.text).not.toContain("€");
  });

  test("raw figures are the README's to the cent", () => {
    const [opening, months] = writeCommentary(foodmart, { currency: "USD" }).sentences;
    expect(opening.figures.revenue).toBeCloseTo(README.total, 2);
    expect(opening.figures.monthlyAverage).toBeCloseTo(README.total / 12, 2);
    expect(opening.figures.year).toBe("1997");
    expect(opening.anchor).toEqual({ table: "tracking", month: "total", column: "revenue" });
    // December is the highest month of the README table, October the lowest.
    expect(README.december).toBeGreaterThan(README.november);
    expect(README.october).toBeLessThan(README.april);
    expect(months.figures).toMatchObject({ bestMonth: "1997-12", worstMonth: "1997-10" });
    // The analysis has no month insight on FoodMart: the sentence is a description of the
    // monthly table, admitted because 1997's range, (56 965.64 − 42 342.27) / 47 103.18 = 31 %,
    // exceeds a quarter of the average month; it must not claim an insight kind.
    expect(foodmart.analysis.insights.some((i) => "scope" in i && i.scope === "month")).toBe(false);
    expect(months.insight).toBe("monthExtremes");
    expect(months.figures.best).toBeCloseTo(README.december, 2);
    expect(months.figures.worst).toBeCloseTo(README.october, 2);
    const withAverage = commentaryVariants(foodmart, { lang: "fr", currency: "USD" })
      .flat()
      .find((v) => v.figures.bestVsAverage !== undefined)!;
    expect(withAverage.text).toContain(`20,9${S}% au-dessus de la moyenne mensuelle`);
    expect(withAverage.figures.bestVsAverage).toBeCloseTo(
      README.december / (README.total / 12) - 1,
      6
    );
    expect(months.anchor).toEqual({ table: "tracking", month: "1997-12", column: "revenue" });
  });

  test("member figures match sums made straight from the CSV", () => {
    const sentences = writeCommentary(foodmart, { currency: "USD" }).sentences;
    const family = salesByMember("product_family");
    const region = salesByMember("sales_region");
    const food = sentences.find((s) => s.figures.member === "Food")!;
    expect(food.figures.value).toBeCloseTo(family.get("Food")!, 2);
    expect(food.figures.share).toBeCloseTo(family.get("Food")! / README.total, 6);
    expect(food.anchor).toEqual({
      table: "breakdown",
      column: "share",
      dimension: "product_family",
      member: "Food",
    });
    // The North West region is said in the same sentence as the Food family.
    expect(food.figures.member2).toBe("North West");
    expect(food.figures.value2).toBeCloseTo(region.get("North West")!, 2);
    expect(food.figures.share2).toBeCloseTo(region.get("North West")! / README.total, 6);
    const categories = [...salesByMember("product_category").values()].sort((a, b) => b - a);
    expect(categories).toHaveLength(45);
    const top9 = categories.slice(0, 9).reduce((s, v) => s + v, 0);
    const pareto = sentences.find((s) => s.insight === "pareto")!;
    expect(pareto.figures).toMatchObject({ topCount: 9, memberCount: 45 });
    expect(pareto.figures.topShare).toBeCloseTo(top9 / README.total, 6);
  });

  test("the French export (Windows-1252, French headers) gives the same facts", () => {
    const fromFr = writeCommentary(foodmartFr, { lang: "fr", currency: "USD" }).sentences;
    // Same figures; the French header "CA HT" adds "HT" to the wording.
    expect(fromFr.map((s) => s.text.replace(/ HT\b/g, ""))).toEqual(GOLDEN_FR);
  });

  test("without a currency: no euro for an English-style CSV, plain numbers in English", () => {
    const fr = writeCommentary(foodmart, { lang: "fr" });
    const en = writeCommentary(foodmart, { lang: "en" });
    expect(fr.text).not.toMatch(/€|\$/);
    expect(en.text).toContain("revenue reached 565,238");
    for (const [c, lang] of [
      [fr, "fr"],
      [en, "en"],
    ] as const)
      for (const s of c.sentences)
        expect(numberProblems(s, lang, foodmart.dataWords, true)).toEqual([]);
  });

  test("numbers round-trip, and each sentence length is as asked", () => {
    for (const lang of ["fr", "en"] as const) {
      for (const n of [undefined, 1, 3, 8]) {
        const c = writeCommentary(foodmart, { lang, currency: "USD", sentences: n });
        if (n !== undefined) expect(c.sentences.length).toBe(Math.min(n, GOLDEN_FR.length));
        for (const s of c.sentences)
          expect(numberProblems(s, lang, foodmart.dataWords)).toEqual([]);
      }
    }
  });
});
