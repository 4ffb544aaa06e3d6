/**
 * The public disclosure pages, server-rendered HTML (not the SPA): no script at all (the CSP allows
 * none inline), one inline <style> (allowed), every value escaped. Vietnamese only: the public of a
 * Vietnamese agency.
 */
import type { PublicDisclosure, PublicDisclosureList } from '../../../shared/schemas/disclosure';
import { FEEDBACK_LIMITS } from '../../../shared/schemas/disclosure';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ESC[c]!);
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const lines = (text: string) => esc(text).replace(/\r?\n/g, '<br>');

export const PUBLIC_BASE = '/api/cong-khai';

const STYLE = `body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1f1f1f;background:#f5f5f5}
main{max-width:960px;margin:0 auto;padding:24px 16px;background:#fff;min-height:100vh}
h1{font-size:1.5rem;color:#a8071a}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d9d9d9;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#fafafa}label{display:block;margin-top:12px;font-weight:600}
input,textarea,select{width:100%;box-sizing:border-box;padding:6px;font:inherit}textarea{min-height:140px}
button{margin-top:16px;padding:8px 20px;font:inherit;background:#a8071a;color:#fff;border:0;border-radius:4px}
.note{color:#595959}.error{border-left:4px solid #cf1322;padding:8px 12px;background:#fff1f0}
.ok{border-left:4px solid #389e0d;padding:8px 12px;background:#f6ffed}.answer{margin:12px 0;padding:8px 12px;background:#fafafa}`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function listPage(list: PublicDisclosureList): string {
  const rows = list.items.map((d) => `<tr><td><a href="${PUBLIC_BASE}/${esc(d.id)}">${esc(d.title)}</a></td><td>${esc(d.agencyName)}</td><td>${esc(d.entries)}</td><td>${dmy(d.windowFrom)} – ${dmy(d.windowTo)}</td></tr>`);
  return page('Công khai danh sách đề nghị khen thưởng', `<h1>Công khai danh sách đề nghị khen thưởng</h1>
<p class="note">Danh sách cá nhân, tập thể được đề nghị khen thưởng đang được công khai để lấy ý kiến. Mọi người có thể gửi kiến nghị trong thời gian công khai, không cần đăng nhập.</p>
${rows.length ? `<table><thead><tr><th>Danh sách</th><th>Cơ quan</th><th>Số người, tập thể</th><th>Thời gian công khai</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>Hiện không có danh sách nào đang được công khai.</p>'}`);
}

export interface FormState {
  token: string;
  values?: Record<string, string | undefined>;
  problems?: { field: string; message: string }[];
}

export function disclosurePage(d: PublicDisclosure, form: FormState): string {
  const rows = d.entries.map((e, i) => `<tr><td>${i + 1}</td><td>${esc(e.name)}</td><td>${esc(e.unitName)}</td><td>${esc(e.awardLabel)}</td><td>${lines(e.summary)}</td></tr>`);
  const answers = d.answers.map((a) => `<div class="answer"><p><strong>Kiến nghị${a.entryName ? ` về ${esc(a.entryName)}` : ''}:</strong> ${lines(a.content)}</p><p><strong>Trả lời (${dmy(a.answeredAt)}):</strong> ${lines(a.answer)}</p></div>`);
  const v = form.values ?? {};
  const options = d.entries.map((e) => `<option value="${esc(e.id)}"${v.entryId === e.id ? ' selected' : ''}>${esc(e.name)} — ${esc(e.awardLabel)}</option>`);
  const problems = form.problems?.length
    ? `<div class="error" role="alert"><p><strong>Chưa gửi được kiến nghị, vui lòng sửa:</strong></p><ul>${form.problems.map((p) => `<li>${esc(p.field)}: ${esc(p.message)}</li>`).join('')}</ul></div>`
    : '';
  const L = FEEDBACK_LIMITS;
  return page(d.title, `<p><a href="${PUBLIC_BASE}">‹ Các danh sách đang công khai</a></p>
<h1>${esc(d.title)}</h1>
<p>${esc(d.agencyName)} — ${esc(d.roundName)}</p>
<p class="note">Thời gian công khai, nhận kiến nghị: từ ngày ${dmy(d.windowFrom)} đến hết ngày ${dmy(d.windowTo)} (${esc(d.windowWorkingDays)} ngày làm việc).</p>
<table><thead><tr><th>STT</th><th>Họ và tên / Tập thể</th><th>Đơn vị</th><th>Danh hiệu, hình thức đề nghị</th><th>Tóm tắt thành tích</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${answers.length ? `<h2>Trả lời kiến nghị</h2>${answers.join('')}` : ''}
<h2 id="kien-nghi">Gửi kiến nghị</h2>
${problems}
<form method="post" action="${PUBLIC_BASE}/${esc(d.id)}/kien-nghi">
<input type="hidden" name="_token" value="${esc(form.token)}">
<label for="entryId">Kiến nghị về</label>
<select id="entryId" name="entryId"><option value="">Cả danh sách</option>${options.join('')}</select>
<label for="senderName">${esc(L.senderName.label)} (bắt buộc)</label>
<input id="senderName" name="senderName" maxlength="${L.senderName.max}" required value="${esc(v.senderName)}">
<label for="contact">${esc(L.contact.label)}</label>
<input id="contact" name="contact" maxlength="${L.contact.max}" value="${esc(v.contact)}">
<label for="content">${esc(L.content.label)} (bắt buộc, tối đa ${L.content.max} ký tự)</label>
<textarea id="content" name="content" maxlength="${L.content.max}" required>${esc(v.content)}</textarea>
<button type="submit">Gửi kiến nghị</button>
</form>`);
}

export const sentPage = (d: PublicDisclosure) => page('Đã gửi kiến nghị', `<h1>Đã gửi kiến nghị</h1>
<p class="ok">Cảm ơn bạn. Kiến nghị về «${esc(d.title)}» đã được gửi tới Văn phòng ${esc(d.agencyName)}. Văn phòng sẽ xem xét, trả lời; câu trả lời có thể được công khai trên trang danh sách.</p>
<p><a href="${PUBLIC_BASE}/${esc(d.id)}">‹ Quay lại danh sách</a></p>`);

export const errorPage = (title: string, message: string, back?: string) => page(title, `<h1>${esc(title)}</h1><p class="error">${esc(message)}</p>
<p><a href="${esc(back ?? PUBLIC_BASE)}">‹ Các danh sách đang công khai</a></p>`);

export const notFoundPage = () => errorPage('Không tìm thấy danh sách', 'Danh sách này không tồn tại, đã được rút hoặc đã hết thời gian công khai.');
