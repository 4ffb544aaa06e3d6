/**
 * Legal bases of the criteria, with their citations computed once at load time.
 * Texts are short Vietnamese paraphrases of the provisions as summarised in tdkt-rules.md.
 */
import { cited, lb, type CitedBasis } from '../catalogue';

const L = (article: string, clause: string | undefined, point: string | undefined, conf: 'P' | 'S' | 'UNCONFIRMED', text: string): CitedBasis =>
  cited(lb('LAW2022', { article, clause, point }, conf, text));

export const BASES = {
  // Principles (LAW2022 Art. 5)
  noDoubleCount: L('5', '2', 'c', 'S', 'Một thành tích không khen thưởng nhiều lần, nhiều hình thức'),
  regimeMissing: cited(lb('LAW2022', {}, 'P', 'Luật Thi đua, khen thưởng 2022 có hiệu lực từ 01/01/2024; công cụ không áp dụng chế độ pháp lý trước đó')),

  // LĐTT (Art. 24)
  ldttRating: L('24', '1', 'a', 'S', 'Hoàn thành tốt nhiệm vụ trở lên'),
  ldttSpirit: L('24', '1', 'b', 'S', 'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua'),

  /** Maternity leave counted as working time: ND98 Art. 4 (dossiers to 30/06/2025); ND152 is presumed to keep it (not confirmed). */
  maternityNd98: cited(lb('ND98', { article: '4' }, 'S', 'Thời gian nghỉ chế độ thai sản được tính để xét danh hiệu thi đua')),
  maternityNd152: cited(lb('ND152', {}, 'UNCONFIRMED', 'Thời gian nghỉ chế độ thai sản được tính để xét danh hiệu thi đua (được cho là giữ quy định của Điều 4 Nghị định 98/2023/NĐ-CP; chưa xác nhận điều khoản)')),

  // CSTĐCS (Art. 23)
  cstdcsLdtt: L('23', '1', undefined, 'S', 'Đạt tiêu chuẩn danh hiệu "Lao động tiên tiến"'),
  cstdcsHtxsnv: L('23', '2', undefined, 'S', 'Hoàn thành xuất sắc nhiệm vụ'),
  cstdcsInitiative: L('23', '2', undefined, 'S', 'Có sáng kiến được cơ sở công nhận'),
  cstdcsScienceTask: L('23', '2', undefined, 'S', 'Có đề tài, đề án, công trình khoa học và công nghệ đã được nghiệm thu'),
  cstdcsBasis: L('23', '2', undefined, 'S', 'Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, hoặc có đề tài, đề án, công trình khoa học và công nghệ'),

  // CSTĐ tỉnh (Art. 22)
  cstdTinhChain: L('22', undefined, undefined, 'S', 'Có 03 lần liên tục đạt danh hiệu "Chiến sĩ thi đua cơ sở"'),
  cstdTinhInitiative: L('22', undefined, undefined, 'S', 'Có sáng kiến hoặc đề tài, công trình khoa học đã nghiệm thu được áp dụng hiệu quả, có khả năng nhân rộng, được Chủ tịch Ủy ban nhân dân tỉnh công nhận có phạm vi ảnh hưởng trong tỉnh'),
  cstdTinhCouncil: L('22', undefined, undefined, 'S', 'Có thành tích xuất sắc tiêu biểu, được Hội đồng Thi đua - Khen thưởng bình chọn'),

  // CSTĐ toàn quốc (Art. 21)
  cstdTqChain: L('21', undefined, undefined, 'S', 'Có 02 lần liên tục đạt danh hiệu "Chiến sĩ thi đua bộ, ban, ngành, tỉnh"'),
  cstdTqInitiative: L('21', '2', undefined, 'S', 'Có sáng kiến hoặc công trình khoa học được áp dụng hiệu quả, có khả năng nhân rộng, được công nhận có phạm vi ảnh hưởng toàn quốc'),
  cstdTqCouncil: L('21', undefined, undefined, 'S', 'Thành tích tiêu biểu xuất sắc trong số những cá nhân đạt danh hiệu Chiến sĩ thi đua cấp tỉnh, được Hội đồng bình chọn'),

  // TTLĐTT (Art. 28.1)
  ttldttRating: L('28', '1', undefined, 'S', 'Hoàn thành tốt nhiệm vụ'),
  ttldttMovement: L('28', '1', undefined, 'S', 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả'),
  ttldttUnity: L('28', '1', undefined, 'S', 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước'),

  // TTLĐXS (Art. 27.1)
  ttldxsRating: L('27', '1', undefined, 'S', 'Hoàn thành xuất sắc nhiệm vụ'),
  ttldxsMovement: L('27', '1', undefined, 'S', 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả'),
  ttldxsAllMembers: L('27', '1', undefined, 'S', 'Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ'),
  ttldxsUnity: L('27', '1', undefined, 'S', 'Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước'),

  // Cờ thi đua (Art. 25, 26)
  coTdCpPoint1: L('25', '1', undefined, 'S', 'Tập thể tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua do bộ, ngành, tỉnh tổ chức'),
  coTdCpPoint2: L('25', '2', undefined, 'S', 'Tập thể dẫn đầu cụm, khối thi đua do Ban Thi đua - Khen thưởng Trung ương tổ chức'),
  coTdCpPoint3: L('25', '3', undefined, 'S', 'Tập thể dẫn đầu phong trào thi đua do Thủ tướng phát động từ 05 năm trở lên, khi sơ kết, tổng kết'),
  coTdCpBasis: L('25', undefined, undefined, 'S', 'Đạt một trong các trường hợp của Điều 25'),
  coTdCpStandards: L('25', '1', undefined, 'S', 'Hoàn thành vượt mức chỉ tiêu; nội bộ đoàn kết; tổ chức Đảng, đoàn thể trong sạch, vững mạnh; đi đầu thực hành tiết kiệm, chống lãng phí, chống tham nhũng'),
  coTdCpCouncil: L('25', undefined, undefined, 'S', 'Được Hội đồng Thi đua - Khen thưởng bình chọn'),
  coTdTinhLeader: L('26', undefined, undefined, 'UNCONFIRMED', 'Tập thể dẫn đầu cụm, khối thi đua của tỉnh (nội dung Điều 26 chưa được xác nhận)'),
  coTdTinhCouncil: L('26', undefined, undefined, 'UNCONFIRMED', 'Được Hội đồng Thi đua - Khen thưởng tỉnh bình chọn (nội dung Điều 26 chưa được xác nhận)'),

  // Bằng khen tỉnh (Art. 74)
  bkTinhCompliance: L('74', '1', undefined, 'S', 'Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước'),
  bkTinhA: L('74', '1', 'a', 'S', 'Có thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh phát động'),
  bkTinhB: L('74', '1', 'b', 'S', 'Lập được thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực do tỉnh quản lý'),
  bkTinhC: L('74', '1', 'c', 'S', 'Có đóng góp lớn vào phát triển kinh tế - xã hội, ứng dụng khoa học công nghệ, xã hội, từ thiện nhân đạo'),
  bkTinhD: L('74', '1', 'd', 'S', 'Có 02 lần liên tục đạt "Chiến sĩ thi đua cơ sở" hoặc liên tục từ 02 năm trở lên hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến hoặc 02 đề tài, công trình khoa học được công nhận, nghiệm thu và áp dụng hiệu quả trong phạm vi cơ sở'),
  bkTinhAny: L('74', '1', undefined, 'S', 'Đạt một trong các điểm a, b, c, d khoản 1 Điều 74'),
  bkTinhDMore: cited(lb('BNV_GUIDANCE', {}, 'S', 'Sáng kiến đã dùng để xét "Chiến sĩ thi đua cơ sở" không được tính lại; cần thêm 02 sáng kiến khác')),
  bkTinhCollective: L('74', '2', undefined, 'UNCONFIRMED', 'Tiêu chuẩn Bằng khen cấp tỉnh đối với tập thể (chưa được xác nhận)'),

  // Bằng khen Thủ tướng (Art. 73.1.b)
  bkTtgPrereq: L('73', '1', 'b', 'S', 'Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh'),
  bkTtgRun: L('73', '1', 'b', 'S', '05 năm tiếp theo trở lên liên tục hoàn thành tốt nhiệm vụ trở lên'),
  bkTtgCstdcs: L('73', '1', 'b', 'S', 'Trong thời gian đó có 03 lần được tặng danh hiệu "Chiến sĩ thi đua cơ sở"'),
  bkTtgOtherPoints: L('73', '1', undefined, 'UNCONFIRMED', 'Các điểm khác của khoản 1 Điều 73 chưa được xác nhận đầy đủ; công cụ chỉ xét điểm b'),
  bkTtgCollective: L('73', undefined, undefined, 'UNCONFIRMED', 'Tiêu chuẩn Bằng khen của Thủ tướng đối với tập thể (chưa được xác nhận)'),

  // Giấy khen (Art. 75.2)
  gkCriteria: L('75', '2', undefined, 'S', 'Bộ, ngành, địa phương quy định chi tiết tiêu chuẩn Giấy khen'),

  // Rating rules (ND335, ND233, ND90/48)
  d3Nd335: cited(lb('ND335', { clause: '4', point: 'c' }, 'S', 'Công chức bị xử lý kỷ luật liên quan đến thực thi nhiệm vụ, công vụ từ khiển trách trở lên trong năm đánh giá thì xếp loại Không hoàn thành nhiệm vụ')),
  d3Nd233: cited(lb('ND233', { article: '12', clause: '4', point: 'c' }, 'P', 'Viên chức bị xử lý kỷ luật liên quan đến thực hiện nhiệm vụ từ khiển trách trở lên trong năm đánh giá thì xếp loại Không hoàn thành nhiệm vụ')),
  d4Nd335: cited(lb('ND335', { clause: '4' }, 'S', 'Suy thoái về chính trị, đạo đức được cấp có thẩm quyền kết luận; người đứng đầu để xảy ra tham nhũng, lãng phí bị xử lý: xếp loại Không hoàn thành nhiệm vụ')),
  d4Nd233: cited(lb('ND233', { article: '12', clause: '4', point: 'b' }, 'P', 'Suy thoái về chính trị, đạo đức được cấp có thẩm quyền kết luận, hoặc người đứng đầu để xảy ra tham ô, tham nhũng, lãng phí bị xử lý (điểm d): xếp loại Không hoàn thành nhiệm vụ')),
  leaderCap: cited(lb('ND233', { article: '12', clause: '7' }, 'P', 'Kết quả xếp loại của người đứng đầu không cao hơn kết quả xếp loại của đơn vị')),
  minWorkMonths: cited(lb('ND233', { article: '14', clause: '1' }, 'P', 'Viên chức công tác dưới 06 tháng trong năm không đánh giá, xếp loại (trừ nghỉ chế độ theo quy định)')),
  xsCapNd335: cited(lb('ND335', { clause: '5', point: 'a' }, 'S', 'Số công chức Hoàn thành xuất sắc nhiệm vụ không quá 20% số Hoàn thành tốt nhiệm vụ, theo từng cơ quan và nhóm có nhiệm vụ tương đồng')),
  xsCapNd233: cited(lb('ND233', { article: '12', clause: '6' }, 'P', 'Số viên chức Hoàn thành xuất sắc nhiệm vụ không quá 20% số Hoàn thành tốt nhiệm vụ; tối đa 25% nếu đơn vị được xếp loại Hoàn thành xuất sắc nhiệm vụ')),
  xsCapNd90: cited(lb('ND48', {}, 'UNCONFIRMED', 'Tỷ lệ Hoàn thành xuất sắc nhiệm vụ không quá 20% số Hoàn thành tốt nhiệm vụ (được cho là theo Nghị định 48/2023/NĐ-CP, chưa đọc văn bản)')),
} as const;
