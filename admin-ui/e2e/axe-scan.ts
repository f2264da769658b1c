import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA, what Swedish law (DOS-lagen) asks of public-sector digital services. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export type Finding = { page: string; rule: string; impact: string; count: number; nodes: string[] };

/**
 * Lets the page settle: no spinner or skeleton left (at most 5 s), then a pause for transitions.
 * Not `networkidle`: the open-case and notification counts poll.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  const loading = page.locator('.MuiCircularProgress-root, .MuiLinearProgress-indeterminate, .MuiSkeleton-root');
  for (let waited = 0; waited < 5_000 && (await loading.count()) > 0; waited += 200) await page.waitForTimeout(200);
  await page.waitForTimeout(300);
}

export async function scan(page: Page, where: string): Promise<Finding[]> {
  await settled(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((violation) => ({
    page: where,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    count: violation.nodes.length,
    nodes: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1, 2).join('').trim()}`),
  }));
}

export function summary(findings: Finding[]): string {
  return findings.map((finding) => `  ${finding.page}  [${finding.impact}] ${finding.rule} (${finding.count} elements)\n${finding.nodes.map((node) => `      ${node}`).join('\n')}`).join('\n');
}
