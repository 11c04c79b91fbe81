import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";

// The building blocks of the generated Word documents: A4, 明朝 body text, numbered articles, ruled tables.
// User text needs no escaping here: docx 9.15 escapes <, > and & and drops the characters XML 1.0 cannot hold
// (NUL, other C0 controls; a lone surrogate becomes U+FFFD), so word/document.xml stays readable for Word;
// lib/documents/documents.test.ts checks the output is well-formed for such input. `safe` only turns nulls into "" and CRLF into the "\n" runs() splits on.

export function safe(s: string | null | undefined): string {
  return (s ?? "").replace(/\r\n?/g, "\n");
}

/** Runs of one text, a line break for each "\n" (Word ignores a newline inside a run). */
function runs(text: string, opts: { bold?: boolean; size?: number } = {}): TextRun[] {
  return safe(text)
    .split("\n")
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: opts.bold, size: opts.size }));
}

export const p = (text: string, opts: { bold?: boolean; indent?: boolean; align?: "right" | "center" } = {}) =>
  new Paragraph({
    children: runs(text, { bold: opts.bold }),
    spacing: { after: 80 },
    indent: opts.indent ? { left: 420 } : undefined,
    alignment:
      opts.align === "right" ? AlignmentType.RIGHT : opts.align === "center" ? AlignmentType.CENTER : undefined,
  });

export const title = (text: string) =>
  new Paragraph({
    children: runs(text, { bold: true, size: 32 }),
    alignment: AlignmentType.CENTER,
    spacing: { after: 360 },
  });

/** 第n条（見出し）, or a plain section heading when n is omitted. */
export const article = (heading: string, n?: number) =>
  new Paragraph({
    children: runs(n === undefined ? heading : `第${n}条（${heading}）`, { bold: true }),
    spacing: { before: 200, after: 80 },
  });

export const blank = () => new Paragraph({ children: [] });

const line = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: line, bottom: line, left: line, right: line };

/** A ruled table; the first row is the header, repeated on each page. Empty cells stay empty (to fill in). */
export function table(header: string[], rows: string[][], widths?: number[]): Table {
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: runs(text, { bold: head }) })],
      borders,
      width: widths ? { size: widths[i], type: WidthType.PERCENTAGE } : undefined,
      shading: head ? { fill: "EDEDED" } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** `compact`: 10 pt on 15 mm (top, bottom) and 18 mm margins, so the budget memo stays on one A4 page. */
export async function pack(docTitle: string, children: FileChild[], opts: { compact?: boolean } = {}): Promise<Buffer> {
  const [tb, lr] = opts.compact ? [850, 1020] : [1417, 1417];
  const doc = new Document({
    title: safe(docTitle).slice(0, 200),
    creator: "Kyoso Hub",
    styles: {
      default: {
        document: {
          run: { size: opts.compact ? 20 : 21, font: { ascii: "Century", hAnsi: "Century", eastAsia: "游明朝" } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: tb, bottom: tb, left: lr, right: lr },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
