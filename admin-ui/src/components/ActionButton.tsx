import { useState, type MouseEvent, type ReactElement, type ReactNode } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type Identifier, type RaRecord } from 'react-admin';
import type { SamverkaDataProvider } from '../providers/data-provider';
import { ActionDialog } from './ActionDialog';
import { useAsyncHandler } from './use-async-handler';

export interface ActionButtonProps {
  /** The API resource and action: `POST /api/<resource>/:id/<action>`. */
  resource: string;
  action: string;
  /** The id to act on; the record in context by default. */
  id?: Identifier;
  /** The rule action asked of canAccess (with `accessRecord`, the record in context by default). */
  access: string;
  accessRecord?: Record<string, unknown>;
  /** i18n prefix holding `button`, `title`, `content`, `confirm` and `done`. */
  messages: string;
  /** Interpolated into the messages as %{name}. */
  name?: string;
  /** Ask for a text: `reason` (optional unless minLength > 0) or `outcome`. */
  text?: { name: 'reason' | 'outcome'; minLength: number };
  /** More body fields sent with the text. */
  body?: Record<string, unknown>;
  color?: 'error' | 'primary' | 'warning';
  icon?: ReactElement;
  testId: string;
  /** Extra content under the explanation. */
  children?: ReactNode;
  /** Whether the extra content is complete (a required choice made): the dialog sends nothing until it is. */
  ready?: boolean;
  /** Enter in the text submits (Shift+Enter makes a new line). */
  enterSubmits?: boolean;
  /** How to word the API's refusal; its message by default. */
  describeError?: (error: unknown) => string;
  onDone?: () => void;
}

/**
 * A domain action on a record behind a dialog that explains its consequences. Shown only when the
 * rules allow it; the backend decides in the end, and its refusal is shown as a notification.
 */
export const ActionButton = ({
  resource,
  action,
  id,
  access,
  accessRecord,
  messages,
  name = '',
  text,
  body,
  color = 'primary',
  icon,
  testId,
  children,
  ready,
  enterSubmits,
  describeError,
  onDone,
}: ActionButtonProps) => {
  const record = useRecordContext<RaRecord>();
  const { canAccess } = useCanAccess({ action: access, resource, record: accessRecord ?? record });
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const targetId = id ?? record?.id;
  if (targetId === undefined || !canAccess) return null;

  const confirm = async (value: string) => {
    setLoading(true);
    try {
      const payload = { ...body, ...(text && value ? { [text.name]: value } : {}) };
      await dataProvider.act(resource, targetId, action, payload);
      notify(`${messages}.done`, { type: 'success', messageArgs: { name } });
      setOpen(false);
      refresh();
      onDone?.();
    } catch (error) {
      notify(describeError?.(error) ?? ((error as Error).message || 'ra.notification.http_error'), { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  // The button may sit in a clickable row; keep its clicks (and the dialog's, which bubble
  // through the React tree despite the portal) from opening the record.
  const stop = (event: MouseEvent) => event.stopPropagation();
  return (
    <span onClick={stop}>
      <Button label={`${messages}.button`} onClick={() => setOpen(true)} color={color} data-testid={`${testId}-button`}>
        {icon}
      </Button>
      <ActionDialog
        open={open}
        title={translate(`${messages}.title`, { name })}
        content={
          <>
            {translate(`${messages}.content`, { name })}
            {children}
          </>
        }
        confirmLabel={`${messages}.confirm`}
        text={
          text && {
            name: text.name,
            minLength: text.minLength,
            label: translate(`samverka.actions.${text.name}`),
            helperText: translate(text.minLength > 0 ? `samverka.actions.${text.name}_required` : `samverka.actions.${text.name}_optional`),
          }
        }
        loading={loading}
        ready={ready}
        enterSubmits={enterSubmits}
        testId={testId}
        color={color}
        onConfirm={asHandler(confirm)}
        onClose={() => setOpen(false)}
      />
    </span>
  );
};
