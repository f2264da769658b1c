import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimited } from '../access/rate-limit/rate-limit.js';
import { Public } from '../access/policy.decorator.js';
import { ConsentsService, TERMS_PURPOSE } from './consents.service.js';
import { PrivacyError, PrivacyErrorCode } from './privacy.errors.js';

/** The terms and code of conduct in force, for the sign-up screen: registration names the version accepted. */
@ApiTags('privacy')
@Controller('public/terms')
@RateLimited('public-check')
export class PublicTermsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The terms and code of conduct in force (register with acceptedTermsVersion)' })
  @ApiOkResponse({ schema: { type: 'object', properties: { version: { type: 'number' }, textSv: { type: 'string' }, textEn: { type: 'string' }, sha256: { type: 'string' } } } })
  async current(): Promise<{ version: number; textSv: string; textEn: string; sha256: string }> {
    const terms = (await this.consents.purposes()).find((purpose) => purpose.key === TERMS_PURPOSE);
    if (!terms) throw new PrivacyError(PrivacyErrorCode.PurposeNotFound, 'The terms are not published');
    const { version, textSv, textEn, sha256 } = terms.versions[terms.versions.length - 1];
    return { version, textSv, textEn, sha256 };
  }
}
