import { useState, type ReactElement } from 'react';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { PrivacyRequestRecord } from '@samverka/shared';
import { ActionDialog } from '../../components/ActionDialog';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { useAsyncHandler } from '../../components/use-async-handler';

interface ChoiceActionProps {
  action: 'extend' | 'close';
  testId: string;
  /** The text field the API takes, and its minimum length. */
  text: { name: 'reason' | 'note'; minLength: number };
  /** The choice sent with the text: months for extend, outcome for close. */
  choice: { name: 'months' | 'status'; options: { value: string | number; label: string }[]; initial: string | number };
  color: 'primary' | 'warning';
  icon: ReactElement;
}

/**
 * A request action that needs a choice besides its text (how many months; completed or
 * rejected), behind a dialog that says what follows. Shown when the rules allow updating requests.
 */
const ChoiceAction = ({ action, testId, text, choice, color, icon }: ChoiceActionProps) => {
  const record = useRecordContext<PrivacyRequestRecord>();
  const { canAccess } = useCanAccess({ action: 'update', resource: 'privacy-requests', record });
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [value, setValue] = useState<string | number>(choice.initial);
  if (!record || !canAccess) return null;
  const messages = `samverka.privacy.${action}`;

  const confirm = async (textValue: string) => {
    setLoading(true);
    try {
      await dataProvider.act('privacy-requests', record.id, action, { [choice.name]: value, [text.name]: textValue });
      notify(`${messages}.done`, { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <span onClick={(event) => event.stopPropagation()}>
      <Button label={`${messages}.button`} onClick={() => setOpen(true)} color={color} data-testid={`${testId}-button`}>
        {icon}
      </Button>
      <ActionDialog
        open={open}
        title={translate(`${messages}.title`)}
        content={translate(`${messages}.content`)}
        confirmLabel={`${messages}.confirm`}
        text={{ name: text.name, minLength: text.minLength, label: translate(`${messages}.${text.name}`), helperText: translate(`${messages}.${text.name}_help`) }}
        loading={loading}
        testId={testId}
        color={color}
        onConfirm={asHandler(confirm)}
        onClose={() => setOpen(false)}
      >
        <FormControl sx={{ mt: 2 }}>
          <FormLabel>{translate(`${messages}.${choice.name === 'months' ? 'months' : 'status'}`)}</FormLabel>
          <RadioGroup row name={choice.name} value={String(value)} onChange={(event) => setValue(choice.name === 'months' ? Number(event.target.value) : event.target.value)}>
            {choice.options.map((option) => (
              <FormControlLabel key={option.value} value={String(option.value)} control={<Radio />} label={option.label} data-testid={`${testId}-${choice.name}-${option.value}`} />
            ))}
          </RadioGroup>
        </FormControl>
      </ActionDialog>
    </span>
  );
};

/**
 * Extend (once, while the first month runs) and close an open request. The API refuses an
 * extension outside those limits and says why; the button is hidden once one was granted.
 */
export const RequestActions = () => {
  const record = useRecordContext<PrivacyRequestRecord>();
  const translate = useTranslate();
  if (!record || record.closedAt) return null;
  return (
    <>
      {!record.extendedDueAt && (
        <ChoiceAction
          action="extend"
          testId="extend-request"
          text={{ name: 'reason', minLength: 10 }}
          choice={{ name: 'months', initial: 1, options: [1, 2].map((months) => ({ value: months, label: translate(`samverka.privacy.extend.months_${months}`) })) }}
          color="warning"
          icon={<EventRepeatIcon />}
        />
      )}
      <ChoiceAction
        action="close"
        testId="close-request"
        text={{ name: 'note', minLength: 3 }}
        choice={{ name: 'status', initial: 'completed', options: ['completed', 'rejected'].map((status) => ({ value: status, label: translate(`samverka.privacy.close.${status}`) })) }}
        color="primary"
        icon={<TaskAltIcon />}
      />
    </>
  );
};
