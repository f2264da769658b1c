import { regex, required, TextInput } from 'react-admin';
import { MUNICIPALITY_CODE_PATTERN } from '@samverka/shared';

const validateCode = [required(), regex(MUNICIPALITY_CODE_PATTERN, 'samverka.validation.municipality_code')];

/** The fields a platform owner sets on a municipality: its kommunkod and name. */
export const MunicipalityInputs = () => (
  <>
    <TextInput source="code" validate={validateCode} slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }} />
    <TextInput source="name" validate={required()} fullWidth />
  </>
);

export const toMunicipalityPayload = (data: Record<string, unknown>) => ({
  code: String(data.code ?? '').trim(),
  name: String(data.name ?? '').trim(),
});
