// Scans start at a bounded rate however often something asks (utils/lens/rescan-gate): a page firing
// navigation-like events every 5 ms gets a scan a second, never one per event, and the last ask is honoured.
import { describe, expect, it } from 'vitest';
import { RescanGate } from '../../utils/lens/rescan-gate';

function clock() {
  let t = 0;
  const timers: Array<{ at: number; fn: () => void }> = [];
  return {
    now: () => t,
    setTimer: (fn: () => void, ms: number) => timers.push({ at: t + ms, fn }),
    advance(ms: number) {
      const end = t + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (next === undefined || next.at > end) break;
        timers.shift();
        t = next.at;
        next.fn();
      }
      t = end;
    },
  };
}

describe('RescanGate', () => {
  it('runs at once when idle, then at most once per gap, folding asks in between into one', () => {
    const c = clock();
    let runs = 0;
    const gate = new RescanGate(() => runs++, { minGapMs: 1000, now: c.now, setTimer: c.setTimer });
    gate.request();
    expect(runs).toBe(1);
    // 3 s of asks every 5 ms: 600 asks.
    for (let i = 0; i < 600; i++) {
      c.advance(5);
      gate.request();
    }
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(runs).toBeLessThanOrEqual(4);
    c.advance(2000);
    expect(runs).toBeLessThanOrEqual(5); // the last ask ran once, after the gap
  });

  it('a single ask after a quiet spell runs at once', () => {
    const c = clock();
    let runs = 0;
    const gate = new RescanGate(() => runs++, { minGapMs: 1000, now: c.now, setTimer: c.setTimer });
    gate.request();
    c.advance(5000);
    gate.request();
    expect(runs).toBe(2);
  });
});
