import { Edit, SimpleForm } from 'react-admin';
import { SaveOnlyToolbar } from '../../components/SaveOnlyToolbar';
import { MunicipalityInputs, toUpdatePayload } from './inputs';

export const MunicipalityEdit = () => (
  <Edit mutationMode="pessimistic" transform={toUpdatePayload} redirect="show">
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <MunicipalityInputs editing />
    </SimpleForm>
  </Edit>
);
