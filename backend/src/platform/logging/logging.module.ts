import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config.js';
import { requestLogOptions } from './request-logging.js';

/** JSON logs with the request id on every line; the same id is sent back as X-Request-Id. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ pinoHttp: requestLogOptions(config) }),
    }),
  ],
})
export class LoggingModule {}
