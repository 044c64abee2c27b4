// Typographic variants folded to ASCII, one character for one, so offsets stay valid.
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
};
const FOLDABLE = /[\u2018\u2019\u201B\u2032\u201C\u201D\u2010-\u2014\u2212\u00A0\u202F\u2009]/g;

/** An em dash set solid between words ("chips—designed for…—while"): a break between two words. */
const SOLID_EM_DASH = /(?<=[\w'’%)])[\u2014\u2015](?=[\w$‘“"'(])/g;

/** A dash between two capitalised names ("the Acme–Initech deal", "a US-UK pact"): it joins two names. */
// The dash first: a pattern that opens on a lookbehind is tried at every character of a page.
const NAME_DASH = /[-\u2010\u2011\u2013](?=[A-Z])(?<=\b[A-Z][\w.&]*.)/g;

/**
 * Same length as the input: regexes written with ' " - and spaces match curly and dashed text too. A solid em
 * dash becomes a space, not a hyphen, so the two words beside it stay two words; so does a dash between two
 * names, so that each reads as a name.
 */
export function foldTypography(text: string): string {
  return text
    .replace(SOLID_EM_DASH, ' ')
    .replace(NAME_DASH, ' ')
    .replace(FOLDABLE, (c) => FOLD[c] ?? c);
}
