/** A form value as text: inputs hold strings (a few hold numbers), and nothing once cleared. */
export const formText = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
