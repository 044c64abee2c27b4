// A yes-or-no question asserts nothing ("Does the cloud still hold exclusive rights?"): its answer, the next
// sentence, carries the claim. Only questions led by an auxiliary verb: a wh-question can presuppose a term
// ("Why did X pay $2 billion?") and is left to the readers of terms.
const YES_NO_QUESTION =
  /^\W*(?:(?:Q|question)\s*[:.-]\s*)?(?:is|are|was|were|isn't|aren't|wasn't|does|do|did|doesn't|didn't|has|have|had|hasn't|haven't|can|could|will|would|won't|should|may|might)\b[^?]*\?\W*$/i;

export const isYesNoQuestion = (sentence: string): boolean => YES_NO_QUESTION.test(sentence);
