import { type Language, swedishDay } from '@samverka/shared';
import PDFDocument from 'pdfkit';
import { type LagesbildFigures, PRIORITIES } from './lagesbild-figures.js';
import { cellValue, type LagesbildCell } from './lagesbild-table.js';
import { LAGESBILD_TEXTS, periodWords, ruleName } from './lagesbild-texts.js';
import { type ChartBox, groupedBars, lineChart, stackedBars } from './pdf-charts.js';

const COLORS = { green: '#2e7d32', yellow: '#f2b705', red: '#c62828', line: '#1565c0' } as const;
const INK = '#222222';
const MARGIN = 50;

/** Rows of a small table: the first column a label, the rest published values. */
type TableRows = string[][];

/**
 * The report as a PDF: A4, the municipality and the period on top, the summary, then each part as
 * a vector chart and the table of its published figures. Made in memory (a few tens of kB) with
 * pdfkit's built-in Helvetica: no fonts to install, no browser.
 */
export function lagesbildPdf(figures: LagesbildFigures, cells: readonly LagesbildCell[], summary: readonly string[], language: Language): Promise<Buffer> {
  const t = LAGESBILD_TEXTS[language];
  const { periods, municipality } = figures;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: language === 'sv' ? 'sv-SE' : 'en-GB',
    info: { Title: `${t.title} ${municipality.name} ${periodWords(language, periods.current)}`, Author: 'Samverka', CreationDate: figures.generatedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 20;
  const room = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string) => {
    room(60);
    doc.moveDown(0.8).fillColor(INK).font('Helvetica-Bold').fontSize(12).text(text, MARGIN, doc.y).font('Helvetica').moveDown(0.3);
  };
  const table = (header: string[], rows: TableRows, firstWidth = 0.4) => {
    const rest = (width * (1 - firstWidth)) / Math.max(1, header.length - 1);
    const columns = header.map((_, index) => (index === 0 ? width * firstWidth : rest));
    const line = (cellsOfRow: string[], bold: boolean) => {
      room(14);
      const y = doc.y;
      let x = MARGIN;
      doc
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(8)
        .fillColor(INK);
      cellsOfRow.forEach((text, index) => {
        doc.text(text, x + 2, y, { width: columns[index] - 4, align: index === 0 ? 'left' : 'right', lineBreak: false });
        x += columns[index];
      });
      doc.y = y + 12;
      doc
        .save()
        .lineWidth(0.3)
        .strokeColor('#dddddd')
        .moveTo(MARGIN, doc.y - 2)
        .lineTo(MARGIN + width, doc.y - 2)
        .stroke()
        .restore();
    };
    if (header.some((text) => text !== '')) line(header, true);
    rows.forEach((row) => line(row, false));
    doc.font('Helvetica');
  };
  // A chart's labels move pdfkit's cursor; the next thing starts below the chart and its legend.
  const chart = (height: number, draw: (box: ChartBox) => void) => {
    room(height + 45);
    const box = { x: MARGIN + 28, y: doc.y + 6, width: width - 28, height };
    draw(box);
    doc.x = MARGIN;
    doc.y = box.y + height + 32;
  };
  const value = (section: string, key: string, measure: string, period = periods.current) => cellValue(cells, section, key, measure, period);

  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(`${t.title}: ${municipality.name}`);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`${t.period}: ${periodWords(language, periods.current)} (${periods.current.from} – ${periods.current.to})`);
  doc.text(`${t.generated}: ${swedishDay(figures.generatedAt)}`); // the day in Sweden, not in UTC

  heading(t.summary);
  doc.fontSize(9).text(summary.join(' '), { width, align: 'left' });

  heading(t.postsTitle);
  const which = ['current', 'previous', 'yearAgo'] as const;
  const periodLabel = (name: (typeof which)[number]) => `${t[name]} (${periodWords(language, periods[name])})`;
  chart(90, (box) =>
    groupedBars(
      doc,
      box,
      which.map((name) => t[name]),
      PRIORITIES.map((priority) => ({ label: t.priority[priority], color: COLORS[priority], values: which.map((name) => value('posts-by-priority', name, priority, periods[name])) })),
    ),
  );
  table(
    ['', ...which.map(periodLabel)],
    [...PRIORITIES, 'total' as const].map((measure) => [t.priority[measure], ...which.map((name) => value('posts-by-priority', name, measure, periods[name]))]),
    0.22,
  );

  heading(t.postsByHourTitle);
  const hours = figures.postsByHour.map((row) => String(row.hour));
  chart(90, (box) =>
    stackedBars(
      doc,
      box,
      hours,
      PRIORITIES.map((priority) => ({ label: t.priority[priority], color: COLORS[priority], values: hours.map((hour) => value('posts-by-hour', hour, priority)) })),
    ),
  );
  table(
    [t.hour, ...PRIORITIES.map((priority) => t.priority[priority])],
    hours.map((hour) => [`${hour.padStart(2, '0')}–${String(Number(hour) + 1).padStart(2, '0')}`, ...PRIORITIES.map((priority) => value('posts-by-hour', hour, priority))]),
    0.25,
  );

  heading(t.areasTitle);
  doc.fontSize(8).fillColor(INK).text(t.areasNote, { width }).moveDown(0.3);
  table(
    [t.area, t.groups, t.joined],
    figures.areas.map((row) => [row.area ?? t.noArea, value('areas', row.area ?? 'none', 'groups'), value('areas', row.area ?? 'none', 'joined')]),
  );

  heading(t.groupsTitle);
  const bands = figures.groupSizes.map((row) => row.band);
  chart(70, (box) => groupedBars(doc, box, bands, [{ label: t.groupSizesTitle, color: COLORS.line, values: bands.map((band) => value('group-sizes', band, 'groups')) }]));
  table([t.groupSizesTitle, t.groups], [...bands.map((band) => [band, value('group-sizes', band, 'groups')]), [t.total, value('group-sizes', 'total', 'groups')]]);
  const weeks = figures.groupGrowth.map((row) => row.week);
  if (weeks.length > 0) {
    doc.moveDown(0.8);
    chart(70, (box) =>
      lineChart(doc, { ...box, x: box.x + 20, width: box.width - 40 }, weeks, { label: t.groupGrowthTitle, color: COLORS.line, values: weeks.map((week) => value('group-growth', week, 'joined')) }),
    );
  }
  table([t.week, t.joined], [...weeks.map((week) => [week, value('group-growth', week, 'joined')]), [t.total, value('group-growth', 'total', 'joined')]]);

  heading(t.verificationTitle);
  table(
    ['', ''],
    [
      [t.verifiedOrganisations, value('verification', 'organisations', 'verified_organisations')],
      [t.badgesExpiring, value('verification', 'badges', 'expiring_within_60_days')],
    ],
    0.6,
  );

  heading(t.moderationTitle);
  table(
    ['', ''],
    [
      [t.casesOpened, value('moderation-cases', 'cases', 'opened')],
      [t.casesDecided, value('moderation-cases', 'cases', 'decided')],
      [t.medianHours, value('moderation-cases', 'cases', 'median_hours_to_decision')],
      [t.appealsReceived, value('appeals', 'appeals', 'received')],
      [t.appealsDecided, value('appeals', 'appeals', 'decided')],
      [t.appealsReversed, value('appeals', 'appeals', 'reversed')],
      [t.reversalRate, value('appeals', 'appeals', 'reversal_rate_percent')],
    ],
    0.6,
  );
  doc.moveDown(0.5);
  table(
    [t.noticesPerRule, ''],
    [...figures.reportsPerRule.map((row) => [ruleName(language, row.rule), value('reports-per-rule', row.rule, 'notices')]), [t.total, value('reports-per-rule', 'total', 'notices')]],
    0.6,
  );
  doc.moveDown(0.5);
  table(
    [t.decisionsPerRule, ''],
    [...figures.decisionsPerRule.map((row) => [ruleName(language, row.rule), value('decisions-per-rule', row.rule, 'decisions')]), [t.total, value('decisions-per-rule', 'total', 'decisions')]],
    0.6,
  );

  room(60);
  doc.moveDown(1).fontSize(8).fillColor(INK).text(t.suppression, MARGIN, doc.y, { width });

  const pages = doc.bufferedPageRange();
  for (let index = 0; index < pages.count; index++) {
    doc.switchToPage(pages.start + index);
    // Below the bottom margin: pdfkit would otherwise start a new page for the footer.
    doc.page.margins.bottom = 0;
    doc
      .fontSize(7)
      .fillColor('#555555')
      .text(`${t.footer}   ${t.page} ${index + 1} / ${pages.count}`, MARGIN, doc.page.height - MARGIN + 10, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
