// Who speaks at the start of a sentence: a transcript's speaker ("HOST: …", "ANALYST 2: …", "PANELIST B: …",
// "Q: …") or a forum's user ("u/name: …", "jo_b (Leeds): …", "Reply from ann_42: …").

/** Capital words (at most four), an optional number, a colon: a speaker's tag, not a sentence's words. */
const SPEAKER_TAG = /^[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3}(?: \d{1,2})?: +(?=\S)/;
/**
 * A user's handle and a colon: one word marked as a handle ("u/", "@") or holding an underscore or a digit, which
 * words of a sentence do not; a place in brackets may follow it.
 */
const HANDLE_TAG =
  /^(?:(?:reply|comment|posted) (?:from|by) )?(?:(?:u\/|@)[\w.-]+|[a-z][a-z.-]*[_\d][\w.-]*)(?: \([^()]{1,30}\))?: +(?=\S)/i;

/** The length of the speaker's tag a sentence opens with (with the spaces after it), or 0. */
export function speakerTag(sentence: string): number {
  return (SPEAKER_TAG.exec(sentence) ?? HANDLE_TAG.exec(sentence))?.[0].length ?? 0;
}

/**
 * A speaker's name as a transcript or an interview writes it: one to three capitalised words and a colon ("Q:",
 * "Dana Whitcombe:"). Wider than SPEAKER_TAG, so it is asked only where a speaker is expected: an answer's opening.
 */
const SPEAKER_NAME = /^\W*[A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){0,2}:\s+/;

/** The length of the speaker's name a text opens with (with the colon and the spaces after it), or 0. */
export function speakerNameLength(text: string): number {
  return SPEAKER_NAME.exec(text)?.[0].length ?? 0;
}
