import { ArrayInput, regex, required, SimpleFormIterator, TextInput } from 'react-admin';
import { MUNICIPALITY_CODE_PATTERN } from '@samverka/shared';
import { formText } from '../../components/form-text';

const validateCode = [required(), regex(MUNICIPALITY_CODE_PATTERN, 'samverka.validation.municipality_code')];

/** The kommunkod identifies a municipality: it is set once and shown read-only afterwards. */
export const MunicipalityInputs = ({ editing = false }: { editing?: boolean }) => (
  <>
    <TextInput source="code" validate={editing ? undefined : validateCode} disabled={editing} slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }} />
    <TextInput source="name" validate={required()} fullWidth />
    <ArrayInput source="areas">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="name" validate={required()} helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);

const areaNames = (areas: unknown): string[] => (Array.isArray(areas) ? areas.map((area: { name?: unknown }) => formText(area?.name).trim()).filter(Boolean) : []);

export const toCreatePayload = (data: Record<string, unknown>) => ({
  code: formText(data.code).trim(),
  name: formText(data.name).trim(),
  areas: areaNames(data.areas),
});

export const toUpdatePayload = (data: Record<string, unknown>) => ({
  name: formText(data.name).trim(),
  areas: areaNames(data.areas),
});
