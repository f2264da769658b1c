import { SelectInput, TextInput, required } from 'react-admin';
import { visibilityChoices } from './choices';

/** The fields a group's owner and admins write, shared by the create and edit forms. */
export const GroupTextInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="description" multiline minRows={2} fullWidth helperText="samverka.groups.helper.description" />
    <TextInput source="purpose" multiline minRows={2} fullWidth helperText="samverka.groups.helper.purpose" />
    <TextInput source="rulesText" multiline minRows={3} fullWidth helperText="samverka.groups.helper.rulesText" />
    <SelectInput source="visibility" choices={visibilityChoices} validate={required()} helperText="samverka.groups.helper.visibility" />
  </>
);

export interface GroupTextForm {
  name: string;
  description?: string | null;
  purpose?: string | null;
  rulesText?: string | null;
  visibility: string;
}

/** Only what the API accepts, trimmed; cleared text fields are sent as empty strings. */
export const toGroupText = (data: GroupTextForm) => ({
  name: data.name.trim(),
  description: (data.description ?? '').trim(),
  purpose: (data.purpose ?? '').trim(),
  rulesText: (data.rulesText ?? '').trim(),
  visibility: data.visibility,
});
