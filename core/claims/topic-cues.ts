// Cheap per-topic vocabulary: a sentence is only matched against the patterns of topics it has words
// for. Generic English, not tied to one partnership, so new partnerships need no code here.
import type { Topic } from '../types';

export const TOPIC_CUES: Record<Exclude<Topic, 'other'>, RegExp> & { other: RegExp } = {
  investment:
    /invest|back(ed|ing)\b|pour|pump|inject|fund|bankroll|plow|sunk|\bput\b|commit|stake in|\$|billion|million|multi-?year|total/i,
  stake:
    /stake|\bown|\bhold|equity|interest in|ownership|shareholder|\bhad\b|half|profit|%|percent|per cent/i,
  cloud:
    /cloud|azure|comput|host|infrastructure|data ?cent|capacity|servers?|refusal|\bROFR\b|primary|first on|first access|provider|exclusiv|\bsole\b/i,
  'api-exclusivity': /\bAPIs?\b|stateless/i,
  license:
    /licen[cs]|intellectual property|\bIP\b|rights|exclusiv|models?\b|technolog|preferred|research|\buse\b|using|tech\b|access|products/i,
  'revenue-share': /revenue|sales\b/i,
  agi: /\bAGI\b|artificial general intelligence/i,
  'compute-commitment': /\$|billion|azure|cloud|services/i,
  board: /board|\bseat\b|observer|voting/i,
  stargate: /stargate/i,
  other:
    /original|initial|first|earliest|began|started|dates? back|goes back|memorandum|\bMOU\b|non-binding|amend|revis|renegotiat|rework|restructur/i,
};

/** What makes a sentence worth a closer look at all (cheap pre-filter before any pattern runs). */
export const ANY_CLAIM_WORD =
  /invest|back(ed|ing)|pour|stake|own|equity|exclusiv|\bsole\b|licen[cs]|rights|\bIP\b|intellectual|revenue|refusal|ROFR|observer|voting|board|seat|\bAGI\b|general intelligence|stargate|\$|percent|%|half|cloud|azure|partner|agreement|deal|memorandum|\bMOU\b|commit|primary|first|original|initial|began|dates? back|\bAPIs?\b|20[0-4]\d|amend|renegotiat/i;

/** Topic words used for a claim that no fact settles: the figure must sit next to one of these. */
export const BARE_FIGURE_TOPIC: Array<[Topic, RegExp]> = [
  [
    'revenue-share',
    /revenue[- ]shar|revenue share|shar\w* [^.]{0,25}revenue|cut of [^.]{0,30}(revenue|profits?)|(%|percent) of [^.]{0,25}(revenue|profits?)/i,
  ],
  ['stake', /\bstake\b|\bowns?\b|\bowned\b|\bowning\b|equity|ownership/i],
  [
    'compute-commitment',
    /(commit\w*|spend\w*|purchas\w*|buy\w*|contract\w*)[^.]{0,40}(azure|cloud|compute)/i,
  ],
  [
    'investment',
    /invest\w*|\bpoured\b|\bbacked\b|funding|spen(t|d|ds|ding) (more than |over |about |some |nearly )?\$/i,
  ],
  ['cloud', /exclusiv\w*[^.]{0,30}(window|period)|(window|period)[^.]{0,30}exclusiv/i],
];
