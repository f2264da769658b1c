import { ChoiceChip } from '../../components/ChoiceChip';

export const GroundField = (_props: { label?: string; source?: string }) => (
  <ChoiceChip source="ground" prefix="samverka.intervention_ground" colors={{ reported_illegal_content: 'error', police_request: 'warning' }} />
);
