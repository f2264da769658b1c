import type { TranslateFunction } from 'react-admin';
import { wordedRefusal } from '../../providers/api-error';

/** The inbox API's refusals the console words itself (a colleague got there first); others keep the server's message. */
const EXPLAINED: Readonly<Record<string, string>> = {
  tip_already_answered: 'samverka.tips.errors.already_answered',
  tip_closed: 'samverka.tips.errors.closed',
  status_unchanged: 'samverka.tips.errors.unchanged',
};

export const tipRefusal = (error: unknown, translate: TranslateFunction): string => wordedRefusal(error, translate, EXPLAINED);
