import { beforeAll, describe, expect, it } from 'vitest';
import {
  BLANK_MARK,
  REPORT_LAYOUT,
  achievementReportFileName,
  writeAchievementReport,
  type CollectiveReportInput,
  type IndividualReportInput,
} from '../../src/documents/achievement-report-docx';
import { reportPeriod } from '../../src/domain/records/report-period';
import { readDocx, type ReadDocx } from '../support/docx';

const mmToTwips = (mm: number) => (mm * 1440) / 25.4;

const individual: IndividualReportInput = {
  kind: 'individual',
  award: { code: 'CSTD_TINH', year: 2025 },
  years: [2025, 2023, 2024],
  yearsNote: 'số liệu các năm 2023–2025 theo kết quả kiểm tra điều kiện.',
  agency: { name: 'Sở Khoa học và Công nghệ', superiorBody: 'UBND tỉnh Lạng Sơn', placeName: 'Lạng Sơn' },
  preparedOn: '2026-01-15',
  person: { fullName: 'Đặng Thị Hồng Nhung', gender: 'female', birthDate: '1985-03-05', position: 'Phó Trưởng phòng', unitName: 'Phòng Quản lý khoa học', staffCategory: 'cong_chuc' },
  ratings: [
    { year: 2023, level: 'HTXSNV', decisionNo: '12/QĐ-SKHCN', decidedOn: '2023-12-20' },
    { year: 2025, level: 'HTTNV', decisionNo: '', decidedOn: null },
  ],
  awards: [
    { year: 2024, awardCode: 'CSTDCS', decisionNo: '101/QĐ-SKHCN', decidedOn: '2024-12-25', conferredBy: '' },
    { year: 2023, awardCode: 'LDTT', decisionNo: '100/QĐ-SKHCN', decidedOn: '2023-12-25', conferredBy: 'Giám đốc Sở Khoa học và Công nghệ' },
    { year: 2022, awardCode: 'BK_TINH', decisionNo: '2345/QĐ-UBND', decidedOn: '2022-11-02', conferredBy: '' },
  ],
  initiatives: [{
    title: 'Số hóa quy trình xét duyệt đề tài „Nông nghiệp xanh"', decisionNo: '3/QĐ-HĐSK', recognizedOn: '2024-11-10', recognizingBody: 'Hội đồng sáng kiến cấp tỉnh',
    recognizedBy: 'TINH', impactScope: 'TINH', ownSharePct: 70, basisOfThisProposal: true,
  }],
  scienceTasks: [{
    code: 'ĐTCS.2024-01', title: 'Ứng dụng bản đồ số cho cây hồi', taskLevel: 'TINH', acceptedOn: '2024-09-30', acceptanceResult: 'KHA', impactScope: 'TINH', role: 'LEADER', basisOfThisProposal: false,
  }],
};

const collective: CollectiveReportInput = {
  kind: 'collective',
  award: { code: 'TTLDXS', year: 2025 },
  years: [2025],
  yearsNote: 'số liệu năm 2025 (thời gian tiêu chuẩn xét).',
  agency: { name: 'Sở Khoa học và Công nghệ', superiorBody: null, placeName: null },
  preparedOn: '2026-01-15',
  unit: { name: 'Trung tâm Ứng dụng và Thống kê KH&CN', parentName: null, leaders: [{ fullName: 'Vi Thị Đào', position: 'Giám đốc Trung tâm' }] },
  unitYears: [{ year: 2025, rating: { year: 2025, level: 'HTXSNV', decisionNo: '5/QĐ-SKHCN', decidedOn: '2025-12-30' }, memberCount: 12, membersWithLdtt: 9, ldttShare: 0.75 }],
  awards: [{ year: 2024, awardCode: 'TTLDTT', decisionNo: '88/QĐ-SKHCN', decidedOn: '2024-12-26', conferredBy: '' }],
};

/** The table whose header row starts with these cells. */
const tableStarting = (d: ReadDocx, ...header: string[]) => {
  const t = d.tables.find((x) => header.every((h, i) => x[0]?.[i] === h));
  if (!t) throw new Error(`no table with header ${header.join(' | ')}`);
  return t.slice(1);
};

describe('báo cáo thành tích of a person (DOCX parsed back)', () => {
  let d: ReadDocx;
  beforeAll(async () => {
    d = readDocx(await writeAchievementReport(individual));
  });

  it('is an A4 portrait page with the ND 30/2020 margins, page numbers from page 2', () => {
    expect([d.page.width, d.page.height, d.page.orient]).toEqual([11906, 16838, 'portrait']);
    expect(d.page.margin.top).toBeCloseTo(mmToTwips(20), -1);
    expect(d.page.margin.bottom).toBeCloseTo(mmToTwips(20), -1);
    expect(d.page.margin.left).toBeCloseTo(mmToTwips(30), -1);
    expect(d.page.margin.right).toBeCloseTo(mmToTwips(15), -1);
    expect(d.titlePage).toBe(true);
  });

  it('writes every run in Times New Roman, 13 or 14 points', () => {
    expect(d.defaults).toEqual({ font: 'Times New Roman', size: 14 });
    const texts = d.runs.filter((r) => r.text.trim());
    expect(texts.length).toBeGreaterThan(50);
    expect(new Set(texts.map((r) => r.font))).toEqual(new Set([REPORT_LAYOUT.font]));
    expect([...new Set(texts.map((r) => r.size))].sort()).toEqual([13, 14]);
  });

  it('has the Quốc hiệu (13, bold), the Tiêu ngữ (14, bold), the agency and the title', () => {
    const runOf = (t: string) => d.runs.find((r) => r.text === t);
    expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true, size: 13 });
    expect(runOf('Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, size: 14 });
    expect(runOf('UBND TỈNH LẠNG SƠN')).toMatchObject({ bold: false, size: 13 });
    expect(runOf('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toMatchObject({ bold: true, size: 13 });
    expect(runOf('BÁO CÁO THÀNH TÍCH')).toMatchObject({ bold: true, size: 14 });
    expect(d.paragraphs).toContain('ĐỀ NGHỊ TẶNG DANH HIỆU "CHIẾN SĨ THI ĐUA CẤP TỈNH" NĂM 2025');
    expect(d.paragraphs).toContain('Lạng Sơn, ngày …… tháng …… năm 2026');
    expect(runOf('Lạng Sơn, ngày …… tháng …… năm 2026')?.italics).toBe(true);
  });

  it('fills the personal data from the record, diacritics intact', () => {
    expect(d.paragraphs).toEqual(expect.arrayContaining([
      'Đặng Thị Hồng Nhung, Phó Trưởng phòng, Phòng Quản lý khoa học',
      '- Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt): Đặng Thị Hồng Nhung',
      '- Sinh ngày, tháng, năm: 05/03/1985',
      '- Giới tính: Nữ',
      '- Đơn vị công tác: Phòng Quản lý khoa học',
      '- Chức vụ (Đảng, chính quyền, đoàn thể): Phó Trưởng phòng',
      '- Đối tượng: Công chức',
    ]));
  });

  it('lists one rating row per year of the period, oldest first, a missing year said so', () => {
    expect(tableStarting(d, 'Năm', 'Mức đánh giá, xếp loại chất lượng')).toEqual([
      ['2023', 'Hoàn thành xuất sắc nhiệm vụ', 'Số 12/QĐ-SKHCN ngày 20/12/2023'],
      ['2024', 'Chưa có trong hồ sơ', ''],
      ['2025', 'Hoàn thành tốt nhiệm vụ', ''],
    ]);
  });

  it('splits titles and forms received, with decision and issuing level', () => {
    expect(tableStarting(d, 'Năm', 'Danh hiệu thi đua')).toEqual([
      ['2023', 'Lao động tiên tiến', 'Số 100/QĐ-SKHCN ngày 25/12/2023; Giám đốc Sở Khoa học và Công nghệ'],
      ['2024', 'Chiến sĩ thi đua cơ sở', 'Số 101/QĐ-SKHCN ngày 25/12/2024; Giám đốc Sở'],
    ]);
    expect(tableStarting(d, 'Năm', 'Hình thức khen thưởng')).toEqual([
      ['2022', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Số 2345/QĐ-UBND ngày 02/11/2022; Chủ tịch Ủy ban nhân dân tỉnh'],
    ]);
  });

  it('lists initiatives and S&T tasks with their recognition and scope', () => {
    expect(tableStarting(d, 'STT', 'Tên sáng kiến')).toEqual([[
      '1', 'Số hóa quy trình xét duyệt đề tài „Nông nghiệp xanh"', 'Số 3/QĐ-HĐSK ngày 10/11/2024; Hội đồng sáng kiến cấp tỉnh; Phạm vi tỉnh', 'Phạm vi tỉnh', '70%; căn cứ đề nghị lần này',
    ]]);
    expect(tableStarting(d, 'STT', 'Mã, tên nhiệm vụ')).toEqual([[
      '1', 'ĐTCS.2024-01 – Ứng dụng bản đồ số cho cây hồi', 'Cấp tỉnh', 'Nghiệm thu ngày 30/09/2024; Khá', 'Phạm vi tỉnh', 'Chủ nhiệm',
    ]]);
  });

  it('marks the narrative parts as highlighted blanks for the unit', () => {
    const blanks = d.runs.filter((r) => r.text.includes('đơn vị bổ sung'));
    expect(blanks.length).toBeGreaterThanOrEqual(6);
    expect(blanks.every((r) => r.highlight === 'yellow' && r.italics)).toBe(true);
    expect(d.paragraphs).toContain('[… đơn vị bổ sung: chức trách, nhiệm vụ được giao …]');
    expect(d.paragraphs).toContain('- Quê quán: [… đơn vị bổ sung: quê quán …]');
  });

  it('ends with the signatures of the head of unit and of the person', () => {
    const signatures = d.tables.at(-1)!;
    expect(signatures[0]).toEqual(['THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ\n(Ký, đóng dấu)', 'NGƯỜI BÁO CÁO THÀNH TÍCH\n(Ký, ghi rõ họ và tên)\nĐặng Thị Hồng Nhung']);
  });
});

describe('báo cáo thành tích of a collective', () => {
  let d: ReadDocx;
  beforeAll(async () => {
    d = readDocx(await writeAchievementReport(collective));
  });

  it('has the unit, its leaders, its yearly results and its awards', () => {
    expect(d.paragraphs).toContain('ĐỀ NGHỊ TẶNG DANH HIỆU "TẬP THỂ LAO ĐỘNG XUẤT SẮC" NĂM 2025');
    expect(d.paragraphs).toContain('- Tên tập thể: Trung tâm Ứng dụng và Thống kê KH&CN');
    expect(d.paragraphs).toContain('- Trực thuộc: Sở Khoa học và Công nghệ');
    expect(tableStarting(d, 'STT', 'Họ và tên', 'Chức vụ')).toEqual([['1', 'Vi Thị Đào', 'Giám đốc Trung tâm']]);
    expect(tableStarting(d, 'Năm', 'Xếp loại tập thể')).toEqual([['2025', 'Hoàn thành xuất sắc nhiệm vụ', 'Số 5/QĐ-SKHCN ngày 30/12/2025', '12', '9 (75%)']]);
    expect(tableStarting(d, 'Năm', 'Danh hiệu thi đua')).toEqual([['2024', 'Tập thể lao động tiên tiến', 'Số 88/QĐ-SKHCN ngày 26/12/2024; Giám đốc Sở']]);
    expect(d.paragraphs.filter((p) => p.includes(BLANK_MARK.slice(2, -2))).length).toBeGreaterThanOrEqual(5);
  });

  it('without a superior body, names the agency first and the unit below it', () => {
    expect(d.tables[0]![0]![0]).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM ỨNG DỤNG VÀ THỐNG KÊ KH&CN');
  });
});

describe('the period a report covers', () => {
  it("takes the engine's years when it relied on a run", () => {
    expect(reportPeriod('CSTD_TINH', 2025, [2023, 2024, 2025])).toMatchObject({ years: [2023, 2024, 2025], source: 'engine' });
    expect(reportPeriod('BK_TINH', 2025, [2024])).toMatchObject({ years: [2024, 2025], source: 'engine' });
  });

  it('falls back to the standard period when the engine relied on the year alone or on nothing', () => {
    expect(reportPeriod('CSTDCS', 2025, [2025])).toMatchObject({ years: [2025], source: 'standard' });
    expect(reportPeriod('CSTD_TINH', 2025, [])).toMatchObject({ years: [2023, 2024, 2025], source: 'standard' });
    expect(reportPeriod('BK_TTG', 2025, null).years).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
});

it('names the file with diacritics, without characters a file system refuses', () => {
  expect(achievementReportFileName('Đặng Thị "Hồng" Nhung', 'CSTDCS', 2025)).toBe('Báo cáo thành tích - Đặng Thị Hồng Nhung - Chiến sĩ thi đua cơ sở 2025.docx');
});
