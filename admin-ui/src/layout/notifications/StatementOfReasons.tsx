import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { NotificationRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { AppealForm } from './AppealForm';
import { useOwnAppeals } from './use-own-appeals';

/** One decided action, as the statement of reasons tells it to the person it concerns. */
interface StatementAction {
  actionId: string;
  type: string;
  rule: string | null;
  statement: string;
  facts?: string | null;
}

/** A decision's actions; an automatic hiding pending review tells its one action at the top level. */
function actionsOf(payload: Record<string, unknown>): StatementAction[] {
  if (Array.isArray(payload.actions)) return payload.actions as StatementAction[];
  return typeof payload.actionId === 'string' ? [payload as unknown as StatementAction] : [];
}

/**
 * A statement of reasons (DSA Art. 17): what was decided, on which rule, the facts, why, and until
 * when it can be appealed; each action is appealed from here, signed in, without the e-mailed code.
 */
export const StatementOfReasons = ({ notification }: { notification: Pick<NotificationRecord, 'id' | 'payload'> }) => {
  const translate = useTranslate();
  const p = notification.payload;
  const { appealed, refetch } = useOwnAppeals(typeof p.caseId === 'string' ? p.caseId : undefined);
  // Told to the person it concerns ("Ditt konto stängs av."), not named as the moderator's button is.
  const told = (type: string) =>
    typeof p.itemType === 'string'
      ? translate(`samverka.moderation.templates.action.${type}`, { item: translate(`samverka.moderation.item_definite.${p.itemType}`), _: type })
      : translate(`samverka.moderation.action_type.${type}`, { _: type });
  return (
    <Stack spacing={1}>
      {actionsOf(p).map((action) => (
        <Stack key={action.actionId} data-testid="statement-action" data-type={action.type}>
          <Typography variant="body2">
            <strong>{told(action.type)}</strong>
            {action.rule ? ` · ${translate('samverka.flow.notifications.rule', { rule: translate(`samverka.moderation.rule.${action.rule}`, { _: action.rule }) })}` : ''}
          </Typography>
          <Typography variant="body2">{action.statement}</Typography>
          {action.facts && (
            <Typography variant="body2" data-testid="statement-facts">
              {translate('samverka.flow.notifications.facts', { facts: action.facts })}
            </Typography>
          )}
          <AppealForm actionId={action.actionId} appealed={appealed.get(action.actionId)} onAppealed={refetch} />
        </Stack>
      ))}
      {typeof p.appealUntil === 'string' && (
        <Typography variant="caption" color="text.secondary">
          {translate('samverka.flow.notifications.appeal_until', { date: '' })}
          <LocalDateField record={{ id: notification.id, appealUntil: p.appealUntil }} source="appealUntil" variant="caption" />
        </Typography>
      )}
    </Stack>
  );
};
