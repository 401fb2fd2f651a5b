import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Two plain pages on 127.0.0.1 for the options/context-menu tests: /form (a textarea to insert into)
// and /de-cuong (a received đề cương in a contenteditable, to derive an outline from).

const PAGES: Record<string, string> = {
  '/form': `<!doctype html><meta charset="utf-8"><title>Biểu mẫu</title>
<textarea id="t" rows="6" cols="60">Kính gửi: Ban Thường vụ

Trân trọng!</textarea>`,
  '/de-cuong': `<!doctype html><meta charset="utf-8"><title>Đề cương báo cáo sơ kết</title>
<div id="ed" contenteditable="true">
<p>ĐỀ CƯƠNG BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026</p>
<p>I. ĐẶC ĐIỂM TÌNH HÌNH</p>
<p>Nêu tình hình công nhân, viên chức, lao động tại đơn vị.</p>
<p>II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ</p>
<p>1. Công tác tuyên truyền</p>
<p>Nêu các hoạt động tuyên truyền đã làm.</p>
<p>2. Công tác phát triển đoàn viên</p>
<p>Số đoàn viên kết nạp mới.</p>
<p>III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM</p>
<p>Nêu các nhiệm vụ trọng tâm.</p>
</div>`,
};

/** Serves the pages on an ephemeral port. */
export async function servePlainPages(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = PAGES[path];
    // No favicon: a 404 for it would be a console error the test must not blame on Khung.
    if (path === '/favicon.ico') res.writeHead(204).end();
    else if (page === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
