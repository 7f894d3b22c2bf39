/**
 * French typography for UI strings. Written as escapes so the spaces survive editors and reviews:
 * a no-break space before ":" and inside « », a narrow no-break space before ";", "!" and "?".
 */
export const NBSP = "\u00a0";
export const NNBSP = "\u202f";

/** « text » with no-break spaces inside the guillemets. */
export function guillemets(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

/** French label followed by a colon: "Ligne 12 :" with a no-break space. */
export function colonFr(label: string): string {
  return `${label}${NBSP}:`;
}
