import { ApiProperty } from '@nestjs/swagger';
import type { AuthTokens, MeRecord } from '@samverka/shared';
import { IsString, Length, MaxLength } from 'class-validator';
import { EmailField, PasswordField, TextField, UuidField } from '../../platform/http/field-decorators.js';
import { MeRecordDto } from '../../identity/me/me-record.js';

export class LoginDto {
  @EmailField() email: string;
  /** Not held to the password rules: an old password must still be accepted or refused as wrong. */
  @IsString() @Length(1, 256, { message: 'password must be between 1 and 256 characters' }) @ApiProperty({ format: 'password' }) password: string;
}

export class RegisterDto {
  @EmailField() email: string;
  @PasswordField() password: string;
  @TextField({ min: 2, max: 120, example: 'Anna Lind' }) displayName: string;
  @UuidField(false, 'The municipality the person lives in or mostly acts in') homeMunicipalityId?: string;
}

export class RefreshDto {
  @IsString() @MaxLength(200) @ApiProperty() refreshToken: string;
}

export class AcceptInvitationDto {
  @IsString() @MaxLength(200) @ApiProperty({ description: 'The token from the invitation link' }) token: string;
  @PasswordField() password: string;
}

export class AuthTokensDto implements AuthTokens {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'Rotating: each refresh returns a new one and the old one stops working' }) refreshToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ type: MeRecordDto }) user: MeRecord;
}
