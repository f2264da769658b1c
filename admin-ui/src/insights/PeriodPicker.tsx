import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MAX_INSIGHTS_PERIOD_DAYS } from '@samverka/shared';
import { lastDays, type Period } from './insights-api';
import { PeriodDates } from './PeriodDates';

export const PRESET_DAYS = [7, 30, 90] as const;

export interface PeriodPickerProps {
  period: Period;
  onChange: (period: Period) => void;
  /** The municipalities one may narrow to; none or one: no choice is offered. */
  municipalities: { id: string; name: string }[];
}

/** One period for the whole page: a few presets, or any from–to days; and optionally one municipality. */
export const PeriodPicker = ({ period, onChange, municipalities }: PeriodPickerProps) => {
  const translate = useTranslate();
  const preset = PRESET_DAYS.find((days) => {
    const candidate = lastDays(days);
    return candidate.from === period.from && candidate.to === period.to;
  });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', '& .MuiFormControl-root': { my: 0 } }} data-testid="period-picker">
      <ToggleButtonGroup
        size="small"
        exclusive
        value={preset ?? null}
        onChange={(_event, days: number | null) => days && onChange({ ...period, ...lastDays(days) })}
        aria-label={translate('samverka.insights.period')}
      >
        {PRESET_DAYS.map((days) => (
          <ToggleButton key={days} value={days} data-testid={`period-${days}`}>
            {translate('samverka.insights.last_days', { days })}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <PeriodDates period={period} onChange={onChange} testIdPrefix="period" helperText={translate('samverka.insights.period_limit', { days: MAX_INSIGHTS_PERIOD_DAYS })} />
      {municipalities.length > 1 && (
        <TextField
          select
          size="small"
          fullWidth={false}
          sx={{ minWidth: 200 }}
          label={translate('samverka.insights.municipality')}
          value={period.municipalityId ?? ''}
          onChange={(event) => onChange({ ...period, municipalityId: event.target.value || undefined })}
        >
          <MenuItem value="">{translate('samverka.insights.all_municipalities')}</MenuItem>
          {municipalities.map((municipality) => (
            <MenuItem key={municipality.id} value={municipality.id}>
              {municipality.name}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Stack>
  );
};
