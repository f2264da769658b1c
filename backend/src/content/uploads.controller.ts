import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { SignedIn } from '../access/policy.decorator.js';
import { StorageError, StorageErrorCode } from '../storage/storage.errors.js';
import { UploadedFileDto } from './dto/post.dto.js';
import { MAX_IMAGE_BYTES, UploadsService } from './uploads.service.js';

/** The part of multer's file the route reads (kept in memory, never on disk). */
interface UploadedImage {
  buffer: Buffer;
  originalname: string;
}

@ApiTags('content')
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post('images')
  @SignedIn()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMAGE_BYTES + 1, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'PNG, JPEG or WebP, at most 5 MB; kept re-encoded, without metadata' } } },
  })
  @ApiCreatedResponse({ type: UploadedFileDto })
  @ApiTooManyRequestsResponse({ description: 'UPLOADS_PER_HOUR or UPLOAD_BYTES_PER_DAY reached for this account' })
  async uploadImage(@CurrentCaller() caller: Caller, @UploadedFile() file: UploadedImage | undefined): Promise<UploadedFileDto> {
    if (!file) throw new StorageError(StorageErrorCode.Empty, 'file is required (multipart/form-data)');
    const stored = await this.uploads.uploadImage(caller, { field: 'file', bytes: file.buffer, originalName: file.originalname });
    return { id: stored.id, contentType: stored.contentType, sizeBytes: stored.sizeBytes };
  }
}
