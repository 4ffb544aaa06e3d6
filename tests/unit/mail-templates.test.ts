import { describe, expect, it } from 'vitest';
import { escapeHtml, oneLine, renderMail } from '../../src/server/platform/mail/templates';

describe('mail templates', () => {
  const params = {
    recipientName: 'Nguyễn Thị Hồng Nhung',
    agencyName: 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn',
    kindLabel: 'Nhập dữ liệu từ Excel không thành công',
    title: 'Nhập dữ liệu từ Excel không thành công: Danh sách cán bộ',
    body: 'Tệp có 3 dòng lỗi.\nKhông có dòng nào được ghi.',
    url: 'https://tdkt.example.gov.vn/people?x=1&y=<2>',
  };

  it('a notification mail carries the Vietnamese title in its subject and text', () => {
    const m = renderMail('notification', params);
    expect(m.subject).toBe('[VinhDanh] Nhập dữ liệu từ Excel không thành công: Danh sách cán bộ');
    expect(m.text).toContain('Kính gửi Nguyễn Thị Hồng Nhung,');
    expect(m.text).toContain('Tệp có 3 dòng lỗi.');
    expect(m.text).toContain('Xem chi tiết: https://tdkt.example.gov.vn/people?x=1&y=<2>');
    expect(m.html).toContain('<p style="margin:0 0 12px">Không có dòng nào được ghi.</p>');
  });

  it('escapes every parameter in the HTML body', () => {
    const m = renderMail('notification', { ...params, recipientName: '<script>alert(1)</script>', title: 'A & "B"' });
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(m.html).toContain('A &amp; &quot;B&quot;');
    expect(m.html).toContain('href="https://tdkt.example.gov.vn/people?x=1&amp;y=&lt;2&gt;"');
  });

  it('a subject is one line: line breaks cannot add headers', () => {
    const m = renderMail('notification', { ...params, title: 'Tiêu đề\r\nBcc: ke-xau@example.com' });
    expect(m.subject).toBe('[VinhDanh] Tiêu đề Bcc: ke-xau@example.com');
    expect(oneLine('a'.repeat(300)).length).toBe(200);
  });

  it('no link without the public address of the app', () => {
    const m = renderMail('notification', { ...params, url: null });
    expect(m.text).not.toContain('Xem chi tiết');
    expect(m.html).not.toContain('href=');
  });

  it('the test mail names the agency and who sent it', () => {
    const m = renderMail('mail.test', { agencyName: 'Sở Nội vụ', sentBy: 'Trần Văn Đức' });
    expect(m.subject).toBe('[VinhDanh] Thư thử — kiểm tra cấu hình thư điện tử của Sở Nội vụ');
    expect(m.text).toContain('Trần Văn Đức');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});
