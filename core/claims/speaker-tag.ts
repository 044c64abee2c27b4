// A transcript's speaker at the start of a sentence: "HOST: …", "ANALYST 2: …", "PANELIST B: …", "Q: …".

/** Capital words (at most four), an optional number, a colon: a speaker's tag, not a sentence's words. */
const SPEAKER_TAG = /^[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3}(?: \d{1,2})?: +(?=\S)/;

/** The length of the speaker's tag a sentence opens with (with the spaces after it), or 0. */
export function speakerTag(sentence: string): number {
  return SPEAKER_TAG.exec(sentence)?.[0].length ?? 0;
}
