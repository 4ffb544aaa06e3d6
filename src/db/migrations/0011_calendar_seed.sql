-- National working-day calendar 2024–2026 (agency_id NULL): days off for civil servants
-- (Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4–1/5, Quốc khánh) on weekdays, the days
-- off given in exchange (hoán đổi) and the weekend days worked in exchange. Saturdays and Sundays
-- inside a holiday are weekend days anyway and are not listed.
-- Statutory basis: Bộ luật Lao động 2019, Điều 112 (Tết Âm lịch 05 ngày; Quốc khánh 02/9 and one
-- adjacent day) and Điều 111 khoản 3 (a holiday on a weekly rest day is made up on the next working day).
-- Each year's exact days are set by the Prime Minister's decision announced by Bộ LĐTBXH (to 2024)
-- and Bộ Nội vụ (from 2025). confirmed = false marks a day written from memory of the announcement
-- and not checked against the official text: an admin should confirm or correct it.
INSERT INTO "calendar_days" ("date", "kind", "name", "basis", "confirmed") VALUES
  -- 2024
  ('2024-01-01', 'off', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2024-02-08', 'off', 'Tết Nguyên đán Giáp Thìn (29 Tết)', 'Lịch nghỉ Tết Âm lịch 2024 (Thủ tướng đồng ý; Bộ LĐTBXH thông báo): nghỉ từ 08/02 đến hết 14/02/2024', true),
  ('2024-02-09', 'off', 'Tết Nguyên đán Giáp Thìn (30 Tết)', 'Lịch nghỉ Tết Âm lịch 2024: nghỉ từ 08/02 đến hết 14/02/2024', true),
  ('2024-02-12', 'off', 'Tết Nguyên đán Giáp Thìn (mùng 3)', 'Lịch nghỉ Tết Âm lịch 2024: nghỉ từ 08/02 đến hết 14/02/2024', true),
  ('2024-02-13', 'off', 'Tết Nguyên đán Giáp Thìn (nghỉ bù mùng 1 trùng thứ Bảy)', 'Lịch nghỉ Tết Âm lịch 2024; Bộ luật Lao động 2019, Điều 111 khoản 3', true),
  ('2024-02-14', 'off', 'Tết Nguyên đán Giáp Thìn (nghỉ bù mùng 2 trùng Chủ nhật)', 'Lịch nghỉ Tết Âm lịch 2024; Bộ luật Lao động 2019, Điều 111 khoản 3', true),
  ('2024-04-18', 'off', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2024-04-29', 'off', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 04/5/2024)', 'Lịch nghỉ lễ 30/4–1/5/2024: nghỉ từ 27/4 đến hết 01/5, hoán đổi thứ Hai 29/4 sang thứ Bảy 04/5', true),
  ('2024-04-30', 'off', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2024-05-01', 'off', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2024-05-04', 'working', 'Làm việc bù cho thứ Hai 29/4/2024', 'Lịch nghỉ lễ 30/4–1/5/2024: hoán đổi thứ Hai 29/4 sang thứ Bảy 04/5', true),
  ('2024-09-02', 'off', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2024-09-03', 'off', 'Quốc khánh (ngày liền kề)', 'Lịch nghỉ Quốc khánh 2024: nghỉ từ 31/8 đến hết 03/9', true),
  -- 2025
  ('2025-01-01', 'off', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2025-01-27', 'off', 'Tết Nguyên đán Ất Tỵ (28 Tết)', 'Lịch nghỉ Tết Âm lịch 2025 (Thủ tướng đồng ý): nghỉ từ 25/01 đến hết 02/02/2025', true),
  ('2025-01-28', 'off', 'Tết Nguyên đán Ất Tỵ (29 Tết)', 'Lịch nghỉ Tết Âm lịch 2025: nghỉ từ 25/01 đến hết 02/02/2025', true),
  ('2025-01-29', 'off', 'Tết Nguyên đán Ất Tỵ (mùng 1)', 'Lịch nghỉ Tết Âm lịch 2025: nghỉ từ 25/01 đến hết 02/02/2025', true),
  ('2025-01-30', 'off', 'Tết Nguyên đán Ất Tỵ (mùng 2)', 'Lịch nghỉ Tết Âm lịch 2025: nghỉ từ 25/01 đến hết 02/02/2025', true),
  ('2025-01-31', 'off', 'Tết Nguyên đán Ất Tỵ (mùng 3)', 'Lịch nghỉ Tết Âm lịch 2025: nghỉ từ 25/01 đến hết 02/02/2025', true),
  ('2025-04-07', 'off', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2025-04-26', 'working', 'Làm việc bù cho thứ Sáu 02/5/2025', 'Lịch nghỉ lễ 30/4–1/5/2025: hoán đổi thứ Sáu 02/5 sang thứ Bảy 26/4', true),
  ('2025-04-30', 'off', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2025-05-01', 'off', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2025-05-02', 'off', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/4/2025)', 'Lịch nghỉ lễ 30/4–1/5/2025: nghỉ từ 30/4 đến hết 04/5, hoán đổi thứ Sáu 02/5 sang thứ Bảy 26/4', true),
  ('2025-09-01', 'off', 'Quốc khánh (ngày liền kề)', 'Lịch nghỉ Quốc khánh 2025: nghỉ từ 30/8 đến hết 02/9', true),
  ('2025-09-02', 'off', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, Điều 112', true),
  -- 2026 (fixed-date holidays are statutory; the Tết and Giỗ Tổ days are not checked against the announcement;
  -- the day adjacent to 2/9/2026 is not known here and is left for the admin to add)
  ('2026-01-01', 'off', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2026-02-16', 'off', 'Tết Nguyên đán Bính Ngọ (trước Tết)', 'Lịch nghỉ Tết Âm lịch 2026 theo thông báo của Bộ Nội vụ (nghỉ từ 14/02 đến hết 22/02/2026) — chưa đối chiếu văn bản', false),
  ('2026-02-17', 'off', 'Tết Nguyên đán Bính Ngọ (mùng 1)', 'Lịch nghỉ Tết Âm lịch 2026 — chưa đối chiếu văn bản', false),
  ('2026-02-18', 'off', 'Tết Nguyên đán Bính Ngọ (mùng 2)', 'Lịch nghỉ Tết Âm lịch 2026 — chưa đối chiếu văn bản', false),
  ('2026-02-19', 'off', 'Tết Nguyên đán Bính Ngọ (mùng 3)', 'Lịch nghỉ Tết Âm lịch 2026 — chưa đối chiếu văn bản', false),
  ('2026-02-20', 'off', 'Tết Nguyên đán Bính Ngọ (mùng 4)', 'Lịch nghỉ Tết Âm lịch 2026 — chưa đối chiếu văn bản', false),
  ('2026-04-27', 'off', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch trùng Chủ nhật 26/4)', 'Bộ luật Lao động 2019, Điều 112 và Điều 111 khoản 3 — ngày Âm lịch chưa đối chiếu văn bản', false),
  ('2026-04-30', 'off', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2026-05-01', 'off', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2019, Điều 112', true),
  ('2026-09-02', 'off', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, Điều 112', true);
