// A reply that quotes an earlier comment before answering it, as forums and mail do: "user: > the quoted words
// — the reply". The quoted words were said, and judged, where they were first written.

/** ">" after the speaker's tag, the quoted words, then a spaced dash before the reply (or the sentence's end). */
const QUOTED = /^>\s*([^>]*?)\s*(?:\s[\u2014\u2013-]{1,2}\s|$)/;

/** The shortest quote worth looking for earlier on the page: a few words, not a single name. */
const MIN_QUOTE = 12;

export interface ReplyQuote {
  /** The quoted words, as written. */
  quote: string;
  /** Where the reply starts in the text given (its length when the quote runs to the end). */
  reply: number;
}

/** The quote a reply opens with (`text` starts after any speaker's tag), or null. */
export function replyQuote(text: string): ReplyQuote | null {
  const m = QUOTED.exec(text);
  if (m === null || m[1].length < MIN_QUOTE) return null;
  let reply = m[0].length;
  while (reply < text.length && /\s/.test(text[reply])) reply++;
  return { quote: m[1], reply };
}

/** Letters and digits only, lower-case: a quote is found again whatever its spacing and punctuation. */
export function quoteKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
