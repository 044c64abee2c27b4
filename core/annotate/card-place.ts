// Where the card goes: below the highlight when it fits, else above, else on the side with more room with its
// height capped to that room (it scrolls inside). Always wholly inside the viewport.
export interface Box {
  top: number;
  bottom: number;
  left: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The card's height limit in px; it scrolls inside beyond this. */
  maxHeight: number;
  side: 'below' | 'above' | 'over';
}

const MARGIN = 8;
const GAP = 6;
/** Less room than this on either side: the card covers the highlight rather than shrink to a sliver. */
const MIN_HEIGHT = 160;

export function placeCard(
  mark: Box,
  card: { width: number; height: number },
  view: { width: number; height: number },
): Placement {
  const full = Math.max(0, view.height - 2 * MARGIN);
  const height = Math.min(card.height, full);
  const below = view.height - MARGIN - (mark.bottom + GAP);
  const above = mark.top - GAP - MARGIN;
  const left = Math.max(MARGIN, Math.min(mark.left, view.width - card.width - MARGIN));
  if (height <= below) return { top: mark.bottom + GAP, left, maxHeight: full, side: 'below' };
  if (height <= above) return { top: mark.top - GAP - height, left, maxHeight: full, side: 'above' };
  const room = Math.max(below, above);
  if (room < MIN_HEIGHT) return { top: MARGIN, left, maxHeight: full, side: 'over' };
  return below >= above
    ? { top: mark.bottom + GAP, left, maxHeight: below, side: 'below' }
    : { top: MARGIN, left, maxHeight: above, side: 'above' };
}
