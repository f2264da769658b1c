import CheckIcon from '@mui/icons-material/Check';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturb';
import RateReviewIcon from '@mui/icons-material/RateReview';
import type { ReactElement } from 'react';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { AUTHORITY_ORDER_TRANSITIONS, type AuthorityOrderRecord, type AuthorityOrderState } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';
import { orderRefusal } from './order-errors';

type Step = Exclude<AuthorityOrderState, 'received'>;

/** Each move, its route and messages; refusing asks for the reason the authority will read. */
const STEPS: readonly { to: Step; action: string; messages: string; icon: ReactElement; color?: 'error' | 'warning'; reason?: boolean }[] = [
  { to: 'acknowledged', action: 'acknowledge', messages: 'samverka.orders.acknowledge', icon: <CheckIcon /> },
  { to: 'in_review', action: 'review', messages: 'samverka.orders.review', icon: <RateReviewIcon /> },
  { to: 'done', action: 'done', messages: 'samverka.orders.done', icon: <DoneAllIcon /> },
  { to: 'refused', action: 'refuse', messages: 'samverka.orders.refuse', icon: <DoNotDisturbIcon />, color: 'error', reason: true },
];

/** Whether the order can still move (the caller's rules decide which buttons each of them sees). */
export const canMoveOn = (order: Pick<AuthorityOrderRecord, 'state'>) => (AUTHORITY_ORDER_TRANSITIONS[order.state] ?? []).length > 0;

/**
 * The decisions the caller may take on the order from its state, each behind a dialog. A 409
 * (someone moved it first) is said in words and the page reloads to show the state it is in.
 */
export const DecideButtons = () => {
  const order = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const refresh = useRefresh();
  if (!order?.state) return null;
  const describeError = (error: unknown) => {
    refresh();
    return orderRefusal(error, translate);
  };
  return (
    <>
      {STEPS.filter((step) => AUTHORITY_ORDER_TRANSITIONS[order.state].includes(step.to)).map((step) => (
        <ActionButton
          key={step.action}
          resource="authority-orders"
          action={step.action}
          access="decide"
          accessRecord={{ issuingOrganisationId: order.issuingOrganisationId, type: order.type }}
          messages={step.messages}
          text={step.reason ? { name: 'reason', minLength: 3 } : undefined}
          color={step.color}
          icon={step.icon}
          testId={`order-${step.action}`}
          describeError={describeError}
        />
      ))}
    </>
  );
};
