// linkedom (the CLI's DOM) is patched at install (patches/linkedom+0.18.14.patch): a node's event-listener map
// is made when a listener is first added, not for every node parsed. Events must work as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

describe('the linkedom patch', () => {
  it('is applied to both builds of linkedom', () => {
    const require = createRequire(import.meta.url);
    const root = require.resolve('linkedom/package.json').replace(/package\.json$/, '');
    for (const build of ['esm', 'cjs']) {
      const source = readFileSync(`${root}${build}/interface/event-target.js`, 'utf8');
      expect(source, build).toContain('the listener map is made on first use');
    }
  });

  it('keeps listeners working: added, called, removed; removing one never added is harmless', () => {
    const { document } = parseHTML('<html><body><p id="a">x</p></body></html>');
    const p = document.getElementById('a') as unknown as EventTarget;
    const seen: string[] = [];
    const listener = (e: Event) => seen.push(e.type);
    expect(() => p.removeEventListener('click', listener)).not.toThrow();
    p.addEventListener('click', listener);
    p.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event('click'));
    p.removeEventListener('click', listener);
    p.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event('click'));
    expect(seen).toEqual(['click']);
    // A node nobody listens to dispatches to no one.
    expect(() =>
      document.body.dispatchEvent(
        new (document.defaultView as unknown as { Event: typeof Event }).Event('x'),
      ),
    ).not.toThrow();
  });
});
