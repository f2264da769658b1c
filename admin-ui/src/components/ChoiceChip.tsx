import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export interface ChoiceChipProps {
  source: string;
  /** i18n prefix: the chip reads `${prefix}.${value}`. */
  prefix: string;
  colors?: Record<string, ChipProps['color']>;
  label?: string;
  variant?: ChipProps['variant'];
}

/** An enum value of the record in context as a translated, optionally coloured chip. */
export const ChoiceChip = ({ source, prefix, colors = {}, variant = 'outlined' }: ChoiceChipProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (value === undefined || value === null || value === '') return null;
  return <Chip label={translate(`${prefix}.${String(value)}`, { _: String(value) })} color={colors[String(value)] ?? 'default'} size="small" variant={variant} data-value={String(value)} />;
};
