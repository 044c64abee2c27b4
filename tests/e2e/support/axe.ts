// Accessibility checks with axe-core, run inside a page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical findings of axe-core on a page, or only inside `include` (axe's context: a list of
 * selectors, each a list that steps into shadow roots, e.g. [['plens-card', '.card']]).
 */
export async function axeViolations(page: Page, include?: string[][]): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (context) =>
      (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
            ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe.run(context ? { include: context } : document),
    include ?? null,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}`);
}
