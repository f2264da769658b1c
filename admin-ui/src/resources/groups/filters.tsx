import { NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { kindChoices, roleChoices, statusChoices, visibilityChoices } from './choices';

/** Staff filters; people who only run their own groups get the search alone. */
export const groupFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="municipalityId" source="municipalityId" reference="municipalities" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
  <SelectInput key="visibility" source="visibility" choices={visibilityChoices} />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <NullableBooleanInput key="orphaned" source="orphaned" />,
  <SelectInput key="myRole" source="myRole" choices={roleChoices} />,
];

export const ownGroupFilters = [<SearchInput key="q" source="q" alwaysOn />];
