import type { EntityManager } from 'typeorm';
import { TIP_ANSWERED_NOTIFICATION } from '../content/tip-handling.service.js';
import { tipWords } from '../content/tip-words.js';
import { demoId } from './demo-groups.seed.js';
import { CITIZEN, notify, OFFICER, resident } from './demo-moderation.seed.js';
import { DEMO_ORGANISATION_IDS, DEMO_POLICE_NAME } from './demo-organisations.js';

/** The demo tip the officer has answered and closed. */
export const DEMO_ANSWERED_TIP_ID = demoId('tip:answered');

/**
 * Tips sent to the Sigtuna police organisation: three open in its inbox (one already read), and
 * one from the citizen that the officer answered and closed, whose answer waits among the
 * citizen's notifications as the app would have written it (in Swedish, her language).
 */
export async function seedDemoTips(m: EntityManager, now: Date): Promise<void> {
  const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  const tips: [string, string, number, boolean][] = [
    [CITIZEN, 'En vit skåpbil utan skyltar har stått vid Valsta centrum tre kvällar i rad, personer bär ut kartonger runt midnatt.', 5, false],
    [resident(30), 'Klotter och krossad ruta vid busshållplatsen på Ekillagatan i natt.', 14, false],
    [resident(31), 'Ungdomar som säljer något vid skateparken efter skolan, varje dag den här veckan.', 40, true],
  ];
  for (const [index, [senderId, text, hours, read]] of tips.entries()) {
    await m.query(`INSERT INTO organisation_messages (id, organisation_id, sender_id, text, created_at, read_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      demoId(`tip:${index}`),
      DEMO_ORGANISATION_IDS.police,
      senderId,
      text,
      ago(hours),
      read ? ago(hours - 2) : null,
    ]);
  }

  const text = 'Cyklar försvinner från cykelparkeringen vid Märsta station, minst tre den senaste veckan.';
  const answer = 'Tack för tipset. Vi har fått flera liknande anmälningar och har ökat närvaron vid stationen kvällstid. Polisanmäl gärna varje stöld.';
  await m.query(
    `INSERT INTO organisation_messages (id, organisation_id, sender_id, text, created_at, read_at, answer, answered_at, answered_by, state, closed_at, closed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'closed', $10, $9)`,
    [DEMO_ANSWERED_TIP_ID, DEMO_ORGANISATION_IDS.police, CITIZEN, text, ago(80), ago(76), answer, ago(74), OFFICER, ago(73)],
  );
  await notify(
    m,
    CITIZEN,
    TIP_ANSWERED_NOTIFICATION,
    {
      messageId: DEMO_ANSWERED_TIP_ID,
      organisationId: DEMO_ORGANISATION_IDS.police,
      organisationName: DEMO_POLICE_NAME,
      statement: tipWords.answered(DEMO_POLICE_NAME, 'sv'),
      tip: tipWords.excerpt(text),
      answer,
    },
    ago(74),
  );
}
