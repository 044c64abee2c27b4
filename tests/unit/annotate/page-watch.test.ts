import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { PageWatch } from '../../../core/annotate/page-watch';

function setup(ours: Set<Node> = new Set(), tracks: (n: Node) => boolean = () => false) {
  const { document } = parseHTML('<!doctype html><html><body><p>Weather today.</p></body></html>');
  const doc = document as unknown as Document;
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const onChange = vi.fn();
  const onTextReplaced = vi.fn();
  const lost = { value: false };
  const guarded: Element[] = [];
  const watch = new PageWatch(doc.body, {
    owns: (n) => ours.has(n),
    lostOurs: () => lost.value,
    guarded: { attributes: ['data-plens-status'], onChange: (el) => guarded.push(el) },
    tracks,
    onTextReplaced,
    relevant: (t) => /OpenAI|Microsoft/.test(t),
    onChange,
    delayMs: 400,
    maxWaitMs: 2000,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => timers.pop(),
  });
  return { doc, watch, timers, onChange, onTextReplaced, ours, lost, guarded };
}

const added = (target: Node, ...nodes: Node[]) =>
  ({ type: 'childList', target, addedNodes: nodes, removedNodes: [] }) as unknown as MutationRecord;

describe('PageWatch', () => {
  it('asks for a new look, debounced, when the page adds text that names a party', () => {
    const { doc, watch, timers, onChange } = setup();
    const p = doc.createElement('p');
    p.textContent = 'Microsoft invested in OpenAI.';
    watch.handle([added(doc.body, p)]);
    expect(timers).toHaveLength(1);
    expect(timers[0].ms).toBe(400);
    timers[0].fn();
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('ignores additions that name no party, and our own nodes', () => {
    const mark = {
      textContent: 'Microsoft owns 49% of OpenAI.',
      nodeType: 1,
      parentNode: null,
    } as unknown as Node;
    const { doc, watch, timers } = setup(new Set([mark]));
    const p = doc.createElement('p');
    p.textContent = 'Rain later.';
    watch.handle([added(doc.body, p), added(doc.body, mark)]);
    expect(timers).toHaveLength(0);
  });

  it('gives up a split text node the page re-rendered', () => {
    const { doc, watch, timers, onTextReplaced } = setup(new Set(), (n) => n.nodeType === 3);
    const node = doc.querySelector('p')!.firstChild!;
    watch.handle([{ type: 'characterData', target: node } as unknown as MutationRecord]);
    expect(onTextReplaced).toHaveBeenCalledWith(node);
    expect(timers).toHaveLength(1);
  });

  it('ignores text changes on untracked nodes that name no party', () => {
    const { doc, watch, timers, onTextReplaced } = setup();
    const node = doc.querySelector('p')!.firstChild!;
    watch.handle([{ type: 'characterData', target: node } as unknown as MutationRecord]);
    expect(onTextReplaced).not.toHaveBeenCalled();
    expect(timers).toHaveLength(0);
  });

  it('notices when the page removes something we highlighted (deep inside what it removed)', () => {
    const { doc, watch, timers, lost } = setup();
    const section = doc.createElement('section');
    section.innerHTML = '<p>x <mark data-plens-claim="plens-1">y</mark></p>';
    const removed = {
      type: 'childList',
      target: doc.body,
      addedNodes: [],
      removedNodes: [section],
    } as unknown as MutationRecord;
    // Markup that only looks like ours going away is nothing to us.
    watch.handle([removed]);
    expect(timers).toHaveLength(0);
    lost.value = true;
    watch.handle([removed]);
    expect(timers).toHaveLength(1);
  });

  it("hands back the page's changes to the guarded attributes of our elements, and only of ours", () => {
    const { doc, watch, guarded, ours, timers } = setup();
    const mine = doc.createElement('mark');
    const theirs = doc.createElement('mark');
    ours.add(mine);
    const attr = (target: Node) =>
      ({ type: 'attributes', target, attributeName: 'data-plens-status' }) as unknown as MutationRecord;
    watch.handle([attr(mine), attr(theirs)]);
    expect(guarded).toEqual([mine]);
    expect(timers).toHaveLength(0);
  });

  it('waits no longer than maxWait under a stream of changes, and never cancels its timer for one', () => {
    const { doc, watch, timers, onChange } = setup();
    const now = vi.spyOn(Date, 'now');
    const p = () => Object.assign(doc.createElement('p'), { textContent: 'OpenAI' });
    const at = (t: number) => now.mockReturnValue(t);
    at(1000);
    watch.handle([added(doc.body, p())]);
    expect(timers.map((t) => t.ms)).toEqual([400]);
    // A change every 100 ms: no timer is cancelled or added for them…
    for (let t = 1100; t <= 1400; t += 100) {
      at(t);
      watch.handle([added(doc.body, p())]);
    }
    expect(timers).toHaveLength(1);
    // …the timer, when it fires, waits on for the quiet period (the changes went on)…
    timers[0].fn();
    expect(onChange).not.toHaveBeenCalled();
    expect(timers.at(-1)?.ms).toBe(400);
    // …and the changes still coming, the look happens at the deadline, 2 s after the first change.
    at(2900);
    watch.handle([added(doc.body, p())]);
    timers.at(-1)?.fn();
    expect(timers.at(-1)?.ms).toBe(100);
    at(3000);
    watch.handle([added(doc.body, p())]);
    timers.at(-1)?.fn();
    expect(onChange).toHaveBeenCalledOnce();
    now.mockRestore();
  });

  it('looks once the page has been quiet for the delay', () => {
    const { doc, watch, timers, onChange } = setup();
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1000);
    watch.handle([added(doc.body, Object.assign(doc.createElement('p'), { textContent: 'OpenAI' }))]);
    now.mockReturnValue(1200);
    watch.handle([added(doc.body, Object.assign(doc.createElement('p'), { textContent: 'Microsoft' }))]);
    now.mockReturnValue(1400);
    timers[0].fn(); // 200 ms after the last change: not quiet yet
    expect(onChange).not.toHaveBeenCalled();
    expect(timers.at(-1)?.ms).toBe(200);
    now.mockReturnValue(1600);
    timers.at(-1)?.fn();
    expect(onChange).toHaveBeenCalledOnce();
    now.mockRestore();
  });
});
