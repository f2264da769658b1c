import { Logger } from '@nestjs/common';
import { type DisclosureCategory, type OrderScopeItem, swedishDateTime } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { ContentPersonalData } from '../content/content.personal-data.js';
import { toCsv } from '../platform/csv/csv.js';
import { sectionEntries } from '../privacy/export-sections.js';
import type { DataSubject } from '../privacy/personal-data-holder.js';
import type { PersonalDataRegistry } from '../privacy/personal-data-registry.js';
import { storedFileEntries } from '../privacy/stored-file-entries.js';
import type { ZipEntry } from '../privacy/zip.js';
import type { StorageService } from '../storage/storage.service.js';
import type { AuthorityOrderRow } from './authority-order-records.js';
import { AuthorityOrdersPersonalData } from './authority-orders.personal-data.js';

/** What the archive holds, for the disclosure record: ids and categories, never the data. */
export interface DisclosureSummary {
  subjectIds: string[];
  categories: DisclosureCategory[];
  given: OrderScopeItem[];
  notFound: OrderScopeItem[];
}

export interface DisclosureArchive {
  summary: DisclosureSummary;
  entries: AsyncGenerator<ZipEntry>;
}

const logger = new Logger('DisclosureArchive');

/**
 * The data an information order names, and nothing else, as archive entries: the named posts and
 * group messages (a named group: all its messages) from the content context, and a named account's
 * data as every context exports it for the person's own access request (the privacy export's
 * holders). A README in Swedish and English says what was given and what was not found.
 */
export async function buildDisclosureArchive(
  manager: EntityManager,
  deps: { registry: PersonalDataRegistry; storage: StorageService },
  order: AuthorityOrderRow,
  producedAt: Date,
): Promise<DisclosureArchive> {
  const ids = (type: OrderScopeItem['itemType']) => [...new Set(order.scope.filter((item) => item.itemType === type).map((item) => item.id))];
  const content = deps.registry.holders.find((holder): holder is ContentPersonalData => holder instanceof ContentPersonalData);
  if (!content) throw new Error('the content context is not registered as a personal data holder');
  const named = await content.exportNamedItems(manager, { postIds: ids('post'), groupMessageIds: ids('group_message'), groupIds: ids('group') });
  const accounts: { id: string; email: string; display_name: string }[] = await manager.query(`SELECT id, email, display_name FROM users WHERE id = ANY($1::uuid[]) AND status <> 'erased'`, [
    ids('account'),
  ]);

  const entries: ZipEntry[] = [];
  const readme: string[] = [];
  const data: Record<string, unknown> = {};
  const files = new Map<string, string>();
  if (named.posts.length > 0) {
    data.posts = named.posts;
    entries.push({ name: 'posts.csv', data: Buffer.from(toCsv(named.posts), 'utf8') });
  }
  if (named.groupMessages.length > 0) {
    data.group_messages = named.groupMessages;
    entries.push({ name: 'group_messages.csv', data: Buffer.from(toCsv(named.groupMessages), 'utf8') });
  }
  for (const file of named.files) files.set(file.fileId, file.name);
  for (const account of accounts) {
    const subject: DataSubject = { id: account.id, email: account.email, displayName: account.display_name };
    const sections: Record<string, unknown> = {};
    // Other authorities' orders and disclosures about the person are not theirs to be given.
    for (const holder of deps.registry.holders.filter((candidate) => !(candidate instanceof AuthorityOrdersPersonalData))) {
      const section = await holder.exportSubject(manager, subject);
      const parts = sectionEntries(holder.processing.context, section, `accounts/${account.id}/`);
      if (parts.data) sections[holder.processing.context] = parts.data;
      entries.push(...parts.entries);
      readme.push(...parts.readme);
      for (const file of section.files) files.set(file.fileId, `accounts/${account.id}/${file.name}`);
    }
    data[`account:${account.id}`] = sections;
  }

  const found = new Set([...named.found.post, ...named.found.group_message, ...named.found.group, ...accounts.map((account) => account.id)]);
  const given = order.scope.filter((item) => found.has(item.id));
  const summary: DisclosureSummary = {
    subjectIds: [...new Set([...named.authorIds, ...accounts.map((account) => account.id)])],
    categories: [
      ...(named.posts.length > 0 ? (['posts'] as const) : []),
      ...(named.groupMessages.length > 0 ? (['group_messages'] as const) : []),
      ...(accounts.length > 0 ? (['account_data'] as const) : []),
    ],
    given,
    notFound: order.scope.filter((item) => !found.has(item.id)),
  };
  entries.unshift(
    { name: 'README.md', data: Buffer.from(readmeText(order, summary, producedAt, readme, files.size), 'utf8') },
    {
      name: 'data.json',
      data: Buffer.from(JSON.stringify({ order: { id: order.id, reference: order.reference, legalBasis: order.legal_basis }, producedAt: producedAt.toISOString(), data }, null, 2), 'utf8'),
    },
  );
  async function* all(): AsyncGenerator<ZipEntry> {
    yield* entries;
    yield* storedFileEntries(deps.storage, manager, files, logger, `disclosure for order ${order.id}`);
  }
  return { summary, entries: all() };
}

const itemNames: Record<OrderScopeItem['itemType'], [string, string]> = {
  post: ['inlägg', 'post'],
  group_message: ['gruppmeddelande', 'group message'],
  group: ['grupp (alla dess meddelanden)', 'group (all its messages)'],
  account: ['konto (allt plattformen har om personen)', 'account (everything the platform holds about the person)'],
};
const listed = (items: OrderScopeItem[], language: 0 | 1, none: string) => (items.length === 0 ? [`- ${none}`] : items.map((item) => `- ${itemNames[item.itemType][language]} \`${item.id}\``));

function readmeText(order: AuthorityOrderRow, summary: DisclosureSummary, at: Date, files: string[], uploads: number): string {
  const when = swedishDateTime(at);
  return [
    '# Utlämnande till myndighet / Disclosure to an authority',
    '',
    '## Svenska',
    '',
    `Uppgifter som lämnats ut på begäran av ${order.authority_name}, ärende ${order.reference}, ${when} (svensk tid).`,
    `Rättslig grund som myndigheten angett: ${order.legal_basis}`,
    'Arkivet innehåller exakt det som begäran namnger, inget annat. Det kan laddas ned en gång.',
    '',
    '### Utlämnat',
    ...listed(summary.given, 0, 'inget'),
    '',
    '### Hittades inte',
    ...listed(summary.notFound, 0, 'allt som begärdes hittades'),
    '',
    '## English',
    '',
    `Data disclosed at the request of ${order.authority_name}, reference ${order.reference}, ${when} (Swedish time).`,
    `Legal basis the authority gave: ${order.legal_basis}`,
    'The archive holds exactly what the order names, nothing else. It can be downloaded once.',
    '',
    '### Given',
    ...listed(summary.given, 1, 'nothing'),
    '',
    '### Not found',
    ...listed(summary.notFound, 1, 'everything asked for was found'),
    '',
    '## Filer / Files',
    '- `README.md`: den här filen / this file.',
    '- `data.json`: allt utlämnat i en maskinläsbar fil / everything given, in one machine-readable file.',
    '- `posts.csv`, `group_messages.csv`: namngivna inlägg och meddelanden med författare / the named posts and messages with their authors.',
    `- \`files/\`: ${uploads} bild(er) och dokument / image(s) and documents.`,
    ...files,
    '',
  ].join('\n');
}
