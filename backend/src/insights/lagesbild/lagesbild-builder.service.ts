import { Injectable } from '@nestjs/common';
import type { Language } from '@samverka/shared';
import { toCsv } from '../../platform/csv/csv.js';
import { LagesbildFiguresService } from './lagesbild-figures.service.js';
import type { LagesbildFigures } from './lagesbild-figures.js';
import { comparedPeriods, type Period } from './lagesbild-periods.js';
import { lagesbildPdf } from './lagesbild-pdf.js';
import { lagesbildSummary } from './lagesbild-summary.js';
import { LAGESBILD_CSV_COLUMNS, lagesbildTable } from './lagesbild-table.js';

export interface BuiltLagesbild {
  pdf: Buffer;
  csv: string;
}

/** Figures, then the published cells, then the CSV and the PDF: nothing unsuppressed gets further than `lagesbildTable`. */
@Injectable()
export class LagesbildBuilderService {
  constructor(private readonly figures: LagesbildFiguresService) {}

  async build(municipality: LagesbildFigures['municipality'], period: Period, language: Language, generatedAt: Date): Promise<BuiltLagesbild> {
    return this.render(await this.collect(municipality, period, generatedAt), language);
  }

  /** The figures of one municipality and period: the same for every language, so collected once. */
  collect(municipality: LagesbildFigures['municipality'], period: Period, generatedAt: Date): Promise<LagesbildFigures> {
    return this.figures.collect(municipality, comparedPeriods(period), generatedAt);
  }

  async render(figures: LagesbildFigures, language: Language): Promise<BuiltLagesbild> {
    const cells = lagesbildTable(figures);
    const summary = lagesbildSummary(language, figures.municipality.name, figures.periods, cells);
    return {
      pdf: await lagesbildPdf(figures, cells, summary, language),
      csv: toCsv(
        cells.map((cell) => ({ ...cell })),
        LAGESBILD_CSV_COLUMNS,
      ),
    };
  }
}
