import { useState } from 'react';
import { CheckboxGroupInput, Create, SimpleForm, TextInput, email, required, useRedirect } from 'react-admin';
import type { UserRecord } from '@samverka/shared';
import { staffRoleChoices } from './choices';
import { HomeMunicipalityInput, MunicipalityIdsInput, orNull } from './inputs';
import { InvitationDialog, type Invitation } from './InvitationDialog';

interface InviteForm {
  email: string;
  displayName: string;
  roles: string[];
  municipalityIds?: string[];
  homeMunicipalityId?: string | null;
}

const toInvite = (data: InviteForm) => ({
  email: data.email.trim(),
  displayName: data.displayName.trim(),
  roles: data.roles,
  municipalityIds: data.municipalityIds ?? [],
  homeMunicipalityId: orNull(data.homeMunicipalityId),
});

/** "Invite staff member": creates the account; the invitation link is e-mailed to the person. */
export const UserCreate = () => {
  const redirect = useRedirect();
  const [invitation, setInvitation] = useState<(Invitation & { id: string }) | null>(null);
  const close = () => {
    if (invitation) redirect('show', 'users', invitation.id);
    setInvitation(null);
  };
  return (
    <>
      <Create<UserRecord>
        title="samverka.users.invite_title"
        transform={(data) => toInvite(data)}
        mutationOptions={{
          onSuccess: (created) => setInvitation({ id: created.id, email: created.email }),
        }}
      >
        <SimpleForm defaultValues={{ roles: [], municipalityIds: [] }}>
          <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
          <TextInput source="displayName" validate={required()} fullWidth />
          <CheckboxGroupInput source="roles" choices={staffRoleChoices} validate={required()} helperText="samverka.users.helper.roles" />
          <MunicipalityIdsInput />
          <HomeMunicipalityInput />
        </SimpleForm>
      </Create>
      <InvitationDialog invitation={invitation} onClose={close} />
    </>
  );
};
