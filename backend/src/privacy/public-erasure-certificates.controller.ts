import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ErasureCertificateRecord } from '@samverka/shared';
import { Public } from '../access/policy.decorator.js';
import { RateLimited } from '../access/rate-limit/rate-limit.js';
import { ErasureCertificatesService } from './erasure-certificates.service.js';

/** The person erased reads their certificate through the link in its e-mail: no sign-in, which they no longer have. */
@ApiTags('public')
@Controller('public/erasure-certificates')
@RateLimited('public-check')
export class PublicErasureCertificatesController {
  constructor(private readonly certificates: ErasureCertificatesService) {}

  @Get(':id/:token')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The erasure certificate behind the link in its e-mail (text, SHA-256, issue time) and the scan of the whole database once it has run' })
  @ApiOkResponse({ description: 'The certificate; a wrong token or request answers 404, the same for both' })
  byLink(@Param('id') id: string, @Param('token') token: string): Promise<ErasureCertificateRecord> {
    return this.certificates.getByLink(id, token);
  }
}
