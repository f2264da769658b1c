import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A date and time picked on the Stockholm wall clock (read with `fromStockholmInput`), labelled from `messages`.label / .help. */
export const StockholmTimeField = ({ name, messages, value, onChange }: { name: string; messages: string; value: string; onChange: (value: string) => void }) => {
  const translate = useTranslate();
  return (
    <TextField
      type="datetime-local"
      name={name}
      label={translate(`${messages}.label`)}
      helperText={translate(`${messages}.help`)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
};
