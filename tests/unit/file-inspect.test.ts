import { describe, expect, it } from 'vitest';
import { checkArchive, extensionOf, readZipDirectory } from '../../src/documents/files/inspect';
import { attachmentDisposition, cleanFileName } from '../../src/server/platform/files';
import { docxFile, zipOf } from '../fixtures/files';

describe('file names and the download header', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987), quotes and all', () => {
    const h = attachmentDisposition('Tờ trình "Bằng khen" 50%.pdf');
    expect(h).toBe(`attachment; filename="To trinh _Bang khen_ 50%.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20%22B%E1%BA%B1ng%20khen%22%2050%25.pdf`);
    expect(decodeURIComponent(h.split("''")[1]!)).toBe('Tờ trình "Bằng khen" 50%.pdf');
  });

  it('keeps only the base name, without control characters', () => {
    expect(cleanFileName('C:\\Users\\an\\Báo cáo.docx')).toBe('Báo cáo.docx');
    expect(cleanFileName('../../etc/passwd\u0000.pdf')).toBe('passwd.pdf');
    expect(extensionOf('Ảnh.JPEG')).toBe('jpeg');
    expect(extensionOf('.pdf')).toBe('');
  });
});

describe('ZIP central directory', () => {
  it('lists a DOCX without decompressing it', () => {
    expect(readZipDirectory(docxFile()).map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });

  it('refuses paths that climb out and a cut-off archive', () => {
    const entries = readZipDirectory(zipOf([{ name: '../../evil.sh', data: Buffer.from('x') }]));
    expect(checkArchive(entries)).toMatch(/đường dẫn không hợp lệ/);
    expect(() => readZipDirectory(docxFile().subarray(0, 300))).toThrow(/bị hỏng/);
  });
});
