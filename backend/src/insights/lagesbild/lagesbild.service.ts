import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { abilityFor, Action, AuditAction, type LagesbildKind, type LagesbildRecord, type Language, LANGUAGES, recordOf, type Role, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../../access/caller.js';
import { scopeQuery } from '../../access/ability-scope.js';
import { AuditService } from '../../audit/audit.service.js';
import { NotifyService } from '../../notify/notify.service.js';
import { Clock } from '../../platform/clock/clock.js';
import { AppConfig } from '../../platform/config/app-config.js';
import type { ListQuery } from '../../platform/http/simple-rest/list-query.js';
import { Page } from '../../platform/http/simple-rest/page.js';
import { StorageService, type WrittenBlob } from '../../storage/storage.service.js';
import { resolvePeriod } from '../chart-scope.js';
import { LAGESBILD_LIST, type GenerateLagesbildDto, type LagesbildFilterDto } from './dto/lagesbild.dto.js';
import { LagesbildBuilderService } from './lagesbild-builder.service.js';
import type { LagesbildFigures } from './lagesbild-figures.js';
import type { Period } from './lagesbild-periods.js';
import { lagesbildFileName, periodWords } from './lagesbild-texts.js';
import { LagesbildError, LagesbildErrorCode } from './lagesbild.errors.js';

export const LAGESBILD_PURPOSE = 'lagesbild';

interface ReportRow {
  id: string;
  municipality_id: string;
  municipality_name: string;
  period_from: string;
  period_to: string;
  language: Language;
  kind: LagesbildKind;
  generated_at: Date;
  pdf_bytes: string;
  csv_bytes: string;
}

const toRecord = (row: ReportRow): LagesbildRecord => ({
  id: row.id,
  municipalityId: row.municipality_id,
  municipalityName: row.municipality_name,
  from: row.period_from,
  to: row.period_to,
  language: row.language,
  kind: row.kind,
  generatedAt: row.generated_at.toISOString(),
  pdfBytes: Number(row.pdf_bytes),
  csvBytes: Number(row.csv_bytes),
});

const SORT_COLUMNS: Record<string, string> = { from: 'r.period_from', generatedAt: 'r.generated_at' };

/**
 * The reports: listed and read within the caller's municipalities (another municipality's report
 * is a 404), made on demand for any bounded period (audited), and once a month by the job.
 */
@Injectable()
export class LagesbildService {
  constructor(
    private readonly db: DataSource,
    private readonly builder: LagesbildBuilderService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(caller: Caller, query: ListQuery<LagesbildFilterDto>): Promise<Page<LagesbildRecord>> {
    const base = () => {
      const qb = this.db
        .createQueryBuilder()
        .from('lagesbild_reports', 'r')
        .innerJoin('municipalities', 'm', 'm.id = r.municipality_id')
        .innerJoin('stored_files', 'pf', 'pf.id = r.pdf_file_id')
        .innerJoin('stored_files', 'cf', 'cf.id = r.csv_file_id');
      scopeQuery(qb, caller.ability, Action.Read, Subject.Lagesbild, { municipalityId: 'r.municipality_id' });
      if (query.filter.municipalityId) qb.andWhere('r.municipality_id = :municipalityId', { municipalityId: query.filter.municipalityId });
      if (query.filter.kind) qb.andWhere('r.kind = :kind', { kind: query.filter.kind });
      if (query.filter.language) qb.andWhere('r.language = :language', { language: query.filter.language });
      return qb;
    };
    // No entity behind the table: the count is a raw one.
    const counted = await base().select('count(*)::int', 'total').getRawOne<{ total: number }>();
    const total = counted?.total ?? 0;
    const rows = await base()
      .select(SELECT_REPORT)
      .orderBy(SORT_COLUMNS[query.sort.field] ?? 'r.period_from', query.sort.order)
      .addOrderBy('r.generated_at', 'DESC')
      .addOrderBy('r.id')
      .offset(query.offset)
      .limit(query.limit)
      .getRawMany<ReportRow>();
    return new Page(LAGESBILD_LIST.resource, rows.map(toRecord), query.offset, total);
  }

  async get(caller: Caller, id: string): Promise<LagesbildRecord> {
    const row = await this.load(this.db.manager, id);
    if (!row || !caller.ability.can(Action.Read, recordOf(Subject.Lagesbild, toRecord(row)))) throw new LagesbildError(LagesbildErrorCode.NotFound, `No lägesbild with id ${id}`);
    return toRecord(row);
  }

  /** The PDF or the CSV of a report the caller may read, opened for streaming. */
  async open(caller: Caller, id: string, format: 'pdf' | 'csv') {
    await this.get(caller, id);
    const [row]: { file_id: string }[] = await this.db.query(`SELECT ${format === 'pdf' ? 'pdf_file_id' : 'csv_file_id'} AS file_id FROM lagesbild_reports WHERE id = $1`, [id]);
    return this.storage.openRead(this.db.manager, row.file_id);
  }

  /** A report for any bounded period, made now; the platform owner and the municipality's coordinators. */
  async generate(caller: Caller, dto: GenerateLagesbildDto): Promise<LagesbildRecord> {
    const period = resolvePeriod(dto);
    const municipality = await this.municipality(dto.municipalityId);
    if (!caller.ability.can(Action.Create, recordOf(Subject.Lagesbild, { municipalityId: municipality.id }))) {
      throw new LagesbildError(LagesbildErrorCode.MunicipalityOutOfScope, 'municipalityId must be one of the municipalities you serve');
    }
    const language = dto.language ?? (await this.notify.languageOf(this.db.manager, caller.id));
    const figures = await this.builder.collect(municipality, period, this.clock.now());
    const id = await this.make(figures, language, 'on_demand', async (manager, reportId) => {
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.LagesbildGenerated,
        subjectType: Subject.Lagesbild,
        subjectId: reportId,
        municipalityId: municipality.id,
        changes: { period: { before: null, after: `${period.from}/${period.to}` }, language: { before: null, after: language } },
        requestId: caller.requestId,
      });
    });
    return this.get(caller, id!);
  }

  /**
   * The job's reports of a month for one municipality, one per language, each made once: a second
   * run (or a second instance) finds them and makes nothing. The figures are collected once for
   * every language missing. Subscribers who read a language hear of its report in the same transaction.
   */
  async makeMonthly(municipalityId: string, period: Period): Promise<number> {
    const missing = await this.missingMonthly(municipalityId, period);
    if (missing.length === 0) return 0;
    const municipality = await this.municipality(municipalityId);
    const figures = await this.builder.collect(municipality, period, this.clock.now());
    let made = 0;
    for (const language of missing) {
      if ((await this.make(figures, language, 'monthly', (manager) => this.tellSubscribers(manager, municipality, period, language))) !== null) made++;
    }
    return made;
  }

  /** Every municipality's reports of the month, in every language; how many were made. */
  async makeMonthlyForAll(period: Period): Promise<number> {
    const municipalities: { id: string }[] = await this.db.query(`SELECT id FROM municipalities ORDER BY code`);
    let made = 0;
    for (const { id } of municipalities) made += await this.makeMonthly(id, period);
    return made;
  }

  private async make(figures: LagesbildFigures, language: Language, kind: LagesbildKind, inTransaction: (manager: EntityManager, reportId: string) => Promise<void>): Promise<string | null> {
    const { municipality, generatedAt } = figures;
    const period = figures.periods.current;
    const built = await this.builder.render(figures, language);
    const name = lagesbildFileName(municipality.code, period, language);
    const written: WrittenBlob[] = [];
    const write = async (bytes: Buffer) => {
      const blob = await this.storage.writeGenerated(Readable.from([bytes]), LAGESBILD_PURPOSE);
      written.push(blob);
      return blob;
    };
    const [pdf, csv] = [await write(built.pdf), await write(Buffer.from(built.csv, 'utf8'))];
    const discard = () => Promise.all(written.map((blob) => this.storage.discard(blob)));
    try {
      const id = await this.db.transaction(async (manager) => {
        const pdfFile = await this.storage.recordGenerated(manager, pdf, { contentType: 'application/pdf', purpose: LAGESBILD_PURPOSE, ownerId: null, name: `${name}.pdf` });
        const csvFile = await this.storage.recordGenerated(manager, csv, { contentType: 'text/csv; charset=utf-8', purpose: LAGESBILD_PURPOSE, ownerId: null, name: `${name}.csv` });
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO lagesbild_reports (municipality_id, period_from, period_to, language, kind, pdf_file_id, csv_file_id, generated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (municipality_id, period_from, language) WHERE kind = 'monthly' DO NOTHING RETURNING id`,
          [municipality.id, period.from, period.to, language, kind, pdfFile.id, csvFile.id, generatedAt],
        );
        if (!row) throw new LostRace();
        await inTransaction(manager, row.id);
        return row.id;
      });
      return id;
    } catch (error) {
      await discard();
      if (error instanceof LostRace) return null;
      throw error;
    }
  }

  private async tellSubscribers(manager: EntityManager, municipality: { id: string; name: string }, period: Period, language: Language): Promise<void> {
    const people: { id: string; email: string; roles: Role[]; municipality_ids: string[] }[] = await manager.query(
      `SELECT u.id, u.email, u.roles, coalesce(array_agg(s.municipality_id) FILTER (WHERE s.municipality_id IS NOT NULL), '{}') AS municipality_ids
         FROM users u LEFT JOIN user_municipality_scopes s ON s.user_id = u.id
        WHERE u.lagesbild_email AND u.status = 'active' AND u.language = $1
        GROUP BY u.id`,
      [language],
    );
    for (const person of people) {
      // Who may read it is the rules' to say, as for the console.
      const ability = abilityFor({ id: person.id, roles: person.roles, municipalityIds: person.municipality_ids });
      if (!ability.can(Action.Read, recordOf(Subject.Lagesbild, { municipalityId: municipality.id }))) continue;
      await this.notify.email(manager, {
        to: person.email,
        userId: person.id,
        template: 'lagesbild-ready',
        language,
        params: { municipality: municipality.name, period: periodWords(language, period), link: `${this.config.publicUrl}/#/lagesbild` },
      });
    }
  }

  private async missingMonthly(municipalityId: string, period: Period): Promise<Language[]> {
    const made: { language: Language }[] = await this.db.query(`SELECT language FROM lagesbild_reports WHERE municipality_id = $1 AND period_from = $2 AND kind = 'monthly'`, [
      municipalityId,
      period.from,
    ]);
    return LANGUAGES.filter((language) => !made.some((row) => row.language === language));
  }

  private async municipality(id: string): Promise<{ id: string; name: string; code: string }> {
    const [row]: { id: string; name: string; code: string }[] = await this.db.query(`SELECT id, name, code FROM municipalities WHERE id = $1`, [id]);
    if (!row) throw new LagesbildError(LagesbildErrorCode.MunicipalityUnknown, `municipalityId must name a municipality; ${id} does not`);
    return row;
  }

  private async load(manager: EntityManager, id: string): Promise<ReportRow | undefined> {
    const [row]: ReportRow[] = await manager.query(
      `SELECT ${SELECT_REPORT} FROM lagesbild_reports r JOIN municipalities m ON m.id = r.municipality_id
         JOIN stored_files pf ON pf.id = r.pdf_file_id JOIN stored_files cf ON cf.id = r.csv_file_id
        WHERE r.id = $1`,
      [id],
    );
    return row;
  }
}

/** Another run made the same monthly report first. */
class LostRace extends Error {}

const SELECT_REPORT = `r.id, r.municipality_id, m.name AS municipality_name, r.period_from::text AS period_from, r.period_to::text AS period_to, r.language, r.kind,
  r.generated_at, pf.size_bytes AS pdf_bytes, cf.size_bytes AS csv_bytes`;
