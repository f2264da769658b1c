import type { OrganisationMessageRecord } from '@samverka/shared';
import { apiSignIn, e2eEnv } from './console-helpers.js';

/** The demo police organisation (backend/src/demo/demo-organisations.ts): its officer, its badge and her emblem. */
export const DEMO_POLICE = {
  id: '00000000-0000-4000-8000-0000000e0001',
  name: 'Polisen lokalpolisområde Märsta',
  badgeCode: 'DEMOP-0L1S7',
  emblemCode: 'DEMOE-MB1EM',
  officer: { email: 'officer.sigtuna@demo.samverka.se', name: 'Pia Polis' },
} as const;

async function api<T>(email: string, path: string, init: RequestInit = {}): Promise<T> {
  const { baseUrl } = e2eEnv();
  const response = await fetch(`${baseUrl}/api/${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${await apiSignIn(email)}`, 'Content-Type': 'application/json' },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} /api/${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A tip sent to the demo police through the API, as the app sends it. */
export function tipToPolice(senderEmail: string, text: string): Promise<OrganisationMessageRecord> {
  return api(senderEmail, `organisations/${DEMO_POLICE.id}/messages`, { method: 'POST', body: JSON.stringify({ text }) });
}

/** A tip as the officer's inbox API shows it. */
export function tipInInbox(id: string): Promise<OrganisationMessageRecord> {
  return api(DEMO_POLICE.officer.email, `organisation-messages/${id}`);
}

/** The tips a person sent, as their own list shows them (with the organisation's answers). */
export function sentTips(senderEmail: string): Promise<OrganisationMessageRecord[]> {
  return api(senderEmail, 'my-organisation-messages');
}
