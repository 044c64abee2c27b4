// The fact-base format, in zod. One schema serves the files maintainers edit (facts/*.json),
// the single signed bundle the extension downloads, and the CLI's --facts option.
import { z } from './zod';
import { TOPICS } from '../types';

/** Bumped only when old extensions could not read the new shape (see README: release routine). */
export const SCHEMA_VERSION = 1;

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
  /** Products or units that stand for the party in a claim ("Azure" for Microsoft). */
  products: z.array(z.string().min(1)).default([]),
  /**
   * Weaker hints used only to tell what a page is about, never to read one sentence: leaders
   * ("Sam Altman") and descriptors that usually stand for the party in such coverage ("the cloud giant").
   */
  hints: z.array(z.string().min(1)).default([]),
});

export const partnershipSchema = z.object({
  id,
  name: z.string().min(1),
  parties: z.tuple([partySchema, partySchema]),
  /** The event the partnership began with: claims that date its start elsewhere are contradicted. */
  beganWith: eventId,
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
  })
  .strict();

export const factSchema = z.object({
  id,
  partnership: id,
  topic: z.enum(TOPICS),
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
  /** Facts that replaced this one when `until` happened. */
  supersededBy: z.array(id).default([]),
  /** Values the record says were never disclosed: a claim that states one is unverified. */
  undisclosed: z.array(z.enum(['amountUsd', 'percent'])).default([]),
  /** For `wrong` facts: the fact that holds the right value. */
  correctedBy: id.optional(),
  /** Sources of its own; by default the `since` event's. */
  sources: z.array(sourceSchema).optional(),
  sourceNote: z.string().optional(),
});

/**
 * How articles phrase a fact. `cues` are case-insensitive regular expressions: every group must match
 * within a short window of the sentence (alternatives inside a group are joined with |). `phrasings` are
 * short typical wordings, searched fuzzily with fuse.js to score and rank competing facts.
 */
export const patternSchema = z.object({
  fact: id,
  cues: z.array(z.array(z.string().min(1)).min(1)).min(1),
  /** Cues anywhere in the sentence that rule the pattern out (e.g. "non-exclusive" for an exclusivity pattern). */
  unless: z.array(z.string().min(1)).default([]),
  /** The sentence itself must name both parties (aliases and products count), not lean on the page. */
  bothParties: z.boolean().default(false),
  /** Values the claim must state for the pattern to apply (e.g. the year of an investment). */
  needs: z.array(z.enum(['amountUsd', 'percent', 'year', 'termEnd', 'month'])).default([]),
  /** Values that, when the claim states them, must agree with the fact; a clash makes the claim contradicted. */
  checks: z.array(z.enum(['amountUsd', 'percent', 'year', 'termEnd', 'month'])).default([]),
  phrasings: z.array(z.string().min(3)).min(1),
});

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
  patterns: z.array(patternSchema).min(1),
});

export type Source = z.infer<typeof sourceSchema>;
export type Party = z.infer<typeof partySchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type FactEvent = z.infer<typeof eventSchema>;
export type Fact = z.infer<typeof factSchema>;
export type FactValues = z.infer<typeof factValuesSchema>;
export type ClaimPattern = z.infer<typeof patternSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type FactBase = z.infer<typeof factBaseSchema>;
