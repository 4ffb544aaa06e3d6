/**
 * Reads a generated .docx back for the tests: unzips word/document.xml with the ZIP directory reader of
 * src/documents/files/inspect.ts and node:zlib, then pulls out paragraphs, tables, runs and the page
 * setup with regular expressions (the generator's XML is regular: no nested tables, no fields in text).
 */
import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../src/documents/files/inspect';

export function zipPart(buf: Buffer, name: string): string {
  const entry = readZipDirectory(buf).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the archive`);
  const h = entry.localHeaderOffset;
  const method = buf.readUInt16LE(h + 8);
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const raw = buf.subarray(start, start + entry.compressedSize);
  return (method === 0 ? raw : inflateRawSync(raw)).toString('utf8');
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of an XML fragment: every <w:t> joined. */
export const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');

export interface DocxRun {
  text: string;
  font: string | null;
  /** Points. */
  size: number | null;
  bold: boolean;
  italics: boolean;
  highlight: string | null;
}

export interface ReadDocx {
  xml: string;
  /** Text of every paragraph outside tables, in order. */
  paragraphs: string[];
  /** Every table: rows of cell texts. */
  tables: string[][][];
  runs: DocxRun[];
  page: { width: number; height: number; orient: string | null; margin: Record<'top' | 'bottom' | 'left' | 'right', number> };
  /** Whether the first page has its own (empty) header: page numbers from page 2. */
  titlePage: boolean;
  /** Default run font and size (points) from styles.xml. */
  defaults: { font: string | null; size: number | null };
}

/** Text of each paragraph of a fragment (cells: one line per paragraph, empty ones dropped there). */
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => textOf(m[1]!));

const attr = (xml: string, tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1] ?? null;

export function readDocx(buf: Buffer): ReadDocx {
  const xml = zipPart(buf, 'word/document.xml');
  const styles = zipPart(buf, 'word/styles.xml');
  const tableXml = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
  const tables = tableXml.map((t) =>
    [...t.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => paragraphsOf(c[1]!).filter(Boolean).join('\n'))));
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = paragraphsOf(outside);
  const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const r = m[1]!;
    const size = attr(r, 'w:sz', 'w:val');
    return {
      text: textOf(r),
      font: attr(r, 'w:rFonts', 'w:ascii'),
      size: size ? Number(size) / 2 : null,
      bold: /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(r),
      italics: /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>/.test(r),
      highlight: attr(r, 'w:highlight', 'w:val'),
    };
  });
  const sect = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(xml)?.[0] ?? '';
  const num = (tag: string, name: string) => Number(attr(sect, tag, name));
  const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
  const defaultSize = attr(docDefaults, 'w:sz', 'w:val');
  return {
    xml,
    paragraphs,
    tables,
    runs,
    page: {
      width: num('w:pgSz', 'w:w'),
      height: num('w:pgSz', 'w:h'),
      orient: attr(sect, 'w:pgSz', 'w:orient'),
      margin: { top: num('w:pgMar', 'w:top'), bottom: num('w:pgMar', 'w:bottom'), left: num('w:pgMar', 'w:left'), right: num('w:pgMar', 'w:right') },
    },
    titlePage: /<w:titlePg(?:\/>|\s)/.test(sect),
    defaults: { font: attr(docDefaults, 'w:rFonts', 'w:ascii'), size: defaultSize ? Number(defaultSize) / 2 : null },
  };
}
