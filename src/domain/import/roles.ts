/**
 * Column roles as the task pane shows and edits them: labels in both languages, the current
 * roles of an import by header, and overrides to re-run the import with.
 */
import type {
  ColumnInfo,
  ColumnRole,
  DimensionKind,
  ImportOptions,
  ImportResult,
  Lang,
  Localized,
  MeasureRole,
  RoleMap,
} from "./types";

export const MEASURE_ROLES: readonly MeasureRole[] = [
  "revenue",
  "cost",
  "profit",
  "quantity",
  "unitPrice",
  "discount",
  "target",
];

/** Roles held by one column at most. */
export const SINGLE_ROLES: readonly ColumnRole[] = ["date", ...MEASURE_ROLES];

const ROLE_LABELS: Record<ColumnRole, Localized> = {
  date: { fr: "date", en: "date" },
  revenue: { fr: "CA HT", en: "revenue" },
  cost: { fr: "coût d'achat", en: "cost" },
  profit: { fr: "marge", en: "margin" },
  quantity: { fr: "quantité", en: "quantity" },
  unitPrice: { fr: "prix unitaire", en: "unit price" },
  discount: { fr: "remise", en: "discount" },
  target: { fr: "objectif", en: "target" },
  dimension: { fr: "axe d'analyse", en: "dimension" },
  ignore: { fr: "non utilisée", en: "not used" },
};

const KIND_LABELS: Record<DimensionKind, Localized> = {
  product: { fr: "produit", en: "product" },
  category: { fr: "catégorie", en: "category" },
  region: { fr: "région", en: "region" },
  customer: { fr: "client", en: "customer" },
  salesperson: { fr: "commercial", en: "salesperson" },
  channel: { fr: "canal", en: "channel" },
  store: { fr: "magasin", en: "store" },
  other: { fr: "autre", en: "other" },
};

/** Label of a role in both languages. */
export function roleLabels(role: ColumnRole): Localized {
  return ROLE_LABELS[role];
}

/** Label of a role in one language ("CA HT" / "revenue"). */
export function roleLabel(role: ColumnRole, lang: Lang): string {
  return ROLE_LABELS[role][lang];
}

/** Label of a dimension kind in one language. */
export function dimensionKindLabel(kind: DimensionKind, lang: Lang): string {
  return KIND_LABELS[kind][lang];
}

/** The roles a user may pick for a column, in display order, with their labels. */
export const ROLE_CHOICES: readonly { role: ColumnRole; label: Localized }[] = (
  ["date", ...MEASURE_ROLES, "dimension", "ignore"] as ColumnRole[]
).map((role) => ({ role, label: ROLE_LABELS[role] }));

/** The dimension kinds a user may pick, with their labels. */
export const DIMENSION_KIND_CHOICES: readonly { kind: DimensionKind; label: Localized }[] = (
  Object.keys(KIND_LABELS) as DimensionKind[]
).map((kind) => ({ kind, label: KIND_LABELS[kind] }));

/** Current role of every column of an import, by header: the starting point of a role editor. */
export function rolesByHeader(result: Pick<ImportResult, "columns">): Record<string, ColumnRole> {
  const roles: Record<string, ColumnRole> = {};
  for (const c of result.columns) roles[c.header] = c.role;
  return roles;
}

/**
 * Options to re-run an import with one column's role changed. A single role (date, a measure)
 * moves: the column that held it is set to "ignore" so the choice is unambiguous.
 */
export function withRoleOverride(
  options: ImportOptions,
  columns: readonly ColumnInfo[],
  header: string,
  role: ColumnRole,
  dimensionKind?: DimensionKind
): ImportOptions {
  const roles: Record<string, ColumnRole> = { ...(options.roles ?? {}) };
  if (SINGLE_ROLES.includes(role)) {
    for (const c of columns) {
      if (c.header !== header && (roles[c.header] ?? c.role) === role) roles[c.header] = "ignore";
    }
  }
  roles[header] = role;
  const next: ImportOptions = { ...options, roles };
  if (role === "dimension" && dimensionKind) {
    next.dimensionKinds = { ...(options.dimensionKinds ?? {}), [header]: dimensionKind };
  }
  return next;
}

/** Source header (or null) of each role, as the JSON report lists them. */
export function roleMapOf(columns: readonly ColumnInfo[]): RoleMap {
  const headerOf = (role: ColumnRole): string | null =>
    columns.find((c) => c.role === role)?.header ?? null;
  return {
    date: headerOf("date"),
    revenue: headerOf("revenue"),
    cost: headerOf("cost"),
    profit: headerOf("profit"),
    quantity: headerOf("quantity"),
    unitPrice: headerOf("unitPrice"),
    discount: headerOf("discount"),
    target: headerOf("target"),
    dimensions: columns.filter((c) => c.role === "dimension").map((c) => c.header),
  };
}
