import type { AuthorityOrderConfirmationRecord, AuthorityOrderDisclosureRecord, AuthorityOrderDocumentRecord } from '@samverka/shared';
import { saveBlob } from '../../components/save-blob';
import { API_URL, apiFetch, apiFetchBlob } from '../../providers/http-client';

const orderPath = (orderId: string, part: string) => `${API_URL}/authority-orders/${encodeURIComponent(orderId)}/${part}`;

/** A part of an order that exists only once something happened (a confirmation, a disclosure): null while the API answers 404. */
async function optionalPart<T>(orderId: string, part: string): Promise<T | null> {
  try {
    return (await apiFetch(orderPath(orderId, part))).json as T;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

export const fetchConfirmation = (orderId: string) => optionalPart<AuthorityOrderConfirmationRecord>(orderId, 'confirmation');

export const fetchDisclosure = (orderId: string) => optionalPart<AuthorityOrderDisclosureRecord>(orderId, 'disclosure');

/** The disclosed data as a ZIP, saved by the browser; the API hands it over once. */
export async function downloadDisclosure(orderId: string, reference: string): Promise<void> {
  const blob = await apiFetchBlob(orderPath(orderId, 'disclosure/download'));
  saveBlob(blob, `${reference.replace(/[^\p{L}\p{N}-]+/gu, '-')}.zip`);
}

export async function fetchDocuments(orderId: string): Promise<AuthorityOrderDocumentRecord[]> {
  return (await apiFetch(orderPath(orderId, 'documents'))).json as AuthorityOrderDocumentRecord[];
}

/** Sends one PDF as multipart/form-data (the http client leaves the boundary to the browser). */
export async function attachDocument(orderId: string, file: File): Promise<AuthorityOrderDocumentRecord> {
  const body = new FormData();
  body.append('file', file, file.name);
  return (await apiFetch(orderPath(orderId, 'documents'), { method: 'POST', body })).json as AuthorityOrderDocumentRecord;
}

export async function downloadDocument(document: AuthorityOrderDocumentRecord): Promise<void> {
  const blob = await apiFetchBlob(orderPath(document.orderId, `documents/${encodeURIComponent(document.id)}`));
  saveBlob(blob, document.fileName ?? `order-document-${document.id.slice(0, 8)}.pdf`);
}
