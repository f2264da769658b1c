import { ChoiceChip } from '../../components/ChoiceChip';

type FieldProps = { label?: string; source?: string };

/** Green: information; yellow: keep an eye out; red: urgent. */
export const PriorityField = (_props: FieldProps) => <ChoiceChip source="priority" prefix="samverka.priority" colors={{ green: 'success', yellow: 'warning', red: 'error' }} variant="filled" />;

export const ContentStatusField = (_props: FieldProps) => <ChoiceChip source="status" prefix="samverka.content_status" colors={{ visible: 'success', hidden: 'warning', removed: 'error' }} />;
