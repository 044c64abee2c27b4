import type { Span } from '../types';
import { timeStampLength } from './time-stamp';

// A yes-or-no question asserts nothing ("Does the cloud still hold exclusive rights?"), after a lead-in too
// ("Discussion questions: Was it …?", "Q2: Does …?", "Reader mail: did …?"): its answer, the next sentence, carries the claim. Only
// questions led by an auxiliary verb: a wh-question can presuppose a term ("Why did X pay $2 billion?") and is left
// to the readers of terms.
const YES_NO_QUESTION =
  /^\W*(?:(?:Q\d*|(?:[A-Za-z]+\s+){0,2}questions?(?:\s+[A-Za-z]+){0,2})\s*[:.-]\s*|(?:[A-Za-z]+\s+){0,2}[A-Za-z]+\s*:\s*)?(?:(?:and|but|so|ok|okay|well|now|then|right|also|meanwhile|still|last one|one more|finally|quickly)\b[\s,:.-]*)*(?:is|are|was|were|isn't|aren't|wasn't|does|do|did|doesn't|didn't|has|have|had|hasn't|haven't|can|could|will|would|won't|should|may|might)\b[^?]*\?\W*$/i;

// Only a sentence that ends on a question mark is tried (the pattern compiles to ~16 kB of machine code). A live
// page's time stamp may open it ("17:30 Reader question: did …?").
export const isYesNoQuestion = (sentence: string): boolean => {
  if (!/\?\W*$/.test(sentence)) return false;
  const asked = sentence.slice(timeStampLength(sentence));
  return YES_NO_QUESTION.test(asked) || (DECLARATIVE_QUESTION.test(asked) && !TAG_QUESTION.test(asked));
};

/**
 * A statement said as a question ("Q: And for that it gets a controlling stake?", "So the deal is exclusive?"): a
 * speaker's label or a spoken "and"/"so" leads it, and no question word, so it asks whether the term holds. A
 * plain sentence that ends on a question mark is left alone: it may state a term before it asks something else.
 */
const DECLARATIVE_QUESTION =
  /^\W*(?:(?:[A-Za-z]+\s+){0,2}[A-Za-z]+\s*:\s*(?:(?:and|but|so|then|meaning|which means)\b[\s,]*)?|(?:and|so|then|meaning|which means)\b[\s,]*)(?![\s,]*(?:(?:and|but|so|then)[\s,]+)?(?:why|how|what|when|where|who|whom|whose|which)\b)[^?]*\?\W*$/i;
/** "…, didn't they?", "…, right?": a tag asks the listener to agree with what the sentence states. */
const TAG_QUESTION =
  /,\s*(?:(?:is|was|are|were|do|does|did|has|have|had|wo|would|ca|could|should)n['’]t\s+\w+|right|no|correct|true|yes)\s*\?\W*$/i;

/**
 * An indirect question ("analysts wonder whether the chips can handle training", "questioned whether its role
 * could be squared with …", "did not say when it might vest") asks what follows up to the end of its clause; it
 * asserts none of it.
 */
export function askedSpans(sentence: string, clauses: readonly Span[]): Span[] {
  const asked: Span[] = [];
  for (const m of [...sentence.matchAll(WHETHER), ...sentence.matchAll(LEFT_UNSAID)]) {
    const at = m.index ?? 0;
    const clause = clauses.find((c) => c.start <= at && at < c.end);
    asked.push({ start: at, end: clause ? clause.end : sentence.length });
  }
  return asked;
}

const WHETHER = /\bwhether\b/gi;
/** "Did not say when the warrant might vest", "declined to say whether it gets a seat": a question left open. */
const LEFT_UNSAID =
  /\b(?:did not|didn't|would not|wouldn't|will not|won't|could not|couldn't|declined to|refused to) (?:say|confirm|comment on|disclose|specify|reveal)\s+(?:whether|when|if|how|which)\b/gi;

/** Whether the sentence says a question was left open (see LEFT_UNSAID). */
export function leftUnsaid(sentence: string): boolean {
  // The pattern is global (askedSpans walks its matches): test from the start, and leave it there.
  LEFT_UNSAID.lastIndex = 0;
  const found = LEFT_UNSAID.test(sentence);
  LEFT_UNSAID.lastIndex = 0;
  return found;
}
