import { Typography } from '@mui/material';
import { Create, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { SaveOnlyToolbar } from '../../components/SaveOnlyToolbar';
import { formText } from '../../components/form-text';

const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

const domainName = (value: unknown) => (typeof value === 'string' && !DOMAIN.test(value.trim().toLowerCase()) ? 'samverka.allowed_domains.invalid' : undefined);
const reasonLength = (value: unknown) => (typeof value === 'string' && value.trim().length < 3 ? 'samverka.allowed_domains.reason_short' : undefined);

/** Only the fields the API accepts, trimmed. */
const transform = (data: Record<string, unknown>) => ({
  domain: formText(data.domain).trim().toLowerCase(),
  organisationType: data.organisationType,
  ...(typeof data.note === 'string' && data.note.trim() ? { note: data.note.trim() } : {}),
  reason: formText(data.reason).trim(),
});

/** Adds a domain to the allow-list: applicants of that type may then prove an address there. */
export const AllowedDomainCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="list" transform={transform}>
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 640 }}>
          {translate('samverka.allowed_domains.intro')}
        </Typography>
        <TextInput source="domain" validate={[required(), domainName]} helperText="samverka.allowed_domains.domain_help" />
        <SelectInput
          source="organisationType"
          validate={required()}
          choices={[
            { id: 'police', name: 'samverka.verification.type.police' },
            { id: 'municipality', name: 'samverka.verification.type.municipality' },
          ]}
        />
        <TextInput source="note" multiline fullWidth />
        <TextInput source="reason" multiline fullWidth validate={[required(), reasonLength]} helperText="samverka.allowed_domains.reason_help" />
      </SimpleForm>
    </Create>
  );
};
