/**
 * Where a formula shown in the narrow pane may wrap. A formula is one long run without spaces, so
 * a browser left alone cuts it anywhere ("Ventes[C" / "A HT]"). Instead: a structured reference
 * (`Ventes[CA HT]`, `[@[Écart N/N-1]]`) is kept whole, and a line may end after an argument
 * separator (";" or ","), an opening parenthesis or a "&" — where a person would cut it.
 */

export interface FormulaPart {
  text: string;
  /** A structured reference: never cut. */
  reference: boolean;
  /** A line may end after this part. */
  breakAfter: boolean;
}

/** The formula cut into parts; joined back, they give the formula unchanged. */
export function formulaParts(formula: string): FormulaPart[] {
  const parts: FormulaPart[] = [];
  let text = "";
  const flush = (reference: boolean, breakAfter: boolean) => {
    if (text) parts.push({ text, reference, breakAfter });
    text = "";
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // Text in quotes (doubled quotes escape): copied as is; its spaces may wrap.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) {
        j += formula[j] === '"' ? 2 : 1;
      }
      text += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[" || /[\p{L}_\\]/u.test(ch)) {
      // A name, maybe followed by "[...]": a table reference (nested brackets, ' escapes).
      let j = i;
      while (j < formula.length && /[\p{L}\p{N}_.\\]/u.test(formula[j])) j++;
      if (formula[j] === "[") {
        let depth = 0;
        for (; j < formula.length; j++) {
          if (formula[j] === "'") j++;
          else if (formula[j] === "[") depth++;
          else if (formula[j] === "]" && --depth === 0) break;
        }
        flush(false, false);
        text = formula.slice(i, j + 1);
        flush(true, false);
        i = j + 1;
        continue;
      }
      text += formula.slice(i, Math.max(j, i + 1));
      i = Math.max(j, i + 1);
      continue;
    }
    text += ch;
    i++;
    if (ch === ";" || ch === "," || ch === "(" || ch === "&") flush(false, true);
  }
  flush(false, false);
  return parts;
}
