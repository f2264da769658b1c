import { Typography } from '@mui/material';
import { AutocompleteInput, Create, DateTimeInput, FormDataConsumer, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { HELD_ITEM_TYPES } from '@samverka/shared';
import { SaveOnlyToolbar } from '../../components/SaveOnlyToolbar';
import { formText } from '../../components/form-text';

const atLeast = (min: number) => (value: unknown) => (typeof value === 'string' && value.trim().length < min ? { message: 'samverka.actions.text_too_short', args: { min } } : undefined);
const inFuture = (value: unknown) => (value && new Date(formText(value)).getTime() <= Date.now() ? 'samverka.privacy.holds.ends_help' : undefined);

/** Only the fields the API accepts; an item only with its type. */
const transform = (data: Record<string, unknown>) => ({
  subjectId: data.subjectId,
  ...(data.itemType && data.itemId ? { itemType: data.itemType, itemId: formText(data.itemId).trim() } : {}),
  reason: formText(data.reason).trim(),
  reference: formText(data.reference).trim(),
  endsAt: new Date(String(data.endsAt)).toISOString(),
});

/** Places a hold on a person's content, or one item, with the reason, reference and end date. */
export const LegalHoldCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="list" transform={transform}>
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 640 }}>
          {translate('samverka.privacy.holds.intro')}
        </Typography>
        <ReferenceInput source="subjectId" reference="users" sort={{ field: 'displayName', order: 'ASC' }}>
          <AutocompleteInput optionText="displayName" filterToQuery={(q) => ({ q })} validate={required()} helperText="samverka.privacy.requests.subject_help" />
        </ReferenceInput>
        <SelectInput source="itemType" emptyText="samverka.privacy.holds.all_content" choices={HELD_ITEM_TYPES.map((type) => ({ id: type, name: `samverka.privacy.holds.item_type.${type}` }))} />
        <FormDataConsumer>{({ formData }) => (formData.itemType ? <TextInput source="itemId" validate={required()} /> : null)}</FormDataConsumer>
        <TextInput source="reason" multiline fullWidth validate={[required(), atLeast(3)]} helperText="samverka.privacy.holds.reason_help" />
        <TextInput source="reference" validate={required()} />
        <DateTimeInput source="endsAt" validate={[required(), inFuture]} helperText="samverka.privacy.holds.ends_help" />
      </SimpleForm>
    </Create>
  );
};
