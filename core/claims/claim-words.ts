// A cheap first look: a paragraph without any of these words cannot hold a partnership claim, so it is not
// even split into sentences. Generic English and figures; no company names. Grouped by first letter before use
// (alternation.ts): it is tested on every paragraph and every sentence of a page.
import { groupedRegex } from './alternation';

/** The claim words as maintainers write them: one alternation. */
export const CLAIM_WORDS =
  /invest|back(ed|ing)|pour|fund|stake|own|equity|exclusiv|\bsole\b|\bonly\b|licen[cs]|rights|\bIP\b|intellectual|revenue|refusal|ROFR|observer|voting|board|seat|\bAGI\b|general intelligence|\$|\bUSD|percent|per cent|%|\dpc\b|half|slice|shareholder|owner|holding|shares|fifth|quarter|third|tenth|option|acquir|accessible|billion|trillion|million|dollars|cloud|comput|partner|agreement|deal|collaborat|venture|alliance|distribut|co-creat|customi[sz]|\bscal(?:e|es|ed|ing)\b|\bpact|tie-up|memorandum|\bMOU\b|letter of intent|commit|contract|purchas|primary|first|original|initial|began|dates? back|\bAPIs?\b|20[0-4]\d|amend|renegotiat|warrant|shares|gigawatt|\bGW\b|\bMW\b|megawatt|chips?\b|GPU|TPU|guarant|valu|worth|capacity|host|infrastructure|data cent|servers?|binding|definitive|available|offer|sell|\bsold (?:to|through|via|on|in)\b|cap\b|capped|ceiling|panel|verif|independent|regulat|antitrust|divest|non-compete|noncompete|\bmust\b|required to|obliged to|agreed to|\bseats?\b|support|series [a-z]\b|led by|\bsites?\b|campus|preview|\d\s?GW\b|money|capital|inject|infusion|bankroll|backer|\bbacks\b|financ|\bsank\b|\bsunk\b|tranche|pledg|\bpump|revis|rework|restructur|overhaul|rewr[io]t|\brecast|tore up|\bCMA\b|\bFTC\b|\bDOJ\b|Justice Department|competition authorit|markets authority|watchdog|prosecutor|investigat|Department of Justice|\bprobe|inquir|scrutin|approv|finali[sz]|formali[sz]|\bsigned|\bsealed|\bLOIs?\b|letters of intent|term sheet|\bMOUs\b|shelved|on hold|on ice|called off|\bcancel|scrapped|abandon|\bstall|\bvest|unlock|\bpayments?\b|\bpa(?:y|ys|id|ying)\b|work(?:ed|s|ing)? together|\bcredits?\b|led the round/i;

let grouped: RegExp | null = null;

/** The claim words grouped by first letter, as the engine runs them: built on first use, or read from a build. */
export function anyClaimWord(): RegExp {
  grouped ??= groupedRegex(CLAIM_WORDS);
  return grouped;
}

/** The claim words as plain data: as written, and grouped (core/verdict/engine-tables ships it with a build). */
export interface ClaimWordsData {
  words: string;
  grouped: string;
}

export function claimWordsData(): ClaimWordsData {
  return { words: CLAIM_WORDS.source, grouped: anyClaimWord().source };
}

/** Takes the grouped regex a build worked out, when it was worked out from these very words. */
export function readClaimWords(data: ClaimWordsData): void {
  if (grouped === null && data.words === CLAIM_WORDS.source)
    grouped = new RegExp(data.grouped, CLAIM_WORDS.flags);
}
