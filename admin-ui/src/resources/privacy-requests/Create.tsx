import { Typography } from '@mui/material';
import { AutocompleteInput, Create, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { REQUEST_TYPES } from '@samverka/shared';
import { SaveOnlyToolbar } from '../../components/SaveOnlyToolbar';
import { formText } from '../../components/form-text';

const atLeast = (min: number) => (value: unknown) => (typeof value === 'string' && value.trim().length < min ? { message: 'samverka.actions.text_too_short', args: { min } } : undefined);

/** Only the fields the API accepts, trimmed. */
const transform = (data: Record<string, unknown>) => ({
  subjectId: data.subjectId,
  type: data.type,
  identityCheck: formText(data.identityCheck).trim(),
  ...(typeof data.details === 'string' && data.details.trim() ? { details: data.details.trim() } : {}),
});

/** A request that came by letter or in person, filed for the person after checking who they are. */
export const PrivacyRequestCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show" transform={transform}>
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 640 }}>
          {translate('samverka.privacy.requests.file_intro')}
        </Typography>
        <ReferenceInput source="subjectId" reference="users" sort={{ field: 'displayName', order: 'ASC' }}>
          <AutocompleteInput optionText="displayName" filterToQuery={(q) => ({ q })} validate={required()} helperText="samverka.privacy.requests.subject_help" />
        </ReferenceInput>
        <SelectInput source="type" validate={required()} choices={REQUEST_TYPES.map((type) => ({ id: type, name: `samverka.privacy.request_type.${type}` }))} />
        <TextInput source="identityCheck" multiline fullWidth validate={[required(), atLeast(10)]} helperText="samverka.privacy.requests.identity_help" />
        <TextInput source="details" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
};
