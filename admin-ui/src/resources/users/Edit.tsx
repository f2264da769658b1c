import { CheckboxGroupInput, Edit, SimpleForm, TextInput, required } from 'react-admin';
import type { UserRecord } from '@samverka/shared';
import { SaveOnlyToolbar } from '../../components/SaveOnlyToolbar';
import { roleChoices } from './choices';
import { HomeMunicipalityInput, MunicipalityIdsInput, orNull } from './inputs';

interface UserEditForm {
  displayName: string;
  roles: string[];
  municipalityIds?: string[];
  homeMunicipalityId?: string | null;
  reason: string;
}

/** Only what may change, plus the reason the backend writes to the audit log. */
const toUpdate = (data: UserEditForm) => ({
  displayName: data.displayName.trim(),
  roles: data.roles,
  municipalityIds: data.municipalityIds ?? [],
  homeMunicipalityId: orNull(data.homeMunicipalityId),
  reason: data.reason.trim(),
});

export const UserEdit = () => (
  <Edit<UserRecord> mutationMode="pessimistic" redirect="show" transform={(data) => toUpdate(data)}>
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="email" readOnly fullWidth />
      <TextInput source="displayName" validate={required()} fullWidth />
      <CheckboxGroupInput source="roles" choices={roleChoices} validate={required()} />
      <MunicipalityIdsInput />
      <HomeMunicipalityInput />
      <TextInput source="reason" validate={required()} multiline minRows={2} fullWidth helperText="samverka.users.helper.reason" defaultValue="" />
    </SimpleForm>
  </Edit>
);
