/**
 * The mail templates: a small typed catalogue. Each template turns its own typed params into a
 * subject (one line, UTF-8: nodemailer encodes it as RFC 2047), a plain-text body and a simple HTML
 * body in which every param is escaped. Vietnamese first; the mail is rendered when it is queued.
 */

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailTemplateParams {
  /** A copy of an in-app notification (for users who chose "Nhận email" for its kind). */
  notification: {
    recipientName: string;
    agencyName: string;
    kindLabel: string;
    title: string;
    body: string;
    /** Absolute address of the page to open, when the app's public address is configured. */
    url: string | null;
  };
  /**
   * A step of the proposal workflow (submitted, returned, fields requested, accepted, deadline near):
   * the round, the unit, what changed for which candidates and why. Sent through `notify` (kinds
   * `proposal.*`), so the user's "Nhận email" choice for the kind applies.
   */
  proposal: {
    recipientName: string;
    agencyName: string;
    kindLabel: string;
    title: string;
    roundName: string;
    unitName: string;
    /** One line per candidate concerned ("Nguyễn Văn An — Chiến sĩ thi đua cơ sở: thiếu biên bản họp"). */
    items: string[];
    /** The reason or request, as the office wrote it. */
    reason: string;
    /** The deadline (dd/mm/yyyy), for reminders. */
    deadline: string | null;
    url: string | null;
  };
  /** "Gửi thư thử" from the admin's mail page: checks the SMTP settings end to end. */
  'mail.test': {
    agencyName: string;
    sentBy: string;
  };
}

export type MailTemplateName = keyof MailTemplateParams;

type Template<P> = (params: P) => RenderedMail;

/** HTML-escapes text (element content and quoted attribute values). */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One line: a subject never carries line breaks (no header injection), and is kept short. */
export function oneLine(value: string, max = 200): string {
  const line = value.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`)
    .join('\n');

/** The shared HTML frame: agency name, content, a footer saying the mail is automatic. */
function layout(agencyName: string, content: string, footer: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:24px;background:#f5f5f5;font-family:Arial,'Times New Roman',sans-serif;font-size:15px;color:#222">
<div style="max-width:600px;margin:0 auto;background:#fff;border-top:4px solid #a8071a;padding:24px">
<div style="font-size:13px;color:#a8071a;font-weight:bold;margin-bottom:16px">${escapeHtml(agencyName)}</div>
${content}
<hr style="border:none;border-top:1px solid #eee;margin:24px 0 12px">
<div style="font-size:12px;color:#888">${escapeHtml(footer)}</div>
</div></body></html>`;
}

const AUTOMATIC = 'Thư này được gửi tự động từ hệ thống quản lý thi đua, khen thưởng VinhDanh; vui lòng không trả lời thư này.';

const templates: { [K in MailTemplateName]: Template<MailTemplateParams[K]> } = {
  notification: (p) => {
    const footer = `${AUTOMATIC} Bạn nhận thư vì đã chọn "Nhận email" cho loại thông báo "${p.kindLabel}"; có thể tắt ở trang Thông báo › Cài đặt nhận thông báo.`;
    const text = [
      `Kính gửi ${p.recipientName},`,
      '',
      p.title,
      ...(p.body ? ['', p.body] : []),
      ...(p.url ? ['', `Xem chi tiết: ${p.url}`] : []),
      '',
      '--',
      p.agencyName,
      footer,
    ].join('\n');
    const button = p.url
      ? `<p style="margin:20px 0"><a href="${escapeHtml(p.url)}" style="background:#a8071a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">Xem chi tiết</a></p>`
      : '';
    const html = layout(
      p.agencyName,
      `<p style="margin:0 0 12px">Kính gửi ${escapeHtml(p.recipientName)},</p>
<h2 style="font-size:18px;margin:0 0 12px">${escapeHtml(p.title)}</h2>
${paragraphs(p.body)}
${button}`,
      footer,
    );
    return { subject: oneLine(`[VinhDanh] ${p.title}`), text, html };
  },
  proposal: (p) => {
    const footer = `${AUTOMATIC} Bạn nhận thư vì đã chọn "Nhận email" cho loại thông báo "${p.kindLabel}"; có thể tắt ở trang Thông báo › Cài đặt nhận thông báo.`;
    const facts = [`Đợt xét: ${p.roundName}`, `Đơn vị đề nghị: ${p.unitName}`, ...(p.deadline ? [`Hạn gửi hồ sơ: ${p.deadline}`] : [])];
    const text = [
      `Kính gửi ${p.recipientName},`,
      '',
      p.title,
      '',
      ...facts,
      ...(p.reason ? ['', `Lý do, nội dung: ${p.reason}`] : []),
      ...(p.items.length ? ['', ...p.items.map((i) => `- ${i}`)] : []),
      ...(p.url ? ['', `Xem chi tiết: ${p.url}`] : []),
      '',
      '--',
      p.agencyName,
      footer,
    ].join('\n');
    const button = p.url
      ? `<p style="margin:20px 0"><a href="${escapeHtml(p.url)}" style="background:#a8071a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">Xem chi tiết</a></p>`
      : '';
    const list = p.items.length ? `<ul style="margin:0 0 12px;padding-left:20px">${p.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '';
    const html = layout(
      p.agencyName,
      `<p style="margin:0 0 12px">Kính gửi ${escapeHtml(p.recipientName)},</p>
<h2 style="font-size:18px;margin:0 0 12px">${escapeHtml(p.title)}</h2>
${facts.map((f) => `<p style="margin:0 0 4px">${escapeHtml(f)}</p>`).join('\n')}
${p.reason ? `<p style="margin:12px 0"><b>Lý do, nội dung:</b> ${escapeHtml(p.reason)}</p>` : ''}
${list}
${button}`,
      footer,
    );
    return { subject: oneLine(`[VinhDanh] ${p.title}`), text, html };
  },
  'mail.test': (p) => {
    const body = `Đây là thư thử do ${p.sentBy} gửi để kiểm tra cấu hình thư điện tử (SMTP) của hệ thống. Nếu bạn đọc được thư này với đầy đủ dấu tiếng Việt, cấu hình đã đúng.`;
    return {
      subject: oneLine(`[VinhDanh] Thư thử — kiểm tra cấu hình thư điện tử của ${p.agencyName}`),
      text: [body, '', '--', p.agencyName, AUTOMATIC].join('\n'),
      html: layout(p.agencyName, `<h2 style="font-size:18px;margin:0 0 12px">Thư thử</h2>\n${paragraphs(body)}`, AUTOMATIC),
    };
  },
};

export const MAIL_TEMPLATE_NAMES = Object.keys(templates) as MailTemplateName[];

export function renderMail<K extends MailTemplateName>(template: K, params: MailTemplateParams[K]): RenderedMail {
  return (templates[template] as Template<MailTemplateParams[K]>)(params);
}
