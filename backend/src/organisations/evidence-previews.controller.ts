import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/policy.decorator.js';
import { EvidencePreviewService } from './evidence-preview.service.js';

/**
 * The file behind a two-minute preview link, shown in the console's viewer: inline, with the type
 * sniffed at upload (nosniff stays on, as everywhere), and sandboxed by its own CSP so nothing in
 * it runs in the console's origin. Downloads keep their own route and stay attachments.
 */
@ApiTags('verification')
@Controller('evidence-previews')
export class EvidencePreviewsController {
  constructor(private readonly previews: EvidencePreviewService) {}

  @Get(':token')
  @Public()
  @Header('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'; object-src 'self'; style-src 'unsafe-inline'")
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Show one evidence file through a preview link (from GET verification-applications/:id/evidence/:fileId/preview-link)' })
  async show(@Param('token') token: string): Promise<StreamableFile> {
    const { file, bytes } = await this.previews.open(token);
    return new StreamableFile(bytes, { type: file.contentType, length: bytes.length, disposition: 'inline' });
  }
}
