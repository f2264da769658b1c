import type { ConsentDecision, ConsentState, LegalBasis, PrivacyRequestRecord, RequestType } from '@samverka/shared';
import { saveBlob } from '../../components/save-blob';
import { API_URL, apiFetch, apiFetchBlob } from '../../providers/http-client';

/** One purpose as GET /api/me/consents answers it: the text in force and where the person stands. */
export interface MyConsent {
  purpose: string;
  legalBasis: LegalBasis;
  optional: boolean;
  version: number;
  textSv: string;
  textEn: string;
  state: ConsentState;
  consented: boolean;
  decidedAt: string | null;
}

/** The terms are accepted at registration and are the contract itself: shown, never withdrawn here. */
export const TERMS_PURPOSE = 'terms';

export async function myConsents(): Promise<MyConsent[]> {
  const { json } = await apiFetch(`${API_URL}/me/consents`);
  return (json as { purposes: MyConsent[] }).purposes;
}

/** The answer is tied to the version shown, so a text published meanwhile is refused (409) rather than silently agreed to. */
export async function decideConsent(consent: MyConsent, decision: ConsentDecision): Promise<MyConsent> {
  const { json } = await apiFetch(`${API_URL}/me/consents/${encodeURIComponent(consent.purpose)}`, {
    method: 'POST',
    body: JSON.stringify({ decision, version: consent.version }),
  });
  return json as MyConsent;
}

export async function myRequests(): Promise<PrivacyRequestRecord[]> {
  const { json } = await apiFetch(`${API_URL}/me/privacy-requests`);
  return json as PrivacyRequestRecord[];
}

export async function fileRequest(type: RequestType, password?: string): Promise<PrivacyRequestRecord> {
  const { json } = await apiFetch(`${API_URL}/me/privacy-requests`, {
    method: 'POST',
    body: JSON.stringify({ type, ...(password ? { password } : {}) }),
  });
  return json as PrivacyRequestRecord;
}

export async function cancelRequest(id: string): Promise<PrivacyRequestRecord> {
  const { json } = await apiFetch(`${API_URL}/me/privacy-requests/${encodeURIComponent(id)}/cancel`, { method: 'POST', body: '{}' });
  return json as PrivacyRequestRecord;
}

/** Fetches the export with the bearer token and hands it to the browser as a file. */
export async function downloadExport(request: PrivacyRequestRecord): Promise<void> {
  const blob = await apiFetchBlob(`${API_URL}/me/privacy-requests/${encodeURIComponent(request.id)}/download`);
  saveBlob(blob, `samverka-${request.type}-${request.receivedAt.slice(0, 10)}.zip`);
}

/** An export still being built: worth polling for. */
export const exportInFlight = (request: PrivacyRequestRecord): boolean => (request.type === 'access' || request.type === 'portability') && !request.closedAt && !request.resultReady;
