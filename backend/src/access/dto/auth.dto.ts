import { Type } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import type { AuthTokens, MeRecord } from '@samverka/shared';
import { IsInt, IsString, Length, Matches, MaxLength } from 'class-validator';
import { EmailField, NameField, PasswordField, UuidField } from '../../platform/http/field-decorators.js';
import { MeRecordDto } from '../../identity/me/me-record.js';

export class LoginDto {
  @EmailField() email: string;
  /** Not held to the password rules: an old password must still be accepted or refused as wrong. */
  @IsString() @Length(1, 256, { message: 'password must be between 1 and 256 characters' }) @ApiProperty({ format: 'password' }) password: string;
}

export class RegisterDto {
  @EmailField() email: string;
  @PasswordField() password: string;
  @NameField({ min: 2, max: 120, example: 'Anna Lind' }) displayName: string;
  @UuidField(false, 'The municipality the person lives in or mostly acts in') homeMunicipalityId?: string;
  @Type(() => Number)
  @IsInt({ message: 'acceptedTermsVersion must be the version of the terms shown (GET /api/public/terms)' })
  @ApiProperty({ description: 'The version of the terms and code of conduct the person accepted (GET /api/public/terms)', example: 1 })
  acceptedTermsVersion: number;
}

/** Registration and the e-mail requests answer this whatever the address: whether it has an account goes to the inbox only. */
export class CheckYourEmailDto {
  @ApiProperty({ example: 'If the address can be used, we have sent an e-mail to it: follow the link in it' }) message: string;
}

export class EmailOnlyDto {
  @EmailField() email: string;
}

export class EmailTokenDto {
  @IsString() @Length(20, 200, { message: 'token must be the token from the link in the e-mail' }) @ApiProperty({ description: 'The token from the link in the e-mail' }) token: string;
}

export class ResetPasswordDto extends EmailTokenDto {
  @PasswordField() password: string;
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
  @ApiProperty({ description: 'A suspended account’s session: only the routes marked x-samverka-open-while-suspended answer (its own account, notifications, appeals, privacy rights)' })
  restricted: boolean;
  @ApiProperty({ type: MeRecordDto }) user: MeRecord;
}

export class MfaCodeDto {
  @IsString() @MaxLength(2000) @ApiProperty({ description: 'The mfaToken from POST /api/auth/login' }) mfaToken: string;
  @IsString() @Length(6, 20, { message: 'code must be the 6-digit code from the authenticator app, or a recovery code' }) @ApiProperty({ example: '123456' }) code: string;
}

export class MfaEnrolmentTokenDto {
  @IsString() @MaxLength(2000) @ApiProperty({ description: 'The enrolmentToken from POST /api/auth/login' }) enrolmentToken: string;
}

export class MfaEnrolmentConfirmDto extends MfaEnrolmentTokenDto {
  @IsString() @Matches(/^\s*\d{6}\s*$/, { message: 'code must be the 6-digit code from the authenticator app' }) @ApiProperty({ example: '123456' }) code: string;
}

export class TotpCodeDto {
  @IsString() @Length(6, 20, { message: 'code must be the 6-digit code from the authenticator app, or a recovery code' }) @ApiProperty({ example: '123456' }) code: string;
}

export class MfaChallengeDto {
  @ApiProperty({ required: false }) mfaRequired?: true;
  @ApiProperty({ required: false, description: 'Send it with a code to POST /api/auth/login/mfa' }) mfaToken?: string;
  @ApiProperty({ required: false }) mfaEnrolmentRequired?: true;
  @ApiProperty({ required: false, description: 'Send it to POST /api/auth/mfa/enrol, then to /api/auth/mfa/enrol/confirm with a code' }) enrolmentToken?: string;
}

export class MfaEnrolmentDto {
  @ApiProperty({ description: 'base32; type it into the authenticator app, or use the URI' }) secret: string;
  @ApiProperty() otpauthUri: string;
  @ApiProperty({ type: [String], description: 'One-time codes for when the phone is lost: shown only now' }) recoveryCodes: string[];
}

export class SessionRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() startedAt: string;
  @ApiProperty() lastUsedAt: string;
  @ApiProperty() expiresAt: string;
  @ApiProperty({ description: 'The session this request is made in' }) current: boolean;
}
