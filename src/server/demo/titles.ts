/** Titles of generated initiatives (with the units whose staff would propose them) and the S&T tasks. */
import type { AcceptanceResult, InitiativeScope, ScienceTaskKind } from '../../domain/catalogue/codes';
import type { FeaturedKey } from './featured';
import type { UnitCode } from './organisation';

export const INITIATIVE_POOL: readonly (readonly [string, UnitCode[]])[] = [
  ['Giải pháp quản lý văn bản đi, đến trên phần mềm quản lý văn bản gắn với chữ ký số', ['VP']],
  ['Giải pháp quản lý tài sản công bằng mã vạch tại Văn phòng Sở', ['VP']],
  ['Chuẩn hóa dữ liệu hồ sơ cán bộ, công chức, viên chức phục vụ số hóa và khai thác trên môi trường mạng', ['VP']],
  ['Giải pháp tổ chức hội nghị trực tuyến kết nối đến cấp xã tiết kiệm chi phí', ['VP', 'TTCNTT']],
  ['Quy trình thanh tra chuyên ngành về tiêu chuẩn, đo lường, chất lượng đối với kinh doanh xăng dầu', ['TTRA']],
  ['Giải pháp theo dõi, đôn đốc thực hiện kết luận thanh tra trên bảng tính dùng chung', ['TTRA']],
  ['Giải pháp rút ngắn thời gian thẩm định hồ sơ đề xuất đặt hàng nhiệm vụ khoa học và công nghệ', ['QLKH']],
  ['Bộ tiêu chí đánh giá hiệu quả ứng dụng kết quả nhiệm vụ khoa học và công nghệ sau nghiệm thu', ['QLKH']],
  ['Giải pháp hỗ trợ doanh nghiệp đăng ký xác lập quyền sở hữu công nghiệp cho sản phẩm OCOP', ['QLCN']],
  ['Tổ chức kết nối cung – cầu công nghệ trực tuyến cho doanh nghiệp nhỏ và vừa', ['QLCN']],
  ['Quy trình thẩm định công nghệ dự án đầu tư theo hướng số hóa hồ sơ', ['QLCN']],
  ['Giải pháp đo kiểm chất lượng sóng di động tại các xã vùng sâu, vùng xa', ['QLCHN']],
  ['Quy trình phối hợp kiểm tra an toàn bức xạ tại các cơ sở X-quang y tế tư nhân', ['QLCHN']],
  ['Giải pháp tự động hóa tổng hợp báo cáo quyết toán kinh phí sự nghiệp khoa học và công nghệ', ['KHTC']],
  ['Phần mềm theo dõi tiến độ giải ngân vốn đầu tư công của Sở', ['KHTC']],
  ['Bộ công cụ tự đánh giá mức độ chuyển đổi số cho các xã, phường', ['CDS']],
  ['Mô hình "Văn phòng không giấy" tại Phòng Chuyển đổi số', ['CDS']],
  ['Kho học liệu số phục vụ phong trào "Bình dân học vụ số" cho cán bộ cơ sở', ['CDS', 'TTCNTT']],
  ['Giải pháp nâng cao chất lượng số liệu thống kê KH&CN cấp xã sau sắp xếp đơn vị hành chính', ['TTUD-TTTK']],
  ['Ứng dụng Zalo OA trong phổ biến thông tin khoa học và công nghệ tới người dân vùng cao', ['TTUD-TTTK']],
  ['Quy trình nhân giống cây quế bằng phương pháp giâm hom tại vườn ươm của Trung tâm', ['TTUD-UDCG']],
  ['Cải tiến hệ thống tưới nhỏ giọt tiết kiệm nước cho vườn ươm giống cây trồng', ['TTUD-UDCG']],
  ['Giải pháp kiểm soát chất lượng chế phẩm vi sinh sản xuất tại Trung tâm', ['TTUD-UDCG']],
  ['Chuẩn hóa quy trình lập dự toán dịch vụ sự nghiệp công của Trung tâm', ['TTUD-HCTH']],
  ['Ứng dụng mã QR trong tra cứu kết quả kiểm định, hiệu chuẩn phương tiện đo', ['CCTDC']],
  ['Giải pháp rút ngắn thời gian kiểm định công tơ điện xoay chiều kiểu cảm ứng', ['CCTDC']],
  ['Hướng dẫn doanh nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001:2015 theo hình thức trực tuyến', ['CCTDC']],
  ['Quy trình kiểm tra đo lường đối với cân kiểm tra tại các chợ đầu mối nông sản', ['CCTDC']],
  ['Ứng dụng phần mềm mã nguồn mở giám sát hiệu năng mạng diện rộng (WAN) của tỉnh', ['TTCNTT', 'TTCNTT-HTAT']],
  ['Tăng cường bảo mật tài khoản dịch vụ công trực tuyến bằng xác thực hai lớp', ['TTCNTT', 'TTCNTT-HTAT']],
  ['Chuẩn hóa quy trình hỗ trợ kỹ thuật từ xa cho các cơ quan nhà nước trên địa bàn tỉnh', ['TTCNTT']],
  ['Cổng thông tin điện tử thành phần theo mô hình đa trang dùng chung', ['TTCNTT']],
];

export type PersonRef = { key: FeaturedKey } | { unit: UnitCode; position?: string };

export interface ScienceTaskSpec {
  code: string;
  title: string;
  kind: ScienceTaskKind;
  level: 'TINH' | 'CO_SO';
  startYear: number;
  accepted?: { on: string; result: AcceptanceResult };
  applied: boolean;
  impactScope: InitiativeScope;
  impactRecognizedByProvinceHead?: boolean;
  evidence: string;
  leader: PersonRef;
  with?: PersonRef[];
  /** Units the secretary and members come from, besides the leader's. */
  teamUnits?: UnitCode[];
}

export const SCIENCE_TASKS: ScienceTaskSpec[] = [
  {
    code: 'ĐT.NN.03-2021', title: 'Nghiên cứu tuyển chọn và nhân giống vô tính cây hồi năng suất cao, chất lượng tốt tại tỉnh Lạng Sơn',
    kind: 'DE_TAI', level: 'TINH', startYear: 2021, accepted: { on: '2023-11-20', result: 'KHA' }, applied: true, impactScope: 'TINH',
    evidence: 'Quy trình nhân giống được chuyển giao cho 4 hợp tác xã vùng hồi.',
    leader: { unit: 'TTUD-UDCG', position: 'Trưởng phòng' }, with: [{ key: 'pastCstdTinh' }, { key: 'cstdTinhByInitiative' }],
  },
  {
    code: 'ĐT.NN.01-2020', title: 'Nghiên cứu xây dựng chuỗi giá trị sản phẩm na Chi Lăng gắn với truy xuất nguồn gốc',
    kind: 'DE_TAI', level: 'TINH', startYear: 2020, accepted: { on: '2022-12-15', result: 'XUAT_SAC' }, applied: true, impactScope: 'TINH',
    impactRecognizedByProvinceHead: true, evidence: 'Mô hình chuỗi giá trị được UBND tỉnh chỉ đạo nhân rộng cho các vùng trồng na của tỉnh.',
    leader: { unit: 'TTUD-UDCG', position: 'Kỹ sư' }, teamUnits: ['QLCN'],
  },
  {
    code: 'ĐT.TN.02-2022', title: 'Ứng dụng công nghệ viễn thám và GIS giám sát biến động tài nguyên rừng tỉnh Lạng Sơn',
    kind: 'DE_TAI', level: 'TINH', startYear: 2022, accepted: { on: '2024-06-12', result: 'DAT' }, applied: true, impactScope: 'CO_SO',
    evidence: 'Bộ bản đồ biến động rừng được chuyển giao cho lực lượng kiểm lâm.',
    leader: { unit: 'TTCNTT', position: 'Phó Giám đốc Trung tâm' }, teamUnits: ['TTCNTT-HTAT'],
  },
  {
    code: 'ĐT.XH.04-2018', title: 'Nghiên cứu bảo tồn và phát huy giá trị hát then của người Tày, Nùng tỉnh Lạng Sơn',
    kind: 'DE_TAI', level: 'TINH', startYear: 2019, accepted: { on: '2020-10-27', result: 'KHA' }, applied: true, impactScope: 'CO_SO',
    evidence: 'Tư liệu được sử dụng trong các câu lạc bộ hát then tại 12 xã.',
    leader: { unit: 'QLKH', position: 'Chuyên viên chính' }, teamUnits: ['TTUD-TTTK'],
  },
  {
    code: 'DA.NN.02-2019', title: 'Xây dựng, quản lý và phát triển nhãn hiệu chứng nhận "Thạch đen Tràng Định" cho sản phẩm thạch đen tỉnh Lạng Sơn',
    kind: 'DU_AN', level: 'TINH', startYear: 2019, accepted: { on: '2021-09-08', result: 'DAT' }, applied: true, impactScope: 'CO_SO',
    evidence: 'Nhãn hiệu chứng nhận được cấp văn bằng bảo hộ; 15 cơ sở được cấp quyền sử dụng.',
    leader: { unit: 'QLCN', position: 'Trưởng phòng' }, teamUnits: ['QLCN'],
  },
  {
    code: 'DA.NN.01-2018', title: 'Ứng dụng tiến bộ kỹ thuật xây dựng mô hình trồng rau an toàn theo tiêu chuẩn VietGAP',
    kind: 'DU_AN', level: 'TINH', startYear: 2019, accepted: { on: '2019-12-18', result: 'KHA' }, applied: true, impactScope: 'CO_SO',
    evidence: 'Mô hình 12 ha rau an toàn được duy trì sau khi kết thúc dự án.',
    leader: { unit: 'TTUD-UDCG', position: 'Kỹ sư' },
  },
  {
    code: 'CS.2023-01', title: 'Xây dựng cơ sở dữ liệu thống kê khoa học và công nghệ tỉnh Lạng Sơn giai đoạn 2021–2025',
    kind: 'DE_TAI', level: 'CO_SO', startYear: 2023, accepted: { on: '2024-12-10', result: 'KHA' }, applied: true, impactScope: 'CO_SO',
    evidence: 'Cơ sở dữ liệu phục vụ báo cáo thống kê KH&CN định kỳ của tỉnh.',
    leader: { unit: 'TTUD-TTTK', position: 'Trưởng phòng' },
  },
  {
    code: 'CS.2024-02', title: 'Xây dựng cơ sở dữ liệu và bản đồ phân bố vùng nguyên liệu hồi, quế tỉnh Lạng Sơn',
    kind: 'DE_TAI', level: 'CO_SO', startYear: 2024, accepted: { on: '2025-10-15', result: 'KHA' }, applied: true, impactScope: 'CO_SO',
    evidence: 'Dữ liệu vùng nguyên liệu được tích hợp vào bản đồ số sản phẩm OCOP của tỉnh.',
    leader: { key: 'cstdTinhByInitiative' }, teamUnits: ['TTUD-TTTK'],
  },
  {
    code: 'CS.2022-03', title: 'Nghiên cứu quy trình kiểm định đồng hồ đo nước lạnh cơ khí tại phòng thí nghiệm của Chi cục',
    kind: 'DE_TAI', level: 'CO_SO', startYear: 2022, accepted: { on: '2023-08-24', result: 'DAT' }, applied: true, impactScope: 'CO_SO',
    evidence: 'Quy trình được áp dụng, năng lực kiểm định tăng 40%.',
    leader: { unit: 'CCTDC', position: 'Chuyên viên chính' }, with: [{ key: 'nearMissScope' }],
  },
  {
    code: 'ĐT.KT.01-2025', title: 'Nghiên cứu ứng dụng trí tuệ nhân tạo hỗ trợ giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn',
    kind: 'DE_TAI', level: 'TINH', startYear: 2025, applied: false, impactScope: 'CO_SO',
    evidence: 'Đang thực hiện (2025–2026), chưa nghiệm thu.',
    leader: { unit: 'CDS', position: 'Trưởng phòng' }, teamUnits: ['TTCNTT', 'TTCNTT-HTAT'],
  },
  {
    code: 'ĐT.NN.05-2020', title: 'Nghiên cứu sản xuất chế phẩm vi sinh xử lý phụ phẩm chăn nuôi quy mô nông hộ',
    kind: 'DE_TAI', level: 'TINH', startYear: 2020, accepted: { on: '2022-05-19', result: 'KHONG_DAT' }, applied: false, impactScope: 'CO_SO',
    evidence: 'Không đạt yêu cầu khi nghiệm thu; chưa áp dụng.',
    leader: { unit: 'TTUD-UDCG', position: 'Kỹ thuật viên' },
  },
  {
    code: 'ĐA.01-2021', title: 'Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn đến năm 2030',
    kind: 'DE_AN', level: 'TINH', startYear: 2021, accepted: { on: '2023-03-16', result: 'DAT' }, applied: true, impactScope: 'TINH',
    evidence: 'Đề án được UBND tỉnh phê duyệt triển khai; 18 dự án khởi nghiệp được hỗ trợ.',
    leader: { unit: 'QLCN', position: 'Phó Trưởng phòng' },
  },
  {
    code: 'CS.2025-01', title: 'Triển khai nền tảng họp trực tuyến đến cấp xã sau sắp xếp đơn vị hành chính',
    kind: 'DU_AN', level: 'CO_SO', startYear: 2025, accepted: { on: '2025-12-05', result: 'DAT' }, applied: true, impactScope: 'CO_SO',
    evidence: 'Kết nối 65 điểm cầu cấp xã.',
    leader: { unit: 'TTCNTT-HTAT', position: 'Trưởng phòng' },
  },
];
