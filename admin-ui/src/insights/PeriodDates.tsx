import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { keepPeriodAllowed, periodInputBounds } from '@samverka/shared';

/**
 * The from and to days of a period as date inputs, kept to what the API accepts: picking one end
 * moves the other when the period would grow too long (the dashboards, the lägesbild order form).
 */
export const PeriodDates = <P extends { from: string; to: string }>({
  period,
  onChange,
  testIdPrefix,
  helperText,
}: {
  period: P;
  onChange: (period: P) => void;
  testIdPrefix: string;
  helperText?: string;
}) => {
  const translate = useTranslate();
  const bounds = periodInputBounds(period);
  return (
    <>
      {(['from', 'to'] as const).map((end) => (
        <TextField
          key={end}
          type="date"
          size="small"
          fullWidth={false}
          sx={{ width: 170 }}
          label={translate(`samverka.insights.${end}`)}
          value={period[end]}
          helperText={end === 'from' ? helperText : undefined}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { ...bounds[end], 'data-testid': `${testIdPrefix}-${end}` } }}
          onChange={(event) => event.target.value && onChange(keepPeriodAllowed(period, end, event.target.value))}
        />
      ))}
    </>
  );
};
