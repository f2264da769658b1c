import { Edit, SimpleForm } from 'react-admin';
import { MunicipalityInputs, toMunicipalityPayload } from './inputs';

export const MunicipalityEdit = () => (
  <Edit mutationMode="pessimistic" transform={toMunicipalityPayload} redirect="show">
    <SimpleForm>
      <MunicipalityInputs />
    </SimpleForm>
  </Edit>
);
