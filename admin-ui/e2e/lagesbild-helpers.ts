import { swedishDay } from '@samverka/shared';
import { apiSignIn, e2eEnv } from './console-helpers.js';

const SIGTUNA = '00000000-0000-4000-8000-000000000191';

/** The month before this one on the Stockholm calendar, as the job (and the demo seed) reports it. */
export function lastMonth(): { from: string; to: string } {
  const [year, month] = swedishDay(new Date()).split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 2, 1));
  const last = new Date(Date.UTC(year, month - 1, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** A report of last month for Sigtuna, ordered by the platform owner through the API, so the page has rows. */
export async function orderSigtunaLagesbild(): Promise<void> {
  const { baseUrl } = e2eEnv();
  const owner = await apiSignIn('owner@demo.samverka.se');
  const response = await fetch(`${baseUrl}/api/lagesbild`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${owner}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ municipalityId: SIGTUNA, ...lastMonth(), language: 'sv' }),
  });
  if (response.status !== 201) throw new Error(`POST /api/lagesbild answered ${response.status}: ${await response.text()}`);
}
