import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type { UserRecord, VerificationApplicationRecord } from '@samverka/shared';
import { API_URL, apiFetch } from './http-client';

/** The simple-REST provider plus the API's domain actions, which are not CRUD. */
export interface SamverkaDataProvider extends DataProvider {
  /**
   * A domain action: `POST /api/<resource>/:id/<action>` with a JSON body. Answers the record the
   * API returns, or `null` for actions that answer 204 (removing a group member).
   */
  act<T extends RaRecord = RaRecord>(resource: string, id: Identifier, action: string, body?: Record<string, unknown>): Promise<{ data: T | null }>;
  suspendUser(id: Identifier, reason: string): Promise<{ data: UserRecord }>;
  reactivateUser(id: Identifier, reason: string): Promise<{ data: UserRecord }>;
  decideApplication(id: Identifier, decision: 'approve' | 'reject' | 'request-info', grounds: string): Promise<{ data: VerificationApplicationRecord }>;
  /** Dismisses many moderation cases with one statement; each is its own decision, some may be skipped. */
  bulkDismissCases(caseIds: Identifier[], statement: string, unfounded: boolean): Promise<{ data: BulkDismissResult }>;
}

export interface BulkDismissResult {
  dismissed: string[];
  skipped: { id: string; reason: string }[];
}

const act: SamverkaDataProvider['act'] = async (resource, id, action, body = {}) => {
  const { json } = await apiFetch(`${API_URL}/${resource}/${encodeURIComponent(String(id))}/${action}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return { data: json ?? null };
};

const userAction =
  (action: 'suspend' | 'reactivate') =>
  async (id: Identifier, reason: string): Promise<{ data: UserRecord }> => {
    const { data } = await act<UserRecord>('users', id, action, { reason });
    return { data: data as UserRecord };
  };

const rest = simpleRestProvider(API_URL, apiFetch);

export const dataProvider: SamverkaDataProvider = {
  ...rest,
  act,
  /**
   * `meta.action` turns an update into a domain action (`POST /api/<resource>/:id/<action>` with
   * `meta.body`), so react-admin's undoable mutations can hold a decision back for a few seconds.
   */
  async update(resource, params) {
    const action = params.meta?.action as string | undefined;
    if (!action) return rest.update(resource, params);
    const { data } = await act(resource, params.id, action, (params.meta?.body as Record<string, unknown> | undefined) ?? {});
    return { data: { ...params.previousData, ...params.data, ...(data ?? {}), id: params.id } as never };
  },
  suspendUser: userAction('suspend'),
  reactivateUser: userAction('reactivate'),
  async decideApplication(id, decision, grounds) {
    const { json } = await apiFetch(`${API_URL}/verification-applications/${encodeURIComponent(String(id))}/${decision}`, {
      method: 'POST',
      body: JSON.stringify({ grounds }),
    });
    return { data: json as VerificationApplicationRecord };
  },
  async bulkDismissCases(caseIds, statement, unfounded) {
    const { json } = await apiFetch(`${API_URL}/moderation-cases/bulk-dismiss`, {
      method: 'POST',
      body: JSON.stringify({ caseIds, statement, unfounded }),
    });
    return { data: json as BulkDismissResult };
  },
};
