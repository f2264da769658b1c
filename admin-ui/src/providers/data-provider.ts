import type { DataProvider, Identifier } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type { UserRecord, VerificationApplicationRecord } from '@samverka/shared';
import { API_URL, apiFetch } from './http-client';

/** The simple-REST provider plus the API's actions that are not CRUD. */
export interface SamverkaDataProvider extends DataProvider {
  suspendUser(id: Identifier, reason: string): Promise<{ data: UserRecord }>;
  reactivateUser(id: Identifier, reason: string): Promise<{ data: UserRecord }>;
  decideApplication(id: Identifier, decision: 'approve' | 'reject' | 'request-info', grounds: string): Promise<{ data: VerificationApplicationRecord }>;
}

const userAction =
  (action: 'suspend' | 'reactivate') =>
  async (id: Identifier, reason: string): Promise<{ data: UserRecord }> => {
    const { json } = await apiFetch(`${API_URL}/users/${encodeURIComponent(String(id))}/${action}`, {
      method: 'POST',
      body: JSON.stringify({ reason }),
    });
    return { data: json as UserRecord };
  };

export const dataProvider: SamverkaDataProvider = {
  ...simpleRestProvider(API_URL, apiFetch),
  suspendUser: userAction('suspend'),
  reactivateUser: userAction('reactivate'),
  async decideApplication(id, decision, grounds) {
    const { json } = await apiFetch(`${API_URL}/verification-applications/${encodeURIComponent(String(id))}/${decision}`, {
      method: 'POST',
      body: JSON.stringify({ grounds }),
    });
    return { data: json as VerificationApplicationRecord };
  },
};
