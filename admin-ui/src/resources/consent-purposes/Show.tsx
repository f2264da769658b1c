import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BooleanField, Labeled, NumberField, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ConsentPurposeRecord } from '@samverka/shared';
import { dateLocaleOf } from '../../providers/i18n-provider';
import { LegalBasisField } from './List';
import { PublishVersionButton } from './PublishVersionButton';

/** Every version of the text in both languages, newest first (versions carry no id of their own). */
const Versions = () => {
  const record = useRecordContext<ConsentPurposeRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const field = (name: string) => translate(`resources.consent-purposes.fields.${name}`);
  const versions = [...record.versions].sort((a, b) => b.version - a.version);
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('samverka.privacy.purposes.versions')}
      </Typography>
      <Table size="small" data-testid="purpose-versions">
        <TableHead>
          <TableRow>
            <TableCell>{field('version')}</TableCell>
            <TableCell>{field('textSv')}</TableCell>
            <TableCell>{field('textEn')}</TableCell>
            <TableCell>{field('material')}</TableCell>
            <TableCell>{field('publishedAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {versions.map((version) => (
            <TableRow key={version.version} data-version={version.version} selected={version.version === record.currentVersion}>
              <TableCell>{version.version}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}>{version.textSv}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}>{version.textEn}</TableCell>
              <TableCell>{translate(version.material ? 'ra.boolean.true' : 'ra.boolean.false')}</TableCell>
              <TableCell>{new Date(version.publishedAt).toLocaleString(dateLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short' })}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** A purpose and every version of its text; a new text is published, never edited. */
export const ConsentPurposeShow = () => (
  <Show<ConsentPurposeRecord>
    actions={
      <TopToolbar>
        <PublishVersionButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="key" />
      <Labeled source="legalBasis">
        <LegalBasisField />
      </Labeled>
      <BooleanField source="optional" />
      <NumberField source="currentVersion" />
      <NumberField source="requiredVersion" />
      <Versions />
    </SimpleShowLayout>
  </Show>
);
