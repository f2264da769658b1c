import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config.js';
import { BlobStore, LocalDiskBlobStore } from './blob-store.js';
import { StorageService } from './storage.service.js';

@Global()
@Module({
  providers: [{ provide: BlobStore, inject: [AppConfig], useFactory: (config: AppConfig) => new LocalDiskBlobStore(config.storageDir) }, StorageService],
  exports: [StorageService],
})
export class StorageModule {}
