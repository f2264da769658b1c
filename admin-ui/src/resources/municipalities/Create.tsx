import { Create, SimpleForm } from 'react-admin';
import { MunicipalityInputs, toMunicipalityPayload } from './inputs';

export const MunicipalityCreate = () => (
  <Create transform={toMunicipalityPayload} redirect="show">
    <SimpleForm>
      <MunicipalityInputs />
    </SimpleForm>
  </Create>
);
