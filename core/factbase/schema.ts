// The fact-base format, in zod. One schema serves the files maintainers edit (facts/*.json),
// the single signed bundle the extension downloads, and the CLI's --facts option.
import { z } from './zod';

/**
 * Bumped only when old extensions could not read the new shape (see docs/publishing.md, version rules). 3: a
 * fact's values may give a term in years (`termYears`) and a frame may name its `payer`; schema-2 readers
 * refuse such a release and keep their data.
 */
export const SCHEMA_VERSION = 3;

const isoDate = z.iso.date();
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case');
const eventId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/);

export const sourceSchema = z.object({
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
});

export const partySchema = z.object({
  id,
  name: z.string().min(1),
  /** Other names an article may use: tickers, nicknames, "the ChatGPT maker". Matched case-insensitively on word boundaries. */
  aliases: z.array(z.string().min(1)),
  /** Products or units that stand for the party in a claim (a cloud brand for the company that runs it). */
  products: z.array(z.string().min(1)).default([]),
  /**
   * Weaker hints used only to tell what a page is about, never to read one sentence: leaders
   * ("Sam Altman") and descriptors that usually stand for the party in such coverage ("the cloud giant").
   */
  hints: z.array(z.string().min(1)).default([]),
  /**
   * The side of the deal the party is on, when a deal has more than two parties: co-investors share one. A
   * sentence names both sides of a deal only when it names a party of each (two co-investors alone do not).
   * Without it, each party is a side of its own.
   */
  side: z.string().min(1).max(40).optional(),
});

export const partnershipSchema = z.object({
  id,
  name: z.string().min(1),
  /** Two or more: a three-way deal is one partnership. */
  parties: z.array(partySchema).min(2),
  /** The event the partnership began with: claims that date its start elsewhere are contradicted. */
  beganWith: eventId,
  /**
   * Companies in the deal's own arrangements that are not its parties (a chip co-designer, a site's developer),
   * from the list of other companies: named beside its terms, they do not make a sentence another company's deal.
   */
  alsoInvolved: z.array(z.string().min(2).max(60)).max(20).optional(),
});

export const confidenceSchema = z.enum(['confirmed', 'reported']);

export const eventSchema = z.object({
  id: eventId,
  partnership: id,
  date: isoDate,
  /** How much of `date` is known: a year-only event is stored as YYYY-01-01 with precision `year`. */
  datePrecision: z.enum(['day', 'month', 'year']).default('day'),
  /** One line: what changed. */
  summary: z.string().min(1),
  confidence: confidenceSchema,
  sources: z.array(sourceSchema),
  /** Why there is no primary source, when there is none. */
  sourceNote: z.string().optional(),
});

/** Values a fact fixes. A claim whose values clash with them does not rest on the fact. */
export const factValuesSchema = z
  .object({
    amountUsd: z.number().positive().optional(),
    /** A range instead of one amount (for wrong facts such as "millions, not billions"). */
    amountRange: z.tuple([z.number().nonnegative(), z.number().positive()]).optional(),
    percent: z.number().min(0).max(100).optional(),
    percentRange: z.tuple([z.number().min(0), z.number().max(100)]).optional(),
    year: z.number().int().optional(),
    exclusive: z.boolean().optional(),
    termEnd: z.number().int().optional(),
    /** A month as YYYYMM (202604 = April 2026); only claims dated in the same year are compared. */
    month: z.number().int().min(190001).max(210012).optional(),
    /** Power capacity in gigawatts (compute deals are sized this way). */
    gigawatts: z.number().positive().optional(),
    /** A number of shares (warrants, options). */
    shares: z.number().positive().optional(),
    /** How many years a deal runs ("$38 billion over seven years"). */
    termYears: z.number().positive().optional(),
    /** The amount is a ceiling ("up to"), not money paid. */
    upTo: z.boolean().optional(),
  })
  .strict();

/** Kinds of value a claim may state; a frame names which it needs and which it checks. */
export const VALUE_KINDS = [
  'amountUsd',
  'percent',
  'year',
  'termEnd',
  'month',
  'gigawatts',
  'shares',
  'termYears',
] as const;
const valueKind = z.enum(VALUE_KINDS);

/** A word class of the shared vocabulary (core/claims/lexicon) or of this fact base's `lexicon.words`. */
const wordClass = z.string().regex(/^[a-z][a-z0-9-]*$/, 'word classes are lower-case kebab-case');

/**
 * How a claim about the fact reads (written compactly: a field left out takes its plain default, empty or
 * false, when the engine compiles the frame), as a comparison instead of a pattern: the relation word class it uses,
 * the classes that must stand near it and those that rule it out, whether it says the relation ended or
 * never held, and which of the claim's figures must agree with the fact's values. No regular expressions:
 * every word comes from the shared vocabulary, so a paraphrase the fact's author never saw still matches.
 */
export const frameSchema = z
  .object({
    relation: wordClass,
    with: z.array(wordClass).optional(),
    without: z.array(wordClass).optional(),
    /** The claim says the relation is off: ended, denied, no longer. */
    negated: z.boolean().optional(),
    /** Names (a product, a venture) the sentence must contain, matched literally on word boundaries. */
    mentions: z.array(z.string().min(2)).optional(),
    /** The claim must name both parties itself, not lean on the page. */
    bothParties: z.boolean().optional(),
    /** Parties (ids) the sentence itself must name: who invests, holds or is denied something. */
    names: z.array(id).optional(),
    /** The party (id) named first in the clause, before the frame's words: who pays, holds or gives. */
    subject: id.optional(),
    /** The party (id) named right after the frame's words ("a stake in X", "the owners of X"). */
    object: id.optional(),
    /**
     * Who gives the money, when the frame does not require it named as the subject: a claim that has the other
     * party give it to this one ("B invested $50 billion in A" for A's money in B) is contradicted.
     */
    payer: id.optional(),
    /** Values the claim must state for the frame to apply (e.g. the year of an investment). */
    needs: z.array(valueKind).optional(),
    /** Values that, when stated, must agree with the fact; a clash makes the claim contradicted. */
    checks: z.array(valueKind).optional(),
    /** Amounts read as a company's valuation are compared only when the frame says so. */
    valuation: z.boolean().optional(),
    /** When set, the claim's amount or capacity must (true) or must not (false) be stated as a ceiling ("up to $10B"). */
    upTo: z.boolean().optional(),
    /**
     * The claim reads so only in text written on or after this event's day (a page with no date counts as written
     * now): "this was the first change" is wrong only once a second change has come.
     */
    writtenFrom: eventId.optional(),
  })
  .strict();

export const factSchema = z.object({
  id,
  partnership: id,
  /** What the claim is about: investment, cloud, stake… or a topic a partnership adds (warrant, chips). */
  topic: id,
  /** What the fact says, in the fact base's own words. */
  summary: z.string().min(1),
  values: factValuesSchema.default({}),
  /**
   * `confirmed`: stated by the parties; `reported`: press only (claims resting on it are unverified);
   * `wrong`: circulates but conflicts with the record (claims resting on it are contradicted).
   */
  confidence: z.enum(['confirmed', 'reported', 'wrong']),
  /** The event that made it true (null for `wrong` facts, which never were). */
  since: eventId.nullable(),
  /** The event that ended it, if any. */
  until: eventId.nullable().default(null),
  /**
   * The day it ended, when that is a later date of the `until` event's own row (an inquiry opened on one day
   * and closed on another): then the event's summary gives that date too (core/factbase/lint).
   */
  endedOn: isoDate.optional(),
  /** Facts that replaced this one when `until` happened. */
  supersededBy: z.array(id).default([]),
  /** Values the record says were never disclosed: a claim that states one is unverified. */
  undisclosed: z.array(z.enum(['amountUsd', 'percent'])).default([]),
  /** How claims about it read (one or more ways). */
  frames: z.array(frameSchema).min(1),
  /** For `wrong` facts: the fact that holds the right value. */
  correctedBy: id.optional(),
  /** Sources of its own; by default the `since` event's. */
  sources: z.array(sourceSchema).optional(),
  sourceNote: z.string().optional(),
});

/**
 * Words of this fact base, beside the shared vocabulary: more members of a word class (or a new class) and the
 * names of companies that are parties to none of its partnerships. Plain words, never regular expressions.
 */
export const lexiconSchema = z
  .object({
    words: z.record(wordClass, z.array(z.string().min(1).max(80)).max(200)).default({}),
    otherCompanies: z.array(z.string().min(2).max(60)).max(500).default([]),
  })
  .strict();

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'semantic version x.y.z'),
  published: isoDate,
  description: z.string().optional(),
});

export const factBaseSchema = z.object({
  manifest: manifestSchema,
  partnerships: z.array(partnershipSchema).min(1),
  events: z.array(eventSchema).min(1),
  facts: z.array(factSchema).min(1),
  lexicon: lexiconSchema.default({ words: {}, otherCompanies: [] }),
});

export type Source = z.infer<typeof sourceSchema>;
export type Party = z.infer<typeof partySchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type FactEvent = z.infer<typeof eventSchema>;
export type Fact = z.infer<typeof factSchema>;
export type FactValues = z.infer<typeof factValuesSchema>;
export type FactFrame = z.infer<typeof frameSchema>;
/** A frame with every default filled in, as the engine uses it. */
export type FullFrame = Required<Omit<FactFrame, 'upTo' | 'subject' | 'object' | 'payer' | 'writtenFrom'>> &
  Pick<FactFrame, 'upTo' | 'subject' | 'object' | 'payer' | 'writtenFrom'>;
export type Lexicon = z.infer<typeof lexiconSchema>;
export type ValueKind = (typeof VALUE_KINDS)[number];
export type Manifest = z.infer<typeof manifestSchema>;
export type FactBase = z.infer<typeof factBaseSchema>;
