import { swedishDay } from '@samverka/shared';
import { SEEDED_MUNICIPALITY_IDS } from '../identity/municipalities/seeded-municipalities.js';
import { monthBefore } from '../insights/lagesbild/lagesbild-periods.js';
import type { LagesbildService } from '../insights/lagesbild/lagesbild.service.js';
import type { RollupsService } from '../insights/rollups.service.js';

/**
 * Last month's lägesbild for Sigtuna in Swedish and English, as the job would have made it on the
 * first, from the demo's posts, groups and cases. Made once: a later start finds it and makes nothing.
 */
export async function seedDemoLagesbild(rollups: RollupsService, lagesbild: LagesbildService, now: Date): Promise<boolean> {
  // The figures come from the rollups: bring them up to the demo's posts first.
  await rollups.refresh();
  const period = monthBefore(swedishDay(now));
  return (await lagesbild.makeMonthly(SEEDED_MUNICIPALITY_IDS.sigtuna, period)) > 0;
}
