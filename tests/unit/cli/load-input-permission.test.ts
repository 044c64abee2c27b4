// Tests run as root in CI containers, where chmod 000 does not stop a read: the refusal is simulated.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadInput } from '../../../cli/load-input';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    readFile: vi.fn(async (path: string, ...rest: never[]) => {
      if (String(path).endsWith('locked.html')) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      }
      return real.readFile(path, ...rest);
    }),
  };
});

const dir = mkdtempSync(join(tmpdir(), 'plens-locked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadInput: unreadable file', () => {
  it('says permission denied', async () => {
    const path = join(dir, 'locked.html');
    writeFileSync(path, '<html><body><p>Secret.</p></body></html>');
    expect(await loadInput(path)).toEqual({ ok: false, reason: 'permission denied' });
  });
});
