import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** DSA Art. 15(1)(a): orders received in a period, in numbers with no personal data. */
export interface AuthorityOrderCounts {
  byType: Record<string, number>;
  byCategory: Record<string, number>;
  /** By issuing member state, ISO 3166-1 alpha-2. */
  byCountry: Record<string, number>;
  medianHoursToAcknowledge: number | null;
  /** From receipt to done (the order carried out). */
  medianHoursToGiveEffect: number | null;
}

const tally = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((row) => [row.key, row.n]));
const hours = (value: number | string | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

/** What the transparency report asks of the order register. */
@Injectable()
export class AuthorityOrderCountsService {
  constructor(private readonly db: DataSource) {}

  async between(from: Date, to: Date): Promise<AuthorityOrderCounts> {
    const q = <T>(sql: string) => this.db.query<T>(sql, [from, to]);
    const inPeriod = `FROM authority_orders WHERE created_at >= $1 AND created_at < $2`;
    const [byType, byCategory, byCountry, medians] = await Promise.all([
      q<{ key: string; n: number }[]>(`SELECT type AS key, count(*)::int AS n ${inPeriod} GROUP BY type`),
      q<{ key: string; n: number }[]>(`SELECT category AS key, count(*)::int AS n ${inPeriod} GROUP BY category`),
      q<{ key: string; n: number }[]>(`SELECT authority_country AS key, count(*)::int AS n ${inPeriod} GROUP BY authority_country`),
      q<{ acknowledge: number | null; effect: number | null }[]>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at) / 3600) FILTER (WHERE acknowledged_at IS NOT NULL) AS acknowledge,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM done_at - created_at) / 3600) FILTER (WHERE done_at IS NOT NULL) AS effect
         ${inPeriod}`,
      ),
    ]);
    return {
      byType: tally(byType),
      byCategory: tally(byCategory),
      byCountry: tally(byCountry),
      medianHoursToAcknowledge: hours(medians[0].acknowledge),
      medianHoursToGiveEffect: hours(medians[0].effect),
    };
  }
}
