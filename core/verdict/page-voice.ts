// A page written in a company's own voice (a press release, a blog post, a letter to shareholders): "we" and
// "our" outside quotation marks stand for that company. The page tells whose voice it is where it speaks of "our
// partnership with B" or says "we signed an agreement with B": the other side of a deal B stands in.
import { placesOf } from '../claims/all-matches';
import type { Span } from '../types';
import type { CompiledPartnership } from './compile';

/** The company the page speaks as: the party's name, put in place of its first-person words. */
export interface PageVoice {
  name: string;
}

/**
 * "our partnership with", "our new agreement with", "our investment in", "we signed an agreement with", "we are
 * updating our agreement with", "we invested in": a deal told from one side, the other side named next.
 */
const TOLD_WITH =
  /\b(?:our\s+(?:[\w'’-]+\s+){0,3}?(?:partnerships?|partners?|agreements?|deals?|collaborations?|relationships?|alliances?|investments?|stakes?|contracts?|pacts?|tie-ups?)|we\s+(?:have\s+|had\s+|are\s+|were\s+|also\s+)?(?:signed|entered|extended|expanded|struck|announced|reached|made|invested|updat\w+|formed|deepened|broadened|renewed)\b[^.;:!?]{0,40}?)\s+(?:with|in)\s+/gi;
// Lower-case "us" only: "the US" is a country.
const FIRST_PERSON_AT_ALL = /\b(?:[Ww]e|us|[Oo]urs?)\b/;

/**
 * The page's voice: where the page's own words (outside quotes) tell a deal with one side ("our partnership with
 * <B>"), the company on the other side of one of B's deals, the one the page names most (a company the page
 * never names, or two named as often, is no voice). Null when the page speaks as no party.
 */
export function pageVoice(
  partnerships: readonly CompiledPartnership[],
  blocks: readonly Span[],
  textOf: (span: Span) => string,
): PageVoice | null {
  const texts = blocks
    .map((b) => textOf(b))
    .filter((t) => FIRST_PERSON_AT_ALL.test(t))
    .map(unquoted);
  // What follows each "our partnership with": where the other side is named.
  const next = texts.flatMap((t) =>
    [...t.matchAll(TOLD_WITH)].map((m) => t.slice((m.index ?? 0) + m[0].length)),
  );
  if (next.length === 0) return null;
  const namedNext = (re: RegExp) => next.some((n) => re.exec(n)?.index === 0);
  // Each company the page may speak as, with the regex that names it.
  const voices = new Map<string, RegExp>();
  for (const deal of partnerships) {
    const { parties } = deal.partnership;
    const sideOf = (p: (typeof parties)[number]) => p.side ?? p.id;
    parties.forEach((party, i) => {
      if (!namedNext(deal.parties.party[i])) return;
      const others = parties.filter((p) => sideOf(p) !== sideOf(party));
      if (others.length === 1) voices.set(others[0].name, deal.parties.party[parties.indexOf(others[0])]);
    });
  }
  // The page's own words, all of them: the voice is named in its boilerplate ("About <company>") or headline.
  const page = blocks.map((b) => unquoted(textOf(b)));
  let best: PageVoice | null = null;
  let most = 0;
  let tie = false;
  for (const [name, re] of voices) {
    const count = page.reduce((n, t) => n + placesOf(re, t).length, 0);
    if (count > most) {
      best = { name };
      most = count;
      tie = false;
    } else if (count === most) tie = true;
  }
  return most > 0 && !tie ? best : null;
}

/** The text with what stands inside quotation marks blanked out (same length). */
function unquoted(text: string): string {
  let out = '';
  let from = 0;
  for (const q of quotedSpans(text)) {
    out += text.slice(from, q.start) + ' '.repeat(q.end - q.start);
    from = q.end;
  }
  return out + text.slice(from);
}

/**
 * First-person words and what stands for them in the voice's name; "we" with the verb just after it (past an
 * adverb), so that the company's name agrees with it ("we own" → "<name> owns", "we don't" → "<name> doesn't").
 */
const FIRST_PERSON =
  /\b(?:[Ww]e['’](?:re|ve|ll)|[Ww]e(?:(?:\s+(?:also|now|still|already|currently|jointly|together|only|no longer))?\s+(?:are|were|have|do|don['’]t|aren['’]t|weren['’]t|haven['’]t|own|hold|remain|continue|expect|plan|invest|use|run|sell|offer|provide|build|keep|receive|get|pay|serve|intend|want|need|work|deploy|train|host|share|lease|buy|supply|license|retain)\b)?|us|[Oo]urs|[Oo]ur)\b/g;
const SAID_AS: Record<string, string> = {
  are: 'is',
  were: 'was',
  have: 'has',
  do: 'does',
  "don't": "doesn't",
  "aren't": "isn't",
  "weren't": "wasn't",
  "haven't": "hasn't",
};
/** A plain verb in the third person: "owns", "pays", "does". */
const thirdPerson = (verb: string) => SAID_AS[verb.toLowerCase()] ?? `${verb}s`;

/** What a first-person word (with its verb) says in the voice's name. */
function inPlace(words: string, name: string): string {
  const key = words.toLowerCase().replace(/’/g, "'");
  if (key === "we're") return `${name} is`;
  if (key === "we've") return `${name} has`;
  if (key === "we'll") return `${name} will`;
  if (key === 'us') return name;
  if (key === 'our' || key === 'ours') return `${name}'s`;
  // "we", "we also hold": the name, the adverb kept, the verb agreeing with it.
  const parts = words.replace(/’/g, "'").split(/\s+/);
  if (parts.length === 1) return name;
  const verb = parts[parts.length - 1];
  return [name, ...parts.slice(1, -1), thirdPerson(verb)].join(' ');
}

/** A sentence told in the voice's name, and how to find its offsets in the sentence as written. */
export interface VoicedSentence {
  text: string;
  /** An offset in `text` as an offset in the sentence as written (`end`: the end of a span). */
  toWritten: (at: number, end: boolean) => number;
}

/**
 * The sentence with its first-person words (outside quotation marks within `quoted`, the block's quoted spans
 * relative to the sentence) told in the voice's name; null when it has none.
 */
export function voiced(sentence: string, voice: PageVoice, quoted: readonly Span[]): VoicedSentence | null {
  if (!FIRST_PERSON_AT_ALL.test(sentence)) return null;
  const swaps: Array<{ at: number; written: number; said: number }> = [];
  let text = '';
  let from = 0;
  for (const m of sentence.matchAll(FIRST_PERSON)) {
    const at = m.index ?? 0;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    const said = inPlace(m[0], voice.name);
    text += sentence.slice(from, at);
    swaps.push({ at: text.length, written: m[0].length, said: said.length });
    text += said;
    from = at + m[0].length;
  }
  if (swaps.length === 0) return null;
  text += sentence.slice(from);
  const toWritten = (at: number, end: boolean) => {
    let shift = 0;
    for (const s of swaps) {
      if (at <= s.at) break;
      if (at < s.at + s.said) return s.at - shift + (end ? s.written : 0);
      shift += s.said - s.written;
    }
    return at - shift;
  };
  return { text, toWritten };
}

/**
 * The spans of a text inside quotation marks (a quote left open runs to the text's end): double marks, and
 * single ones that open after a space and close before one ("‘We formed our partnership …,’ she said"), not an
 * apostrophe inside a word.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index ?? 0;
    spans.push({ start, end: start + m[0].length });
  }
  return spans;
}

const QUOTED =
  /“[^”]*”?|"[^"]*"?|(?<![\w’'])[‘'](?=[A-Za-z])(?:[^‘’']|[’'](?=[A-Za-z]))*(?:[’'](?![A-Za-z])|$)/g;
