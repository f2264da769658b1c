import { CONTENT_STATUSES, PRIORITIES } from '@samverka/shared';

export const priorityChoices = PRIORITIES.map((id) => ({ id, name: `samverka.priority.${id}` }));
export const contentStatusChoices = CONTENT_STATUSES.map((id) => ({ id, name: `samverka.content_status.${id}` }));
