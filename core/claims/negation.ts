// Whether a word is denied or ended where it stands: "no longer exclusive", "gave up its seat", "exclusivity
// ended", "is not an equity funder", "holds zero equity", "stops short of exclusivity", "a notch below exclusive".
// A negator counts only in the same clause, close before the word or in the few words after it, so "not only
// exclusive" or a negation elsewhere in the sentence does not flip it. "The end" ("in the end", "by the end of
// 2026") is a time, and "ended up owning" an outcome, not an ending.
import type { Span } from '../types';

const BEFORE =
  /\b(?:not|never|no longer|yet to|no|zero|without|nor|neither|none|lost|los(?:e|es|ing)|gave up|give[sn]? up|giving up|(?<!\bthe )end(?:ed|s|ing)?(?! of\b)(?! up\b)|scrap\w*|dropp?\w*|remov\w*|lift(?:s|ed|ing)?|strip\w*|waiv\w*|relinquish\w*|abandon\w*|eliminat\w*|ceas\w*|stop\w*|fore?go(?:es|ne|ing)?|surrender\w*|terminat\w*|revok\w*|exit\w*|quit\w*|left(?![^,;:.]{0,30}?\b(?:with|holding|owning)\b)|leav\w*(?![^,;:.]{0,30}?\b(?:with|holding|owning)\b)|step\w* down|stepp\w* down|withdr\w*|ditch\w*|barr(?:ed|ing)|bars|prohibit\w*|forb[ia]d\w*|(?:did|does|do|done|doing) away with|shed\w*|axe[sd]?|kill\w*|loosen\w*|unwind\w*|undid|undo\w*|walk\w* away from|free of|freed from|released from|out of|short of|(?:notch|step) below)\b[^,;:.]{0,40}$|n't\b[^,;:.]{0,40}$|\bnon-?$/i;
const AFTER =
  /^\s+(?:no|none of)\b|^[^,;:.]{0,80}?\b(?:ended|ends(?! (?:in|by|on|at|through|with) (?:19|20)\d\d)|is over|was over|are over|anymore|any more|expired(?! (?:in|by|on|at|through) (?:19|20)\d\d)|lapsed|removed|lifted|scrapped|dropped|is gone|was gone|came to an end|has ended|eliminated|went away|gave way|was loosened|were loosened|was relaxed|was eased|was replaced|has been replaced|is replaced)\b/i;
/**
 * A forecast that the term will not come about ("is probably not going to happen", "no longer in the cards"): a
 * denial, but of the future, which the record cannot settle.
 */
const FORECAST_DENIED =
  /^[^,;:.]{0,80}?\b(?:not going to (?:happen|go ahead|materiali[sz]e)|(?:no longer|not) in the cards|unlikely to (?:happen|go ahead|materiali[sz]e)|(?:won't|will not|would not|wouldn't|will never|would never) (?:happen|go ahead|materiali[sz]e))\b/i;
/** A denied verb of telling before the word ("has not disclosed how big a stake …"): the telling is denied. */
const TELLING_DENIED =
  /\b(?:not|never|no|neither|nor)\b[^,;:.]{0,25}\b(?:disclos\w*|reveal\w*|say|says|said|confirm\w*|specif\w*|comment\w*|detail\w*|announc\w*|made public|make public)\b[^,;:.]{0,40}$|n't\s+(?:disclos\w*|reveal\w*|say|said|confirm\w*|specif\w*|comment\w*)\b[^,;:.]{0,40}$/i;
/**
 * Negators that deny the claim only when they come right before it, not a few words earlier. "Wasn't the only one
 * writing cheques" denies "only", not the cheques.
 */
const TOO_FAR_BEFORE =
  /(?:\b(?:not only|no doubt|no matter|never before|not just|nothing but|not the only)|n't the only)\b[^,;:.]{0,40}$/i;

/**
 * "Replacing exclusivity with a right of first refusal", "replaced B's (or its cloud) exclusivity": what is
 * replaced ends.
 */
const REPLACED_BEFORE =
  /\b[Rr]eplac(?:e|es|ed|ing)\s+(?:(?:the|its|their|that|this|an?|[\w-]+['’]s)\s+)?(?:[A-Z][\w-]*\s+|cloud\s+)?$/;
/** "Lifts its commitment to $138 billion", "lifts it from $38 billion to …": a figure raised, not a restriction lifted. */
const LIFTED_BEFORE = /\blift(?:s|ed|ing)?\b[^,;:.]{0,40}$/i;
/** "Don't forget that A holds …", "people keep forgetting A owns …": a reminder that it holds, not a denial. */
const REMINDED = /(?:\bnot|n't|\bnever|\bkeep)\s+(?:to\s+)?forget(?:s|ting)?\b[^,;:.]{0,40}$/i;
/** "The deal left (leaves) the investor holding 27%": what a party came away with, not what it left. */
const LEFT_BEFORE = /\b(?:left|leaves|leave|leaving)\s+[\w'’-]+\s+$/i;
/** "Leaves the cloud's place as the only one intact": kept as it was, not left. */
const LEAVES_BEFORE = /\b(?:leaves|leave|left|leaving)\b[^,;:.]{0,40}$/i;
const KEPT_AFTER = /^[^,;:.]{0,60}?\b(?:intact|in place|unchanged|untouched|undisturbed)\b/i;
/** "Drops another $4bn into the lab": money put in, not a term dropped. */
const DROPPED_BEFORE = /\bdrop(?:s|ped|ping)?\b[^,;:.]{0,40}$/i;
const MONEY_INTO = /^[^,;:.]{0,30}?(?:\$|\d)[^,;:.]{0,30}?\binto?\b/i;
const RAISED_TO =
  /^[^,;:.]{0,60}?\b(?:to|by)\s+(?:about|around|roughly|nearly|almost|more than|over|some|up to)?\s*(?:\$|\d)/i;

/**
 * A claim told in order to be called wrong: "the claim that B owns half of A is wrong", "reports that … were,
 * on that basis, false", "it is untrue that …". What the claim says is denied, wherever the clauses fall.
 */
const CLAIM_THAT =
  /\b(?:claims?|idea|notion|belief|assertion|suggestion|rumou?rs?|myth|reports?|impression)\s+that\s|\bit(?:'s|\s+is|\s+was)\s+(?:simply\s+|just\s+|flatly\s+)?(?:false|untrue|not true|wrong|incorrect)\s+(?:to say\s+)?that\s/gi;
const CALLED_WRONG =
  /^[^.;?!]{0,200}?\b(?:is|was|are|were)\s*(?:,[^,.;]{1,40},\s*)?(?:(?:simply|just|flatly|plainly|completely|entirely|also|therefore|thus|still)\s+)?(?:wrong|false|untrue|incorrect|mistaken|a myth|not true|baseless|unfounded|inaccurate)\b/i;

/** Whether `at` stands inside a claim the sentence calls wrong (see CLAIM_THAT). */
/** Words one of which a claim called wrong needs: a cheap look before the patterns (kilobytes of code) are run. */
const WRONG_WORDS = [
  'wrong',
  'false',
  'untrue',
  'not true',
  'incorrect',
  'mistaken',
  'myth',
  'baseless',
  'unfounded',
  'inaccurate',
];

function calledWrong(folded: string, at: Span): boolean {
  const lower = folded.toLowerCase();
  if (!lower.includes('that ') || !WRONG_WORDS.some((w) => lower.includes(w))) return false;
  for (const m of folded.matchAll(CLAIM_THAT)) {
    const from = (m.index ?? 0) + m[0].length;
    if (at.start < from) continue;
    // "It is false that …": the rest of the sentence is the claim.
    if (/^it/i.test(m[0])) return true;
    const called = CALLED_WRONG.exec(folded.slice(from));
    if (called !== null && at.end <= from + called[0].length - /\S+$/.exec(called[0])![0].length) return true;
  }
  return false;
}

export function negatedAt(folded: string, at: Span, clause: Span): boolean {
  return negationSide(folded, at, clause) !== null;
}

/** Where the negator stands: before the word ("no longer exclusive") or after it ("exclusivity … is over"). */
export function negationSide(folded: string, at: Span, clause: Span): 'before' | 'after' | null {
  const lead = folded.slice(Math.max(clause.start, at.start - 45), at.start);
  const tail = folded.slice(at.end, Math.min(clause.end, at.end + 95));
  if (
    BEFORE.test(lead) &&
    !TOO_FAR_BEFORE.test(lead) &&
    !REMINDED.test(lead) &&
    !TELLING_DENIED.test(lead) &&
    !(LIFTED_BEFORE.test(lead) && RAISED_TO.test(folded.slice(at.start, at.end + 95))) &&
    !(DROPPED_BEFORE.test(lead) && MONEY_INTO.test(folded.slice(at.start, at.end + 95))) &&
    !(
      /\ble(?:ft|av)/i.test(lead) &&
      LEFT_BEFORE.test(lead) &&
      /^(?:holding|owning)\b/i.test(folded.slice(at.start, at.end))
    ) &&
    !(/\ble(?:ft|av)/i.test(lead) && LEAVES_BEFORE.test(lead) && KEPT_AFTER.test(tail))
  )
    return 'before';
  if (REPLACED_BEFORE.test(lead) || calledWrong(folded, at)) return 'before';
  return AFTER.test(tail) || FORECAST_DENIED.test(tail) ? 'after' : null;
}

/** Whether the words after `at` foretell that it will not come about (see FORECAST_DENIED). */
export function forecastDenied(folded: string, at: Span, clause: Span): boolean {
  return FORECAST_DENIED.test(folded.slice(at.end, Math.min(clause.end, at.end + 95)));
}
