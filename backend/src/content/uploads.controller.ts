import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { SignedIn } from '../access/policy.decorator.js';
import { StorageError, StorageErrorCode } from '../storage/storage.errors.js';
import { StorageService } from '../storage/storage.service.js';
import { UploadedFileDto } from './dto/post.dto.js';
import { POST_IMAGE_PURPOSE } from './posts.service.js';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The part of multer's file the route reads. */
interface UploadedImage {
  buffer: Buffer;
  originalname: string;
}

@ApiTags('content')
@Controller('uploads')
export class UploadsController {
  constructor(
    private readonly db: DataSource,
    private readonly storage: StorageService,
  ) {}

  @Post('images')
  @SignedIn()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMAGE_BYTES + 1, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'PNG, JPEG or WebP, at most 5 MB' } } } })
  @ApiCreatedResponse({ type: UploadedFileDto })
  async uploadImage(@CurrentCaller() caller: Caller, @UploadedFile() file: UploadedImage | undefined): Promise<UploadedFileDto> {
    if (!file) throw new StorageError(StorageErrorCode.Empty, 'file is required (multipart/form-data)');
    const stored = await this.db.transaction((manager) =>
      this.storage.store(manager, { field: 'file', bytes: file.buffer, originalName: file.originalname }, {
        purpose: POST_IMAGE_PURPOSE,
        ownerId: caller.id,
        maxBytes: MAX_IMAGE_BYTES,
        accept: ['image/png', 'image/jpeg', 'image/webp'],
      }),
    );
    return { id: stored.id, contentType: stored.contentType, sizeBytes: stored.sizeBytes };
  }
}
