import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 AA is the legal bar (BITV 2.0); 2.2 AA rules are checked too. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Scans the page as it is now; any violation fails with one readable line per element. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}\n` +
        `    ${(node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')}\n    ${violation.helpUrl}`,
    ),
  );
  expect(report, `axe found WCAG violations on ${page.url()}:\n${report.join('\n')}`).toEqual([]);
}
