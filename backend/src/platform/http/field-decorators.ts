import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, MinLength } from 'class-validator';

/** The validation and OpenAPI of fields that recur across DTOs, declared once. */

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const optional = (required: boolean) => (required ? [] : [IsOptional()]);
const doc = (required: boolean, options: Parameters<typeof ApiProperty>[0]) => (required ? ApiProperty(options) : ApiPropertyOptional(options));

export const EmailField = (required = true) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    ...optional(required),
    IsEmail({}, { message: '$property must be an e-mail address' }),
    MaxLength(254),
    doc(required, { format: 'email', example: 'anna@example.se' }),
  );

export const PASSWORD_MIN_LENGTH = 12;
/**
 * The length bounds of a new password. How easy it is to guess depends on whose it is (their
 * address and name), so that is judged where the account is known: access/password-strength.
 */
export const PasswordField = () =>
  applyDecorators(
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH, { message: `$property must be at least ${PASSWORD_MIN_LENGTH} characters` }),
    MaxLength(256),
    ApiProperty({
      format: 'password',
      minLength: PASSWORD_MIN_LENGTH,
      description: "Refused (400 password_too_weak) when zxcvbn scores it below 3 of 4, counting the account's e-mail and name as easy guesses",
    }),
  );

export const TextField = (options: { min?: number; max: number; required?: boolean; description?: string; example?: string }) => {
  const required = options.required ?? true;
  const message = `$property must be text of ${options.min ?? 1} to ${options.max} characters`;
  return applyDecorators(
    trimmed(),
    ...optional(required),
    IsString({ message }),
    Length(options.min ?? 1, options.max, { message }),
    doc(required, { minLength: options.min ?? 1, maxLength: options.max, description: options.description, example: options.example }),
  );
};

/**
 * Control, format (zero-width, bidi overrides and isolates) and other invisible characters: with
 * them "Pia\u200B Polis" looks exactly like the verified officer "Pia Polis".
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;
const VISIBLE_ONLY = new RegExp(`^[^${INVISIBLE.source.slice(1, -1)}]*$`, 'u');

/**
 * A name other people see (a person's display name, a group's or an organisation's name):
 * NFKC-normalised, so look-alike compatibility forms become one spelling, and free of invisible characters.
 */
export const NameField = (options: { min?: number; max: number; required?: boolean; example?: string }) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFKC') : value)),
    TextField(options),
    Matches(VISIBLE_ONLY, { message: '$property must not contain control, zero-width or text-direction characters' }),
  );

/** Why a staff member made a change: required on every staff action, and kept in the audit log. */
export const ReasonField = () => TextField({ min: 3, max: 1000, description: 'Why: kept in the audit log', example: 'Requested by the municipality' });

export const UuidField = (required = true, description?: string) =>
  applyDecorators(...optional(required), IsUUID('all', { message: '$property must be a UUID' }), doc(required, { format: 'uuid', description, nullable: !required }));

export const UuidListField = (required = true, description?: string) =>
  applyDecorators(
    ...optional(required),
    IsArray(),
    ArrayMaxSize(500),
    ArrayUnique(),
    IsUUID('all', { each: true, message: '$property must contain UUIDs only' }),
    doc(required, { type: [String], format: 'uuid', description }),
  );

export const EnumField = <T extends string>(values: readonly T[], required = true, description?: string) =>
  applyDecorators(...optional(required), IsIn(values as T[], { message: `$property must be one of: ${values.join(', ')}` }), doc(required, { enum: values, description }));

export const EnumListField = <T extends string>(values: readonly T[], required = true, description?: string) =>
  applyDecorators(
    ...optional(required),
    IsArray(),
    ArrayUnique(),
    IsIn(values as T[], { each: true, message: `$property must contain only: ${values.join(', ')}` }),
    doc(required, { enum: values, isArray: true, description }),
  );
