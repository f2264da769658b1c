import { extractTextItems } from 'unpdf';

/**
 * A PDF's text as a reader sees it: the words of each line (items at the same height), left to
 * right, joined by " | ", one line per row, page after page.
 */
export async function pdfLines(pdf: Buffer): Promise<string[]> {
  const { items } = await extractTextItems(new Uint8Array(pdf));
  return items.flatMap((page) => {
    const rows = new Map<number, { x: number; str: string }[]>();
    for (const item of page) {
      if (!item.str.trim()) continue;
      const y = Math.round(item.y);
      rows.set(y, [...(rows.get(y) ?? []), { x: item.x, str: item.str.trim() }]);
    }
    return [...rows.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, words]) =>
        words
          .sort((a, b) => a.x - b.x)
          .map((word) => word.str)
          .join(' | '),
      );
  });
}
