// Shared types of the engine. Pure data: no browser, WXT or Node import.

export const STATUSES = ['supported', 'outdated', 'contradicted', 'unverified'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * What a claim is about: investment, cloud, license, api-exclusivity, stake, revenue-share, agi,
 * compute-commitment, board, other, or a topic a partnership's facts add (warrant, chips, …).
 */
export type Topic = string;

/** Calendar date as YYYY-MM-DD. */
export type IsoDate = string;

/** A page as the engine reads it: the main article text and what is known about it. */
export interface PageText {
  /** Main article text; blocks (paragraphs, headings, list items) are separated by "\n\n". */
  text: string;
  title: string | null;
  /** Publication date, when the page says it. */
  published: IsoDate | null;
  /** Block boundaries within `text`; sentences never cross them. */
  blocks: Span[];
  /** Canonical URL when the page names one. */
  url?: string | null;
  lang?: string | null;
  /** Table cells told with their row's first cell or their column's header. */
  cells?: readonly TableCell[];
}

/**
 * A table cell read with the cells that tell what it is about: a row's first cell names whose terms the row gives
 * ("B and C"), a header names which term a column holds ("Money in"). Blocks by index in the page's blocks; -1 for
 * none.
 */
export interface TableCell {
  block: number;
  rowHead: number;
  colHead: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface SourceRef {
  title: string;
  url: string | null;
}

/** The event that last changed the fact a verdict rests on. */
export interface AmendmentContext {
  eventId: string;
  date: IsoDate;
  summary: string;
  source: SourceRef | null;
}

/** One judged claim: the shape of `scan --format json` plus what the extension shows on a card. */
export interface JudgedClaim {
  /** Stable within a document: `c<start>-<end>`. */
  id: string;
  text: string;
  start: number;
  end: number;
  status: Status;
  asPublished: Status | null;
  topic: Topic;
  factId: string | null;
  explanation: string;
  source: SourceRef | null;
  /** What the fact base says, in its own words. */
  factSummary: string | null;
  /** When the fact held: from → to (null = still holds / unknown start). */
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  amendment: AmendmentContext | null;
  /** Match quality 0..1 (1 = best) and the reasons behind it. */
  score: number;
  why: string[];
  partnership: string | null;
}

export interface JudgeOptions {
  /** "Now" for the verdict. */
  asOf: IsoDate;
  /** Overrides the page's own publication date when given (null/undefined: use the page's). */
  published?: IsoDate | null;
}
