import { BooleanField, EditButton, EmailField, ReferenceArrayField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import type { UserRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { ReactivateButton } from './ReactivateButton';
import { RolesField } from './RolesField';
import { StatusField } from './StatusField';
import { SuspendButton } from './SuspendButton';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <SuspendButton />
    <ReactivateButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show<UserRecord> actions={<ShowActions />}>
    <SimpleShowLayout>
      <EmailField source="email" />
      <TextField source="displayName" />
      <RolesField source="roles" />
      <StatusField source="status" />
      <ReferenceField source="homeMunicipalityId" reference="municipalities" link="show" emptyText="-" />
      <ReferenceArrayField source="municipalityIds" reference="municipalities" />
      <BooleanField source="invitationPending" />
      <LocalDateField source="lastSignInAt" emptyText="-" />
      <LocalDateField source="createdAt" />
      <LocalDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
