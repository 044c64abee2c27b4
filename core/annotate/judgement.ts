// What judging a page gives the annotator, wherever it was judged (its worker, or its own thread).
import type { JudgedClaim } from '../types';
import type { CardFacts } from './card-model';

/** A page's claims, how many sentences were judged and left unjudged, and what their cards read. */
export interface Judgement {
  claims: JudgedClaim[];
  sentences: number;
  unjudged: number;
  /**
   * The part of the fact base the claims' cards show (their facts, the events that began and ended them, their
   * partnerships): the annotator keeps this, not the whole fact base, which only the engine needs.
   */
  cardFacts: CardFacts;
}
