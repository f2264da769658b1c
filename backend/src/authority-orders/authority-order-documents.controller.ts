import { Controller, Get, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthorityOrderDocumentRecord } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import { AuthorityOrderDocumentsService, ORDER_DOCUMENT_MAX_BYTES } from './authority-order-documents.service.js';
import { AuthorityOrderDocumentDto } from './dto/authority-order-document.dto.js';

/**
 * PDFs attached to an order. Open to anyone signed in at the route, so that the order's own scope
 * check answers: whoever may not read the order gets 404, as if neither existed.
 */
@ApiTags('authority-orders')
@Controller('authority-orders/:id/documents')
export class AuthorityOrderDocumentsController {
  constructor(private readonly documents: AuthorityOrderDocumentsService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: [AuthorityOrderDocumentDto] })
  list(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<AuthorityOrderDocumentRecord[]> {
    return this.documents.list(caller, id);
  }

  @Post()
  @SignedIn()
  // Browsers send the file name as raw UTF-8; multer would read it as Latin-1 ("fÃ¶relÃ¤ggande.pdf").
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: ORDER_DOCUMENT_MAX_BYTES, files: 1 }, defParamCharset: 'utf8' }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'A PDF, judged by its content, at most 10 MB' } } } })
  @ApiOperation({ summary: 'Attach a PDF: the filer while the order is received, those who decide it until it is closed' })
  @ApiCreatedResponse({ type: AuthorityOrderDocumentDto })
  attach(@CurrentCaller() caller: Caller, @UuidParam() id: string, @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined): Promise<AuthorityOrderDocumentRecord> {
    return this.documents.attach(caller, id, file && { bytes: file.buffer, originalName: file.originalname });
  }

  @Get(':documentId')
  @SignedIn()
  @ApiOperation({ summary: 'Download a document (always as an attachment); audited' })
  async download(@CurrentCaller() caller: Caller, @UuidParam() id: string, @UuidParam('documentId') documentId: string): Promise<StreamableFile> {
    const { file, bytes } = await this.documents.download(caller, id, documentId);
    const name = encodeURIComponent(file.originalName ?? `order-document-${documentId}.pdf`);
    return new StreamableFile(bytes, { type: file.contentType, length: bytes.length, disposition: `attachment; filename="order-document-${documentId}.pdf"; filename*=UTF-8''${name}` });
  }
}
