// "How this term changed" on a card: the content script cannot open extension pages, so the background opens
// the timeline in a new tab next to the article.
import { browser } from 'wxt/browser';
import type { TimelineTarget } from '@/core/annotate/card-model';
import type { Sender } from '../messaging';
import { readTimelineTarget, timelineHash } from '../timeline-link';

export async function openTimeline(data: TimelineTarget, sender: Sender): Promise<null> {
  const target = readTimelineTarget(data);
  if (target === null) throw new Error('malformed timeline request');
  const url = `${browser.runtime.getURL('/options.html')}${timelineHash(target)}`;
  const from = sender.tab;
  await browser.tabs.create({
    url,
    ...(from?.index !== undefined ? { index: from.index + 1 } : {}),
    ...(from?.windowId !== undefined ? { windowId: from.windowId } : {}),
  });
  return null;
}
