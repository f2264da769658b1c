import { formText } from '../../components/form-text';

// Each message names the field it is about, in the reader's language, so that a screen reader
// or a summary read out of context still says where to look.

/**
 * Required, saying which field: "Reference: required." One message per field rather than the
 * label as an argument, which would stay in the language it was first shown in.
 */
export const namedRequired = (field: string) => (value: unknown) =>
  (Array.isArray(value) ? value.length === 0 : formText(value).trim() === '') ? `samverka.orders.create.errors.required.${field}` : undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const scopeItemId = (value: unknown) => (UUID.test(formText(value).trim()) ? undefined : 'samverka.orders.create.errors.item_id');

export const scopeNamesItems = (value: unknown) => (Array.isArray(value) && value.length > 0 ? undefined : 'samverka.orders.create.errors.scope_required');

export const validCountry = (value: unknown) => (/^[A-Z]{2}$/.test(formText(value).trim()) ? undefined : 'samverka.orders.create.errors.country');

/** The deadline as the API will read it: an instant in the future. */
export const inFuture = (value: unknown) => {
  const at = new Date(formText(value)).getTime();
  return Number.isNaN(at) || at <= Date.now() ? 'samverka.orders.create.errors.deadline_future' : undefined;
};
