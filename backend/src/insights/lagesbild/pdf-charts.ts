/**
 * Charts drawn as PDF vector graphics (rectangles, lines, text), never images: they print sharp
 * and their labels stay text. Values arrive as published ("12", "< 5", ".."): a hidden value is
 * drawn as a dashed outline of no height that means anything, never as a bar of its size.
 */
export interface Series {
  label: string;
  color: string;
  /** One published value per category. */
  values: readonly string[];
}

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const INK = '#222222';
const GRID = '#bbbbbb';
const HIDDEN_HEIGHT = 6;

const numeric = (value: string): number | null => (/^\d+(\.\d+)?$/.test(value) ? Number(value) : null);
const niceMax = (max: number) => {
  if (max <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
};

function axes(doc: PDFKit.PDFDocument, box: ChartBox, max: number): void {
  doc.save().lineWidth(0.5).strokeColor(GRID);
  for (const step of [0, 0.5, 1]) {
    const y = box.y + box.height - step * box.height;
    doc
      .moveTo(box.x, y)
      .lineTo(box.x + box.width, y)
      .stroke();
    doc
      .fillColor(INK)
      .fontSize(6)
      .text(String(Math.round(max * step)), box.x - 24, y - 3, { width: 20, align: 'right', lineBreak: false });
  }
  doc.restore();
}

function hiddenMark(doc: PDFKit.PDFDocument, x: number, baseline: number, width: number, color: string): void {
  doc
    .save()
    .lineWidth(0.6)
    .dash(1.5, { space: 1.5 })
    .strokeColor(color)
    .rect(x, baseline - HIDDEN_HEIGHT, width, HIDDEN_HEIGHT)
    .stroke()
    .undash()
    .restore();
}

function legend(doc: PDFKit.PDFDocument, box: ChartBox, series: readonly Series[]): void {
  let x = box.x;
  const y = box.y + box.height + 16;
  for (const entry of series) {
    doc.save().rect(x, y, 7, 7).fill(entry.color).restore();
    doc
      .fillColor(INK)
      .fontSize(7)
      .text(entry.label, x + 10, y, { lineBreak: false });
    x += 14 + doc.widthOfString(entry.label) + 12;
  }
}

/** Bars side by side per category, one per series. */
export function groupedBars(doc: PDFKit.PDFDocument, box: ChartBox, categories: readonly string[], series: readonly Series[]): void {
  const max = niceMax(Math.max(0, ...series.flatMap((entry) => entry.values.map((value) => numeric(value) ?? 0))));
  axes(doc, box, max);
  const slot = box.width / categories.length;
  const bar = Math.min(18, (slot * 0.8) / series.length);
  const baseline = box.y + box.height;
  categories.forEach((category, index) => {
    const start = box.x + index * slot + (slot - bar * series.length) / 2;
    series.forEach((entry, which) => {
      const x = start + which * bar;
      const value = numeric(entry.values[index]);
      if (value === null) hiddenMark(doc, x + 0.5, baseline, bar - 1, entry.color);
      else if (value > 0)
        doc
          .save()
          .rect(x + 0.5, baseline - (value / max) * box.height, bar - 1, (value / max) * box.height)
          .fill(entry.color)
          .restore();
    });
    doc
      .fillColor(INK)
      .fontSize(7)
      .text(category, box.x + index * slot, baseline + 3, { width: slot, align: 'center', lineBreak: false });
  });
  legend(doc, box, series);
}

/** Bars stacked per category (the hours of the day), series in order from the bottom. */
export function stackedBars(doc: PDFKit.PDFDocument, box: ChartBox, categories: readonly string[], series: readonly Series[]): void {
  const totals = categories.map((_, index) => series.reduce((sum, entry) => sum + (numeric(entry.values[index]) ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  axes(doc, box, max);
  const slot = box.width / categories.length;
  const baseline = box.y + box.height;
  categories.forEach((category, index) => {
    let top = baseline;
    const x = box.x + index * slot + slot * 0.15;
    for (const entry of series) {
      const value = numeric(entry.values[index]);
      if (value === null) {
        hiddenMark(doc, x, top, slot * 0.7, entry.color);
        top -= HIDDEN_HEIGHT;
      } else if (value > 0) {
        const height = (value / max) * box.height;
        doc
          .save()
          .rect(x, top - height, slot * 0.7, height)
          .fill(entry.color)
          .restore();
        top -= height;
      }
    }
    doc
      .fillColor(INK)
      .fontSize(6)
      .text(category, box.x + index * slot, baseline + 3, { width: slot, align: 'center', lineBreak: false });
  });
  legend(doc, box, series);
}

/** A line through the published values; a hidden value breaks the line and shows as an open dot. */
export function lineChart(doc: PDFKit.PDFDocument, box: ChartBox, categories: readonly string[], series: Series): void {
  const values = series.values.map(numeric);
  const max = niceMax(Math.max(0, ...values.map((value) => value ?? 0)));
  axes(doc, box, max);
  const step = categories.length > 1 ? box.width / (categories.length - 1) : 0;
  const point = (index: number, value: number) => [box.x + index * step, box.y + box.height - (value / max) * box.height] as const;
  doc.save().lineWidth(1.2).strokeColor(series.color);
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const [x, y] = point(index, value);
    if (drawing) doc.lineTo(x, y);
    else doc.moveTo(x, y);
    drawing = true;
  });
  doc.stroke().restore();
  values.forEach((value, index) => {
    const [x, y] = point(index, value ?? 0);
    if (value === null)
      doc
        .save()
        .lineWidth(0.6)
        .strokeColor(series.color)
        .circle(x, box.y + box.height - 3, 2)
        .stroke()
        .restore();
    else doc.save().circle(x, y, 1.8).fill(series.color).restore();
    doc
      .fillColor(INK)
      .fontSize(6)
      .text(categories[index], x - 20, box.y + box.height + 3, { width: 40, align: 'center', lineBreak: false });
  });
}
