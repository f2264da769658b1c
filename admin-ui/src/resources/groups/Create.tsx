import { Create, ReferenceInput, SelectInput, SimpleForm, required, usePermissions } from 'react-admin';
import { Role, type GroupRecord, type MeRecord } from '@samverka/shared';
import { kindChoices } from './choices';
import { GroupTextInputs, toGroupText, type GroupTextForm } from './inputs';

type GroupCreateForm = GroupTextForm & { municipalityId: string; kind?: string };

/** A new group; its creator becomes the owner. Coordinators may create municipal groups. */
export const GroupCreate = () => {
  const { permissions } = usePermissions<MeRecord | null>();
  const coordinator = permissions?.roles.includes(Role.Coordinator) ?? false;
  return (
    <Create<GroupRecord>
      redirect="show"
      transform={(data) => {
        const form = data as unknown as GroupCreateForm;
        return { ...toGroupText(form), municipalityId: form.municipalityId, ...(coordinator && form.kind ? { kind: form.kind } : {}) };
      }}
    >
      <SimpleForm defaultValues={{ visibility: 'locked', kind: coordinator ? 'municipal' : undefined }}>
        <GroupTextInputs />
        <ReferenceInput source="municipalityId" reference="municipalities" sort={{ field: 'name', order: 'ASC' }}>
          <SelectInput validate={required()} />
        </ReferenceInput>
        {coordinator && <SelectInput source="kind" choices={kindChoices} helperText="samverka.groups.helper.kind" />}
      </SimpleForm>
    </Create>
  );
};
