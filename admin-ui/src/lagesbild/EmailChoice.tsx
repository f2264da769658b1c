import { useState } from 'react';
import { FormControlLabel, Switch } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useAsyncHandler } from '../components/use-async-handler';
import { saveEmailChoice } from './lagesbild-api';

/** Whether the monthly report is e-mailed to the person (a link to this page, never the figures). */
export const EmailChoice = ({ initial }: { initial: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const [chosen, setChosen] = useState(initial);
  const change = async (next: boolean) => {
    const me = await saveEmailChoice(next);
    setChosen(me.lagesbildEmail);
    notify('samverka.lagesbild.email.saved', { type: 'success' });
  };
  return (
    <FormControlLabel
      control={<Switch checked={chosen} onChange={asHandler((_event: unknown, checked: boolean) => change(checked))} slotProps={{ input: { 'data-testid': 'lagesbild-email' } as object }} />}
      label={translate('samverka.lagesbild.email.label')}
    />
  );
};
