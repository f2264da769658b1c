import { NullableBooleanInput } from 'react-admin';

export const interventionFilters = [<NullableBooleanInput key="open" source="open" alwaysOn />];
