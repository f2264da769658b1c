import { AUDIT_ACTIONS, Subject } from '@samverka/shared';

/** `auth.sign_in` is translated by `samverka.audit_actions.auth.sign_in`. */
export const auditActionKey = (action: string): string => `samverka.audit_actions.${action}`;

export const auditActionChoices = AUDIT_ACTIONS.map((action) => ({ id: action, name: auditActionKey(action) }));
export const subjectTypeChoices = Object.values(Subject).map((subject) => ({
  id: subject,
  name: `samverka.subjects.${subject}`,
}));
