import { Controller, Get, Injectable, NotFoundException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Action, type EmailMessageRecord, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { EmailField, EnumField, TextField, UuidListField } from '../platform/http/field-decorators.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery, ListSpec } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { EmailMessage } from './email-message.entity.js';

class EmailMessageFilterDto {
  @EmailField(false) recipient?: string;
  @TextField({ max: 100, required: false }) template?: string;
  @EnumField(['queued', 'sent', 'captured', 'failed'] as const, false) status?: string;
  @UuidListField(false) id?: string[];
}

class EmailMessageRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() recipient: string;
  @ApiProperty() subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ enum: ['queued', 'sent', 'captured', 'failed'] }) status: string;
}

const EMAIL_MESSAGES_LIST: ListSpec<EmailMessageFilterDto> = {
  resource: 'email-messages',
  sortable: ['createdAt', 'recipient', 'status'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filter: EmailMessageFilterDto,
};

const toRecord = (m: EmailMessage): EmailMessageRecord => ({
  id: m.id,
  recipient: m.recipient,
  userId: m.userId,
  template: m.template,
  language: m.language,
  subject: m.subject,
  body: m.body,
  status: m.status,
  attempts: m.attempts,
  lastError: m.lastError,
  createdAt: m.createdAt.toISOString(),
  sentAt: m.sentAt?.toISOString() ?? null,
});

/** The e-mail outbox as the platform owner reads it: what went out, and what was captured in demo mode. */
@Injectable()
export class EmailMessagesService {
  constructor(private readonly db: DataSource) {}

  async list(caller: Caller, query: ListQuery<EmailMessageFilterDto>): Promise<Page<EmailMessageRecord>> {
    const qb = this.db.getRepository(EmailMessage).createQueryBuilder('m');
    scopeQuery(qb, caller.ability, Action.Read, Subject.EmailMessage, {});
    const { recipient, template, status, id } = query.filter;
    if (recipient) qb.andWhere('m.recipient = :recipient', { recipient });
    if (template) qb.andWhere('m.template = :template', { template });
    if (status) qb.andWhere('m.status = :status', { status });
    if (id) qb.andWhere('m.id = ANY(:ids)', { ids: id });
    const column = { createdAt: 'm.createdAt', recipient: 'm.recipient', status: 'm.status' }[query.sort.field as 'createdAt'];
    qb.orderBy(column, query.sort.order).addOrderBy('m.id').skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(EMAIL_MESSAGES_LIST.resource, rows.map(toRecord), query.offset, total);
  }

  async get(caller: Caller, id: string): Promise<EmailMessageRecord> {
    const page = await this.list(caller, { sort: EMAIL_MESSAGES_LIST.defaultSort, offset: 0, limit: 1, filter: { id: [id] } });
    if (page.items.length === 0) throw new NotFoundException(`No e-mail message with id ${id}`);
    return page.items[0];
  }
}

@ApiTags('notify')
@Controller('email-messages')
export class EmailMessagesController {
  constructor(private readonly messages: EmailMessagesService) {}

  @Get()
  @Allow(Action.Read, Subject.EmailMessage)
  @ListEndpoint(EMAIL_MESSAGES_LIST, EmailMessageRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(EMAIL_MESSAGES_LIST) query: ListQuery<EmailMessageFilterDto>): Promise<Page<EmailMessageRecord>> {
    return this.messages.list(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.EmailMessage)
  @ApiOkResponse({ type: EmailMessageRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<EmailMessageRecord> {
    return this.messages.get(caller, id);
  }
}
