import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useLocaleState, useTranslate } from 'react-admin';
import { type LagesbildRecord, type Language, readableDateTime } from '@samverka/shared';
import { useAsyncHandler } from '../components/use-async-handler';
import { downloadReport, periodLabel } from './lagesbild-api';

/** One row per report, newest period first, each with its PDF and CSV to download. */
export const ReportsTable = ({ reports }: { reports: LagesbildRecord[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const asHandler = useAsyncHandler();
  const t = (key: string, args?: Record<string, unknown>) => translate(`samverka.lagesbild.${key}`, args);
  if (reports.length === 0) {
    return (
      <Typography variant="body2" data-testid="lagesbild-empty">
        {t('list.empty')}
      </Typography>
    );
  }
  return (
    <Table size="small" data-testid="lagesbild-reports">
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0 }}>
        <Typography variant="body2" color="text.secondary" component="span">
          {t('list.caption')}
        </Typography>
      </caption>
      <TableHead>
        <TableRow>
          <TableCell>{t('list.municipality')}</TableCell>
          <TableCell>{t('list.period')}</TableCell>
          <TableCell>{t('list.language')}</TableCell>
          <TableCell>{t('list.kind')}</TableCell>
          <TableCell>{t('list.generated')}</TableCell>
          <TableCell>{t('list.download')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {reports.map((report) => {
          const period = periodLabel(report.from, report.to, locale);
          const language = t(`language.${report.language}`);
          const named = { municipality: report.municipalityName, period, language };
          return (
            <TableRow key={report.id} data-testid="lagesbild-report" data-period={`${report.from}/${report.to}`} data-language={report.language}>
              <TableCell>{report.municipalityName}</TableCell>
              <TableCell>{period}</TableCell>
              <TableCell>{language}</TableCell>
              <TableCell>{t(`kind.${report.kind}`)}</TableCell>
              <TableCell>{readableDateTime(new Date(report.generatedAt), locale as Language)}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={1}>
                  <Button label="samverka.lagesbild.list.pdf" aria-label={t('list.download_pdf', named)} onClick={asHandler(() => downloadReport(report, 'pdf'))} data-testid="lagesbild-pdf">
                    <DownloadIcon />
                  </Button>
                  <Button label="samverka.lagesbild.list.csv" aria-label={t('list.download_csv', named)} onClick={asHandler(() => downloadReport(report, 'csv'))} data-testid="lagesbild-csv">
                    <DownloadIcon />
                  </Button>
                </Stack>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
