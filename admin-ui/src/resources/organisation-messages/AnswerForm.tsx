import { useId, useState, type FormEvent } from 'react';
import SendIcon from '@mui/icons-material/Send';
import { Box, Button, TextField } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { OrganisationMessageRecord } from '@samverka/shared';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { tipRefusal } from './tip-errors';

/** As the API bounds it (the tip's own length). */
const MAX_LENGTH = 4000;

/** The organisation's one answer to a tip; the sender is notified and reads it as from the organisation. */
export const AnswerForm = ({ tip, onAnswered }: { tip: OrganisationMessageRecord; onAnswered: (sent: boolean) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  // With an id, MUI ties the label and the helper text to the field for screen readers.
  const fieldId = useId();
  const blank = text.trim().length === 0;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (blank || sending) return;
    setSending(true);
    try {
      await dataProvider.act('organisation-messages', tip.id, 'answer', { text });
      notify('samverka.tips.answer.done', { type: 'success' });
      setText('');
      onAnswered(true);
    } catch (error) {
      notify(tipRefusal(error, translate), { type: 'error' });
      // A colleague may have answered or closed it meanwhile: show the tip as it is now.
      onAnswered(false);
    } finally {
      setSending(false);
    }
  };

  return (
    <Box component="form" onSubmit={(event: FormEvent) => void send(event)} data-testid="tip-answer-form" noValidate>
      <TextField
        id={fieldId}
        label={translate('samverka.tips.answer.label')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={3}
        fullWidth
        required
        slotProps={{ htmlInput: { maxLength: MAX_LENGTH, 'data-testid': 'tip-answer-text' } }}
        helperText={`${translate('samverka.tips.answer.helper', { organisation: tip.organisationName })} ${translate('samverka.tips.answer.counter', { count: text.length, max: MAX_LENGTH })}`}
      />
      <Button type="submit" variant="contained" startIcon={<SendIcon />} disabled={blank || sending} sx={{ mt: 1 }} data-testid="tip-answer-send">
        {translate('samverka.tips.answer.send')}
      </Button>
    </Box>
  );
};
