import { Create, SimpleForm } from 'react-admin';
import { MunicipalityInputs, toCreatePayload } from './inputs';

export const MunicipalityCreate = () => (
  <Create transform={toCreatePayload} redirect="show">
    <SimpleForm>
      <MunicipalityInputs />
    </SimpleForm>
  </Create>
);
