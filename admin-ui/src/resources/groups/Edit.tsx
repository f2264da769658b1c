import { Edit, SimpleForm } from 'react-admin';
import type { GroupRecord } from '@samverka/shared';
import { SaveOnlyToolbar } from '../../components/SaveOnlyToolbar';
import { GroupTextInputs, toGroupText } from './inputs';

/** Name, texts and visibility, for the group's owner and admins (and the platform owner). */
export const GroupEdit = () => (
  <Edit<GroupRecord> mutationMode="pessimistic" redirect="show" transform={(data) => toGroupText(data)}>
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <GroupTextInputs />
    </SimpleForm>
  </Edit>
);
