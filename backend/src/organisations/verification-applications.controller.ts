import { Body, Controller, Get, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Subject, type VerificationApplicationRecord } from '@samverka/shared';
import { RateLimited } from '../access/rate-limit/rate-limit.js';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { ApplicationsService, EVIDENCE_MAX_BYTES } from './applications.service.js';
import { APPLICATIONS_LIST, type ApplicationFilterDto, ApplyDto, ConfirmCodeDto, DecisionDto, RespondDto, SendDomainProofDto } from './dto/application.dto.js';
import { VerificationApplicationRecordDto } from './dto/records.dto.js';
import { EvidencePreviewService } from './evidence-preview.service.js';
import { ReviewService } from './review.service.js';

@ApiTags('verification')
@Controller('verification-applications')
export class VerificationApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly review: ReviewService,
    private readonly previews: EvidencePreviewService,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.VerificationApplication)
  @ApiOperation({ summary: 'The review queue (coordinators: organisations serving their municipalities), oldest first; applicants see their own' })
  @ListEndpoint(APPLICATIONS_LIST, VerificationApplicationRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(APPLICATIONS_LIST) query: ListQuery<ApplicationFilterDto>): Promise<Page<VerificationApplicationRecord>> {
    return this.applications.list(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.VerificationApplication)
  @ApiOkResponse({ type: VerificationApplicationRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<VerificationApplicationRecord> {
    return this.applications.get(caller, id);
  }

  @Get(':id/evidence/:fileId')
  @Allow(Action.Read, Subject.VerificationApplication)
  @ApiOperation({ summary: 'Download an evidence file (always as an attachment, never rendered by the browser)' })
  async evidence(@CurrentCaller() caller: Caller, @UuidParam() id: string, @UuidParam('fileId') fileId: string): Promise<StreamableFile> {
    const { file, bytes } = await this.applications.evidenceFile(caller, id, fileId);
    const name = encodeURIComponent(file.originalName ?? `evidence-${file.id}`);
    return new StreamableFile(bytes, { type: file.contentType, length: bytes.length, disposition: `attachment; filename="evidence-${file.id}"; filename*=UTF-8''${name}` });
  }

  @Get(':id/evidence/:fileId/preview-link')
  @Allow(Action.Read, Subject.VerificationApplication)
  @ApiOperation({ summary: 'A two-minute link that shows an evidence file inline (images, PDFs) in the console’s viewer' })
  previewLink(@CurrentCaller() caller: Caller, @UuidParam() id: string, @UuidParam('fileId') fileId: string): Promise<{ url: string; contentType: string; expiresAt: string }> {
    return this.previews.link(caller, id, fileId);
  }

  @Post()
  @Allow(Action.Create, Subject.VerificationApplication)
  @ApiOperation({ summary: 'Apply for verification of a new organisation, or renew one you administer' })
  @ApiCreatedResponse({ type: VerificationApplicationRecordDto })
  apply(@CurrentCaller() caller: Caller, @Body() dto: ApplyDto): Promise<VerificationApplicationRecord> {
    return this.applications.apply(caller, dto);
  }

  @Post(':id/evidence')
  @Allow(Action.Update, Subject.VerificationApplication)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary', description: 'PDF, PNG or JPEG, judged by content' } } } })
  @ApiCreatedResponse({ type: VerificationApplicationRecordDto })
  addEvidence(@CurrentCaller() caller: Caller, @UuidParam() id: string, @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined): Promise<VerificationApplicationRecord> {
    return this.applications.addEvidence(caller, id, file && { bytes: file.buffer, originalName: file.originalname });
  }

  @Post(':id/domain-proof')
  @RateLimited('domain-proof')
  @Allow(Action.Update, Subject.VerificationApplication)
  @ApiOperation({ summary: 'Send a one-time code to an address at the official domain' })
  @ApiCreatedResponse({ type: VerificationApplicationRecordDto })
  sendDomainProof(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: SendDomainProofDto): Promise<VerificationApplicationRecord> {
    return this.applications.sendDomainProof(caller, id, dto.email);
  }

  @Post(':id/domain-proof/confirm')
  @RateLimited('domain-proof')
  @Allow(Action.Update, Subject.VerificationApplication)
  @ApiCreatedResponse({ type: VerificationApplicationRecordDto })
  confirmDomainProof(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: ConfirmCodeDto): Promise<VerificationApplicationRecord> {
    return this.applications.confirmDomainProof(caller, id, dto.code);
  }

  @Post(':id/respond')
  @Allow(Action.Update, Subject.VerificationApplication)
  @ApiOperation({ summary: 'Answer a request for more information' })
  @ApiCreatedResponse({ type: VerificationApplicationRecordDto })
  respond(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: RespondDto): Promise<VerificationApplicationRecord> {
    return this.applications.respond(caller, id, dto.response);
  }

  @Post(':id/approve')
  @Allow(Action.Review, Subject.VerificationApplication)
  @ApiOperation({ summary: 'Approve; police and municipality need two different reviewers' })
  @ApiCreatedResponse({ type: VerificationApplicationRecordDto })
  approve(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: DecisionDto): Promise<VerificationApplicationRecord> {
    return this.review.approve(caller, id, dto.grounds);
  }

  @Post(':id/reject')
  @Allow(Action.Review, Subject.VerificationApplication)
  @ApiCreatedResponse({ type: VerificationApplicationRecordDto })
  reject(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: DecisionDto): Promise<VerificationApplicationRecord> {
    return this.review.reject(caller, id, dto.grounds);
  }

  @Post(':id/request-info')
  @Allow(Action.Review, Subject.VerificationApplication)
  @ApiCreatedResponse({ type: VerificationApplicationRecordDto })
  requestInfo(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: DecisionDto): Promise<VerificationApplicationRecord> {
    return this.review.requestInfo(caller, id, dto.grounds);
  }
}
