import type { Outline } from '../shared/core/outline/outline-schema.ts';
import { visibleControls } from './terminal-safe.ts';

const SIGN_IN = `Đăng nhập Google (chỉ quyền đọc): --key <khoá-tài-khoản-dịch-vụ.json> | --client-secret <oauth-client.json>
  | biến GOOGLE_APPLICATION_CREDENTIALS | Application Default Credentials. Xem docs/review.md.`;

/** The help of each command: usage first, then what it does, its options and exit codes. */
export const COMMAND_HELP = {
  check: `khung check <tệp>|- [--outline <id>|<tệp.json>|auto] [--format text|json]
khung check gdoc:<mã hoặc đường dẫn Google Docs> [--outline …] [--format …] [đăng nhập]

  Kiểm tra một văn bản .docx, .txt, .md, .html (“-”: đọc văn bản từ đầu vào chuẩn, ví dụ
  “khung skeleton <id> | khung check -”), hoặc một Google Docs (gdoc:…) qua Google API.
  --outline <id>|<tệp.json>|auto   đề cương để đối chiếu (mặc định: auto, tự nhận ra)
  --format text|json               bản in cho người đọc (mặc định) hoặc JSON
  Tệp không phải UTF-8 (UTF-16, Windows-1258, TCVN3, VNI) được nhận ra và chuyển sang Unicode.
  Giới hạn kích thước tệp: xem docs/limits.md.
  Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được đầu vào.
  ${SIGN_IN}
`,
  review: `khung review <mã hoặc đường dẫn thư mục Drive> --outline <id> [--out báo-cáo.html] [--csv tệp.csv]
             [--json tệp.json] [--concurrency 4] [--cache <thư mục>|--no-cache] [đăng nhập]

  Rà soát mọi Google Docs và .docx trong thư mục: bảng tóm tắt, báo cáo HTML, CSV, JSON.
  Mỗi văn bản được đọc và kiểm tra riêng, có giới hạn bộ nhớ và thời gian: một tệp hỏng chỉ thành
  một dòng “Không đọc được”, các tệp khác vẫn được rà soát và báo cáo vẫn được ghi.
  --out <tệp.html>        báo cáo HTML (mặc định khung-ra-soat.html khi không chọn đầu ra nào)
  --csv <tệp.csv>         bảng CSV (UTF-8 có BOM, mở bằng Excel)
  --json <tệp.json>       toàn bộ kết quả dạng JSON
  --concurrency <1–16>    số tệp đọc cùng lúc (mặc định 4)
  --cache <thư mục>       nơi giữ văn bản đã đọc; --no-cache để tắt
  Mã thoát: 0 mọi văn bản đạt, 1 có văn bản lỗi hoặc không đọc được, 2 không chạy được.
  ${SIGN_IN}
`,
  outlines: `khung outlines

  Liệt kê các đề cương có sẵn: mã (dùng cho --outline và khung skeleton) và tên.
`,
  skeleton: `khung skeleton <id>|<tệp.json> [--format md|text|docx] [--out <tệp>] [--param tên=giá trị …]

  In khung văn bản dựng từ đề cương (Markdown hoặc văn bản thường), hoặc ghi ra tệp Word theo thể thức NĐ 30.
  --format md|text|docx     Markdown (mặc định), văn bản thường, hoặc tệp Word .docx
  --out <tệp>               ghi ra tệp thay vì in ra màn hình; không có --format thì theo đuôi tệp
                            (.docx là Word, .txt là văn bản thường). Tệp Word luôn cần --out.
                            Ví dụ: khung skeleton bao-cao-nam --out bao-cao.docx
  --param tên=giá trị       điền một tham số của đề cương (lặp lại cho nhiều tham số)
  Các tham số của một đề cương: khung skeleton <id> --help
`,
  derive: `khung derive <tệp> [--id <id>]

  Tạo đề cương (JSON) từ một văn bản đề cương nhận được (.docx, .txt, .md, .html).
  --id <id>                 mã của đề cương mới (mặc định: dựng từ tên tệp)
  Ví dụ: khung derive de-cuong.docx --id de-cuong-moi > de-cuong-moi.json
`,
  library: `khung library build <thư mục> --out <tệp.json> [--name "<tên tổ chức>"] [--id <mã>] [--version <phiên bản>]

  Dựng thư viện của tổ chức (đề cương và đoạn mẫu) từ các tệp .json trong thư mục: đề cương tạo bằng
  khung derive hoặc chép từ outlines/, tệp đoạn mẫu, thư viện xuất từ trang Tùy chọn của Khung.
  Mọi tệp được kiểm tra như khi cán bộ nhập; có lỗi thì in từng lỗi kèm tệp và vị trí, không ghi gì.
  --out <tệp.json>          nơi ghi thư viện (tệp này sẽ được công bố)
  --name "<tên tổ chức>"    tên hiện cho cán bộ, ví dụ "LĐLĐ tỉnh Cao Bằng" (lần đầu bắt buộc)
  --id <mã>                 mã cố định của thư viện (mặc định: dựng từ tên)
  --version <phiên bản>     số cách nhau bởi dấu chấm, ví dụ 2026.3 (mặc định: tăng số cuối của
                            bản trong --out; nội dung không đổi thì giữ nguyên tệp)
  In mã SHA-256 của tệp để cán bộ đối chiếu. Xem docs/trien-khai.md.
  Mã thoát: 0 đã ghi (hoặc không đổi), 2 có lỗi, chưa ghi gì.
`,
} as const;

export type CommandName = keyof typeof COMMAND_HELP;

export const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMAND_HELP, name);

/** The global help: each command's usage lines, then where to read more. */
export function globalHelp(): string {
  const usage = Object.values(COMMAND_HELP)
    .map((text) => text.split('\n\n')[0]?.replace(/^/gm, '  '))
    .join('\n');
  return `khung — kiểm tra và dựng đề cương văn bản Công đoàn

Cách dùng:
${usage}
  khung --version | --help
  khung <lệnh> --help          trợ giúp của một lệnh (check, review, outlines, skeleton, derive, library)
`;
}

const KIND: Record<Outline['parameters'][number]['kind'], string> = {
  text: 'chữ',
  date: 'ngày',
  number: 'số',
  choice: 'chọn một',
};

/** `khung skeleton <id> --help`: the command's help, then the outline's parameters with their kinds and choices. */
export function skeletonHelp(outline: Outline): string {
  const width = Math.max(4, ...outline.parameters.map((p) => p.id.length));
  const lines = outline.parameters.map((p) => {
    const options = p.options?.length ? `: ${p.options.join(' | ')}` : '';
    const fallback = p.default ? ` (mặc định: ${p.default})` : '';
    return `  ${p.id.padEnd(width)}  ${p.label} [${KIND[p.kind]}${options}]${fallback}`;
  });
  const list = lines.length ? lines.join('\n') : '  (đề cương này không có tham số)';
  const example = outline.parameters[0]
    ? `\nVí dụ: khung skeleton ${outline.id} --param ${outline.parameters[0].id}="…"\n`
    : '';
  return visibleControls(
    `${COMMAND_HELP.skeleton}\nĐề cương “${outline.id}”: ${outline.title}\nTham số (--param tên=giá trị):\n${list}\n${example}`,
  );
}
