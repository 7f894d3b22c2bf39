/**
 * Small grammar helpers: French elision and contractions, sentence capitalisation.
 */

/** True when a French word starting with this text takes elision (vowel; mute h is not guessed). */
export function startsWithVowelSound(word: string): boolean {
  return /^[aeiouyàâäéèêëîïôöûüœæ]/i.test(word.trim());
}

/**
 * First names whose h is mute: "d'Hélène", "d'Hervé", "d'Hugo". Elided in any context (a first
 * name is a first name under any header). Kept short and common; a person's name with h + vowel
 * not listed here is covered by the person rule of `elidesFr`.
 */
export const MUTE_H_FIRST_NAMES: ReadonlySet<string> = new Set([
  "hadrien",
  "hélène",
  "héloïse",
  "henri",
  "henriette",
  "hector",
  "herminie",
  "hermine",
  "hervé",
  "hilaire",
  "hippolyte",
  "honoré",
  "honorine",
  "hortense",
  "hubert",
  "hugo",
  "hugues",
  "huguette",
  "hyacinthe",
]);

/**
 * Words whose h is aspirated: no elision, even for a person's name ("de Hollande", "du Havre",
 * "de Hongrie", "des Hauts-de-France"); also first names borrowed with an aspirated h.
 */
export const ASPIRATED_H_WORDS: ReadonlySet<string> = new Set([
  "hainaut",
  "hambourg",
  "hans",
  "harry",
  "hauts-de-france",
  "havre",
  "heidi",
  "hollande",
  "hongrie",
  "honduras",
  "houston",
]);

/** First word, lower case: "Hélène Robert" → "hélène", "Hauts-de-France" → "hauts-de-france". */
function firstWord(word: string): string {
  return (word.trim().split(/[\s']/)[0] ?? "").toLocaleLowerCase("fr-FR");
}

/**
 * True when French elides before this word: a vowel; a first name with a mute h
 * (MUTE_H_FIRST_NAMES); and, for a person's name (`person`: salespeople, customers), any h +
 * vowel except the aspirated ones (ASPIRATED_H_WORDS). Elsewhere an h is taken as aspirated, the
 * safe reading for places ("de Hambourg", "du Havre") and brands.
 */
export function elidesFr(word: string, person = false): boolean {
  if (startsWithVowelSound(word)) return true;
  const first = firstWord(word);
  if (MUTE_H_FIRST_NAMES.has(first)) return true;
  return person && /^h[aeiouyàâäéèêëîïôöûü]/.test(first) && !ASPIRATED_H_WORDS.has(first);
}

/**
 * French "de" before a word, with elision: "d'avril", "d'octobre", "de mars", "d'Hélène Robert";
 * `person` applies the person rule of `elidesFr`.
 * Plain apostrophe (U+0027) throughout, as in the product's examples and what Excel users type.
 */
export function deFr(word: string, person = false): string {
  return elidesFr(word, person) ? `d'${word}` : `de ${word}`;
}

/** French "que" with elision: "qu'en 2023", "que le mois". */
export function queFr(word: string): string {
  return startsWithVowelSound(word) ? `qu'${word}` : `que ${word}`;
}

export type Gender = "m" | "f";

/** Definite article + noun: "la région", "le magasin", "l'État", "l'agence". */
export function withArticleFr(noun: string, gender: Gender): string {
  if (startsWithVowelSound(noun)) return `l'${noun}`;
  return `${gender === "f" ? "la" : "le"} ${noun}`;
}

/** "de" + definite article + noun: "de la région", "du magasin", "de l'État". */
export function deArticleFr(noun: string, gender: Gender): string {
  if (startsWithVowelSound(noun)) return `de l'${noun}`;
  return gender === "f" ? `de la ${noun}` : `du ${noun}`;
}

/** "à" + definite article + noun: "à la région", "au magasin", "à l'État". */
export function aArticleFr(noun: string, gender: Gender): string {
  if (startsWithVowelSound(noun)) return `à l'${noun}`;
  return gender === "f" ? `à la ${noun}` : `au ${noun}`;
}

/** Upper-cases the first letter of a sentence (month names stay lower case inside it). */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toLocaleUpperCase() + text.slice(1);
}

/**
 * French spacing before high punctuation: a no-break space (U+00A0) before ":" and a narrow
 * no-break space (U+202F) before ";", "!" and "?", so a line never starts with the sign.
 */
export function frenchPunctuation(text: string): string {
  return text.replace(/ :/g, "\u00a0:").replace(/ ([;!?])/g, "\u202f$1");
}
