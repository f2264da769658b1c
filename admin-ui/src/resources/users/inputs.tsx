import { AutocompleteArrayInput, ReferenceArrayInput, ReferenceInput, SelectInput } from 'react-admin';

/** Municipality pickers shared by the invite and edit forms. */
export const MunicipalityIdsInput = () => (
  <ReferenceArrayInput source="municipalityIds" reference="municipalities" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteArrayInput helperText="samverka.users.helper.municipalityIds" fullWidth />
  </ReferenceArrayInput>
);

export const HomeMunicipalityInput = () => (
  <ReferenceInput source="homeMunicipalityId" reference="municipalities" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput helperText="samverka.users.helper.homeMunicipalityId" emptyText="-" />
  </ReferenceInput>
);

/** An empty select means "no home municipality", which the API spells `null`. */
export const orNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
