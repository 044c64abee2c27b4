import { speakerNameLength } from '../claims/speaker-tag';

/**
 * Sentences that stand for a term or a venture named just before them, read with its name in their place, their
 * claims placed back on the words the page wrote:
 * - "… a warrant for up to 160 million shares. It expires in 2030.": a sentence led by "It", "This" or "That" whose
 *   verb tells how a term lasts, ends or is bounded stands for the term the sentence before it named. It holds no
 *   term's word of its own, so it is read with that term's noun in the pronoun's place ("The warrant expires in
 *   2030.");
 * - "… the <venture> … The project was unveiled on January 22.": "the project" or "the venture" stands for the
 *   joint venture the paragraph (or the one before) named by its name;
 * - "B agreed to invest $2 billion. The money comes as a note.": money told back by its noun is the money of the
 *   company the sentence before named first, and is read with that name ("B's money comes as a note");
 * - "… gave up its observer seat. The seat carried no vote.": a term told back by its bare noun is read with the
 *   word the sentence before gave it ("The observer seat carried no vote");
 * - "<Venture> will spend $500 billion. $100 billion of it comes at once.": a sentence that opens on a sum goes on
 *   about the venture the sentence before named.
 */

/** A sentence led by a pronoun: the cheap look for whether `termToldBack` may apply. */
export const PRONOUN_LED = /^\W*(?:it|this|that)\s/i;

export interface SentenceToldAs {
  /** The sentence with the term's noun in the pronoun's place. */
  text: string;
  /** A place in `text` as a place in the sentence the page wrote (`end`: a claim's end, which takes in the swap). */
  toWritten(at: number, end: boolean): number;
}

/**
 * The pronoun, then a verb of a term's life: how long it runs, when it ends or vests, what bounds it, what took its
 * place. Not "It said …", "It plans …": a party's doings are read by who the page says they are.
 */
const PRONOUN_THEN_TERM_VERB =
  /^(\W*)(it|this|that)\s+(?=(?:also\s+|only\s+|now\s+|still\s+|then\s+)?(?:(?:will|would|is set to|is due to)\s+)?(?:expires?|expired|expiring|runs?\s+(?:through|until|till|to|for)|ran\s+(?:through|until|till|to|for)|lasts?|lasted|ends?\b|ended|lapses?|lapsed|vests?|vested|(?:is|was|has been|had been|will be)\s+(?:capped|limited|valid|good|non-binding|binding|non-exclusive|exclusive|replaced|superseded|scrapped|dropped|never)\b|was\s+(?:later\s+)?(?:replaced|superseded)|has\s+(?:since\s+)?been\s+(?:replaced|superseded)|never\s+(?:became|turned|was)|carries|covers|covered))/i;

/**
 * A term's noun, as the sentence before names it: the last one named is the one a pronoun goes back to. Plural
 * and possessive forms are left out: "It" stands for one thing.
 */
const TERM_NOUN =
  /\b(warrant|licen[cs]e|agreement|deal|contract|pact|commitment|exclusivity|lease|guarantee|arrangement|letter of intent|memorandum of understanding|partnership|stake|investment|option)\b(?!['\u2019]s\b|s\b)/gi;

/** How far back the sentence before is looked for: a long sentence, not a paragraph. */
const REACH = 400;

/** The sentence read with the noun of the term named just before in its leading pronoun's place, or null. */
export function termToldBack(sentence: string, before: string): SentenceToldAs | null {
  const led = PRONOUN_THEN_TERM_VERB.exec(sentence);
  if (led === null) return null;
  const noun = lastTermNoun(sentenceBefore(before));
  if (noun === null) return null;
  const said = `${led[2][0] === led[2][0].toUpperCase() ? 'The' : 'the'} ${noun.toLowerCase()}`;
  return swapped(sentence, led[1].length, led[2].length, said);
}

/** The sentence with `said` in place of the `written` characters at `at`, and the way back to its own places. */
function swapped(sentence: string, at: number, written: number, said: string): SentenceToldAs {
  const text = sentence.slice(0, at) + said + sentence.slice(at + written);
  const shift = said.length - written;
  const toWritten = (place: number, end: boolean) => {
    if (place <= at) return place;
    if (place < at + said.length) return end ? at + written : at;
    return place - shift;
  };
  return { text, toWritten };
}

/** The last sentence of the text before (the text after its last full stop, question or exclamation mark). */
function sentenceBefore(before: string): string {
  const tail = before.slice(-REACH).trimEnd();
  const body = tail.replace(/[.!?]["'\u201d\u2019)]*$/, '');
  const stop = Math.max(body.lastIndexOf('. '), body.lastIndexOf('! '), body.lastIndexOf('? '));
  return stop < 0 ? body : body.slice(stop + 2);
}

function lastTermNoun(sentence: string): string | null {
  let last: string | null = null;
  for (const m of sentence.matchAll(TERM_NOUN)) last = m[1];
  return last;
}

/** A joint venture told by its noun: also the cheap look for whether `ventureToldBack` may apply. */
export const VENTURE_NOUN = /\bthe (?:joint )?(?:venture|project|programme|program|initiative)\b/i;

/**
 * The sentence read with the venture the text before it named in place of "the project" or "the venture", or null.
 * `lastVenture` gives the name of the last venture a text names (from the fact base's words), or null.
 */
export function ventureToldBack(
  sentence: string,
  before: string,
  lastVenture: (text: string) => string | null,
): SentenceToldAs | null {
  const told = VENTURE_NOUN.exec(sentence);
  if (told === null || lastVenture(sentence) !== null) return null;
  const name = lastVenture(before.slice(-VENTURE_REACH));
  if (name === null) return null;
  return swapped(sentence, told.index, told[0].length, name);
}

/** How far back a venture's name is looked for: about two paragraphs. */
const VENTURE_REACH = 1200;

/** A sentence that opens on a sum: "$100 billion of it comes at once", "US$8 billion follows later". */
export const SUM_LED = /^\W*(?:US)?\$\d/;

/**
 * "<Venture> will spend $500 billion in the U.S. $100 billion of it comes at once.": a sentence that opens on a sum
 * goes on about the venture the sentence before it named, and is read after the venture's name ("<Venture>: $100
 * billion of it …"); null when the sentence before names none.
 */
export function sumToldBack(
  sentence: string,
  before: string,
  lastVenture: (text: string) => string | null,
): SentenceToldAs | null {
  if (!SUM_LED.test(sentence) || lastVenture(sentence) !== null) return null;
  const name = lastVenture(sentenceBefore(before));
  if (name === null) return null;
  return toldAfter(`${name}: `, sentence);
}

/**
 * The sentence read after words the page wrote elsewhere (a venture's name, a table's heads). Those words are not
 * the sentence's: a claim they alone hold is placed on nothing, and dropped (core/analyze placedBack).
 */
export function toldAfter(lead: string, sentence: string): SentenceToldAs {
  return { text: lead + sentence, toWritten: (at) => Math.max(0, at - lead.length) };
}

/** Money told by its noun at a sentence's start ("The money", "That new funding"): the determiner is what is swapped. */
const MONEY_LED =
  /^(\W*)(the|that|this)\s+(?=(?:(?:new|fresh|additional|extra|further|later|first|initial|promised|pledged)\s+)?(?:money|cash|funds|funding|financing|capital)\b)/i;

/**
 * The sentence read with the name of the company the sentence before named first in place of the determiner of its
 * money ("The money …" → "B's money …"), or null. `firstCompany` gives the first company a text names, as written.
 */
export function moneyToldBack(
  sentence: string,
  before: string,
  firstCompany: (text: string) => string | null,
): SentenceToldAs | null {
  const led = MONEY_LED.exec(sentence);
  if (led === null) return null;
  const name = firstCompany(sentenceBefore(before));
  if (name === null) return null;
  return swapped(sentence, led[1].length, led[2].length, `${name}'s`);
}

/** A term told back by its bare noun at a sentence's start ("The seat …", "That licence …"). */
const BARE_TERM_LED =
  /^(\W*(?:the|that|this)\s+)(seat|licen[cs]e|stake|warrant|note|notes|shares|letter|contract|commitment)\b/i;

/** Words that do not tell what kind of term it is: determiners, possessives, numbers, plain adjectives. */
const NOT_A_KIND =
  /^(?:the|a|an|its|their|his|her|our|that|this|new|first|second|same|own|whole|entire|\d[\w.,$%-]*|\w)$/i;

/**
 * The sentence read with the word the sentence before put in front of the same noun ("observer seat", "exclusive
 * licence") in place of the bare noun ("The seat …" → "The observer seat …"), or null.
 */
export function kindToldBack(sentence: string, before: string): SentenceToldAs | null {
  const led = BARE_TERM_LED.exec(sentence);
  if (led === null) return null;
  const noun = led[2];
  const last = sentenceBefore(before);
  let kind: string | null = null;
  // A whole word before the noun: not the "s" of a possessive ("B's seat" gives no kind).
  for (const m of last.matchAll(new RegExp(`(?<![\\w'’$-])([\\w-]+)\\s+${noun}\\b`, 'gi'))) kind = m[1];
  if (kind === null || NOT_A_KIND.test(kind)) return null;
  return swapped(sentence, led[1].length, noun.length, `${kind.toLowerCase()} ${noun}`);
}

/** Whether `moneyToldBack` or `kindToldBack` may apply: the sentence opens on money or a term told by its noun. */
export function ledByToldNoun(sentence: string): boolean {
  return MONEY_LED.test(sentence) || BARE_TERM_LED.test(sentence);
}

/**
 * A question that is only a term's name ("the backer's stake?", "And the money?", "The board?"): a head the answer
 * goes on under. Not a question with a verb of its own ("Is it exclusive?", "Why did it pay?"): its answer is read
 * as it stands.
 */
const HEAD_QUESTION =
  /^(?:(?:and|so|now|then|what about|how about)\s+)?(?!(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|why|how|what|when|where|who|which)\b)([^?.!;:]{3,60}?)\?\s*$/i;

/**
 * An interview's answer read under the question that asked it ("<Q>: The backer's stake?" then "<A>: About a
 * quarter, on a diluted basis." → "<A>: The backer's stake: About a quarter, …"), when the question is only a term's
 * name of at most six words; null otherwise. `question` is the block before the answer.
 */
export function questionToldBack(sentence: string, question: string): SentenceToldAs | null {
  const trimmed = question.trim();
  const asked = trimmed.slice(speakerNameLength(trimmed));
  const head = HEAD_QUESTION.exec(asked);
  if (head === null || head[1].trim().split(/\s+/).length > 6) return null;
  const label = speakerNameLength(sentence);
  return swapped(sentence, label, 0, `${head[1].trim()}: `);
}
