import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { NotCommonPassword } from './common-passwords.js';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';

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
export const PasswordField = () =>
  applyDecorators(
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH, { message: `$property must be at least ${PASSWORD_MIN_LENGTH} characters` }),
    MaxLength(256),
    NotCommonPassword(),
    ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH }),
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
  applyDecorators(
    ...optional(required),
    IsIn(values as T[], { message: `$property must be one of: ${values.join(', ')}` }),
    doc(required, { enum: values, description }),
  );

export const EnumListField = <T extends string>(values: readonly T[], required = true, description?: string) =>
  applyDecorators(
    ...optional(required),
    IsArray(),
    ArrayUnique(),
    IsIn(values as T[], { each: true, message: `$property must contain only: ${values.join(', ')}` }),
    doc(required, { enum: values, isArray: true, description }),
  );

