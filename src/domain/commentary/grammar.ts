/**
 * Small grammar helpers: French elision and contractions, sentence capitalisation.
 */

/** True when a French word starting with this text takes elision (vowel; mute h is not guessed). */
export function startsWithVowelSound(word: string): boolean {
  return /^[aeiouyàâäéèêëîïôöûüœæ]/i.test(word.trim());
}

/**
 * French "de" before a word, with elision: "d'avril", "d'octobre", "de mars".
 * Plain apostrophe (U+0027) throughout, as in the product's examples and what Excel users type.
 */
export function deFr(word: string): string {
  return startsWithVowelSound(word) ? `d'${word}` : `de ${word}`;
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
