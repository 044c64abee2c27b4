// How a status reads to people: one word, one symbol. Shared by the in-page card, the popup and the options page,
// so a status never depends on colour alone.
import type { Status } from '../types';

export const STATUS_WORD: Record<Status, string> = {
  supported: 'Supported',
  outdated: 'Outdated',
  contradicted: 'Contradicted',
  unverified: 'Unverified',
};

/** A symbol per status, drawn next to the colour (✓ ⟳ ✗ ?). */
export const STATUS_SYMBOL: Record<Status, string> = {
  supported: '✓',
  outdated: '⟳',
  contradicted: '✗',
  unverified: '?',
};

/** What a reader should take from the status, in a few words. */
export const STATUS_HINT: Record<Status, string> = {
  supported: 'agrees with the fact base',
  outdated: 'was true, but has since changed',
  contradicted: 'conflicts with the record',
  unverified: 'the fact base cannot settle it',
};
