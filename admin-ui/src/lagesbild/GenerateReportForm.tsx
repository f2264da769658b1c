import { useState } from 'react';
import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Button, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { type LagesbildRecord, LANGUAGES, type Language, MAX_INSIGHTS_PERIOD_DAYS, swedishDay } from '@samverka/shared';
import { useAsyncHandler } from '../components/use-async-handler';
import { PeriodDates } from '../insights/PeriodDates';
import { generateReport } from './lagesbild-api';

/** The whole month before the one `today` falls in: the period a person most often wants. */
function lastMonth(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 2, 1));
  const last = new Date(Date.UTC(year, month - 1, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** A report for any bounded period, made at once; the list shows it when it is done. */
export const GenerateReportForm = ({ municipalities, onMade }: { municipalities: { id: string; name: string }[]; onMade: (report: LagesbildRecord) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const [locale] = useLocaleState();
  const [municipalityId, setMunicipalityId] = useState(municipalities[0]?.id ?? '');
  const [period, setPeriod] = useState(() => lastMonth(swedishDay(new Date())));
  const [language, setLanguage] = useState<Language>(LANGUAGES.includes(locale as Language) ? (locale as Language) : 'sv');
  const [busy, setBusy] = useState(false);
  const t = (key: string, args?: Record<string, unknown>) => translate(`samverka.lagesbild.generate.${key}`, args);
  const submit = async () => {
    setBusy(true);
    try {
      onMade(await generateReport({ municipalityId, ...period, language }));
      notify('samverka.lagesbild.generate.made', { type: 'success' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={2} data-testid="lagesbild-generate">
      <Typography variant="body2" color="text.secondary">
        {t('help', { days: MAX_INSIGHTS_PERIOD_DAYS })}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap', '& .MuiFormControl-root': { my: 0 } }}>
        <TextField
          select
          size="small"
          fullWidth={false}
          sx={{ minWidth: 200 }}
          label={t('municipality')}
          value={municipalityId}
          onChange={(event) => setMunicipalityId(event.target.value)}
          data-testid="lagesbild-municipality"
        >
          {municipalities.map((municipality) => (
            <MenuItem key={municipality.id} value={municipality.id}>
              {municipality.name}
            </MenuItem>
          ))}
        </TextField>
        <PeriodDates period={period} onChange={setPeriod} testIdPrefix="lagesbild" />
        <TextField select size="small" fullWidth={false} sx={{ minWidth: 160 }} label={t('language')} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          {LANGUAGES.map((option) => (
            <MenuItem key={option} value={option}>
              {translate(`samverka.lagesbild.language.${option}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button label="samverka.lagesbild.generate.submit" variant="contained" onClick={asHandler(submit)} disabled={busy || !municipalityId} data-testid="lagesbild-submit" />
      </Stack>
    </Stack>
  );
};
