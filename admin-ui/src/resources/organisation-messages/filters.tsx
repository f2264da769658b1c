import { BooleanInput, SelectInput } from 'react-admin';
import { TIP_STATES } from '@samverka/shared';

const stateChoices = TIP_STATES.map((state) => ({ id: state, name: `samverka.tips.state.${state}` }));

/** Switched off, the unread filter shows every tip rather than only the read ones. */
const onlyWhenChecked = (checked: boolean) => (checked ? true : undefined);

/** The inbox opens on the open tips (the list's default); closed ones are a choice away. */
export const tipFilters = [<SelectInput key="state" source="state" choices={stateChoices} alwaysOn />, <BooleanInput key="unread" source="unread" parse={onlyWhenChecked} alwaysOn />];
