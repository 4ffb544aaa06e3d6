/** The proposal workflow's mail template: what changed, for whom and why, every parameter escaped. */
import { describe, expect, it } from 'vitest';
import { renderMail } from '../../src/server/platform/mail/templates';

describe('proposal mail template', () => {
  const params = {
    recipientName: 'Đặng Thị Thu',
    agencyName: 'Sở Khoa học và Công nghệ',
    kindLabel: 'Hồ sơ đề nghị bị trả lại',
    title: 'Hồ sơ đề nghị của Phòng Quản lý khoa học được trả lại để bổ sung, sửa: Xét khen thưởng năm 2025',
    roundName: 'Xét khen thưởng năm 2025',
    unitName: 'Phòng Quản lý khoa học',
    items: ['Hoàng Văn Cường — Lao động tiên tiến: trả lại — Thiếu báo cáo thành tích'],
    reason: 'Thiếu báo cáo thành tích <b>2024</b>',
    deadline: null,
    url: 'https://tdkt.example.gov.vn/proposals/1',
  };

  it('names the round, the unit, each candidate concerned and the reason', () => {
    const m = renderMail('proposal', params);
    expect(m.subject).toBe(`[VinhDanh] ${params.title}`);
    expect(m.text).toContain('Đợt xét: Xét khen thưởng năm 2025');
    expect(m.text).toContain('Đơn vị đề nghị: Phòng Quản lý khoa học');
    expect(m.text).toContain('- Hoàng Văn Cường — Lao động tiên tiến: trả lại — Thiếu báo cáo thành tích');
    expect(m.text).toContain('Lý do, nội dung: Thiếu báo cáo thành tích <b>2024</b>');
    expect(m.text).not.toContain('Hạn gửi hồ sơ');
    expect(m.html).toContain('Thiếu báo cáo thành tích &lt;b&gt;2024&lt;/b&gt;');
    expect(m.html).not.toContain('<b>2024</b>');
  });

  it('a reminder carries the deadline', () => {
    expect(renderMail('proposal', { ...params, items: [], reason: '', deadline: '15/12/2025' }).text).toContain('Hạn gửi hồ sơ: 15/12/2025');
  });
});
