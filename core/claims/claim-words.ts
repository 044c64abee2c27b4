// A cheap first look: a paragraph without any of these words cannot hold a partnership claim, so it is not
// even split into sentences. Generic English and figures; no company names. Grouped by first letter before use
// (alternation.ts): it is tested on every paragraph and every sentence of a page.
import { groupedRegex } from './alternation';

export const ANY_CLAIM_WORD = groupedRegex(
  /invest|back(ed|ing)|pour|fund|stake|own|equity|exclusiv|\bsole\b|\bonly\b|licen[cs]|rights|\bIP\b|intellectual|revenue|refusal|ROFR|observer|voting|board|seat|\bAGI\b|general intelligence|\$|percent|per cent|%|half|slice|shareholder|owner|holding|shares|fifth|quarter|third|tenth|option|acquir|accessible|billion|trillion|million|dollars|cloud|comput|partner|agreement|deal|collaborat|venture|alliance|distribut|co-creat|customi[sz]|\bscal(?:e|es|ed|ing)\b|\bpact|tie-up|memorandum|\bMOU\b|letter of intent|commit|contract|purchas|primary|first|original|initial|began|dates? back|\bAPIs?\b|20[0-4]\d|amend|renegotiat|warrant|shares|gigawatt|\bGW\b|\bMW\b|megawatt|chips?\b|GPU|TPU|guarant|valu|worth|capacity|host|infrastructure|data cent|servers?|binding|definitive|available|offer|sell|cap\b|capped|ceiling|panel|verif|independent|regulat|antitrust|divest|non-compete|noncompete|\bmust\b|required to|obliged to|agreed to|\bseats?\b|support|series [a-z]\b|led by|\bsites?\b|campus|preview|\d\s?GW\b/i,
);
