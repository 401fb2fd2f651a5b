import type { Rule } from './rule.ts';
import canCu from './rules/can-cu.ts';
import capHuyenSau2025 from './rules/cap-huyen-sau-2025.ts';
import chinhTa from './rules/chinh-ta.ts';
import chuKy from './rules/chu-ky.ts';
import coChu from './rules/co-chu.ts';
import danChieuVanBan from './rules/dan-chieu-van-ban.ts';
import dauCau from './rules/dau-cau.ts';
import dauKetThuc from './rules/dau-ket-thuc.ts';
import dauNgoac from './rules/dau-ngoac.ts';
import dauThanhNhatQuan from './rules/dau-thanh-nhat-quan.ts';
import dinhDangThanhPhan from './rules/dinh-dang-thanh-phan.ts';
import doanTrich from './rules/doan-trich.ts';
import emptySection from './rules/empty-section.ts';
import gachNoi from './rules/gach-noi.ts';
import headingLevel from './rules/heading-level.ts';
import headingStyle from './rules/heading-style.ts';
import hocViNguoiKy from './rules/hoc-vi-nguoi-ky.ts';
import kemTheoSoNgay from './rules/kem-theo-so-ngay.ts';
import khauHieu from './rules/khau-hieu.ts';
import khoangTrang from './rules/khoang-trang.ts';
import kinhGui from './rules/kinh-gui.ts';
import kyBaoCao from './rules/ky-bao-cao.ts';
import lapTu from './rules/lap-tu.ts';
import leftoverGuidance from './rules/leftover-guidance.ts';
import legacyEncoding from './rules/legacy-encoding.ts';
import ngayThang from './rules/ngay-thang.ts';
import ngayThangNhatQuan from './rules/ngay-thang-nhat-quan.ts';
import nghiQuyet02Dated from './rules/nghi-quyet-02-dated.ts';
import nhanTieuDe from './rules/nhan-tieu-de.ts';
import nhiemKyNhatQuan from './rules/nhiem-ky-nhat-quan.ts';
import noiNhan from './rules/noi-nhan.ts';
import numberingSequence from './rules/numbering-sequence.ts';
import phongChu from './rules/phong-chu.ts';
import placeholderText from './rules/placeholder-text.ts';
import quocHieuTieuNgu from './rules/quoc-hieu-tieu-ngu.ts';
import requiredSection from './rules/required-section.ts';
import sectionOrder from './rules/section-order.ts';
import soKyHieu from './rules/so-ky-hieu.ts';
import tenLoaiTrichYeu from './rules/ten-loai-trich-yeu.ts';
import tenLoaiTuDan from './rules/ten-loai-tu-dan.ts';
import thoiHanTruocBanHanh from './rules/thoi-han-truoc-ban-hanh.ts';
import trangGiay from './rules/trang-giay.ts';
import trichYeu from './rules/trich-yeu.ts';
import unicodeHygiene from './rules/unicode-hygiene.ts';
import vietHoaGiuaCau from './rules/viet-hoa-giua-cau.ts';
import vietHoaNhatQuan from './rules/viet-hoa-nhat-quan.ts';
import vietHoaTenRieng from './rules/viet-hoa-ten-rieng.ts';

/** Every rule, in the order the README lists them. Adding a rule = a file in rules/ + a line here. */
export const RULES: readonly Rule[] = [
  requiredSection,
  sectionOrder,
  numberingSequence,
  headingLevel,
  headingStyle,
  nhanTieuDe,
  emptySection,
  leftoverGuidance,
  placeholderText,
  unicodeHygiene,
  legacyEncoding,
  dauThanhNhatQuan,
  lapTu,
  chinhTa,
  khauHieu,
  doanTrich,
  quocHieuTieuNgu,
  soKyHieu,
  ngayThang,
  tenLoaiTrichYeu,
  tenLoaiTuDan,
  trichYeu,
  kinhGui,
  canCu,
  danChieuVanBan,
  nghiQuyet02Dated,
  capHuyenSau2025,
  dauKetThuc,
  noiNhan,
  chuKy,
  hocViNguoiKy,
  phongChu,
  coChu,
  dinhDangThanhPhan,
  trangGiay,
  thoiHanTruocBanHanh,
  kyBaoCao,
  nhiemKyNhatQuan,
  kemTheoSoNgay,
  vietHoaTenRieng,
  vietHoaNhatQuan,
  vietHoaGiuaCau,
  khoangTrang,
  gachNoi,
  dauNgoac,
  dauCau,
  ngayThangNhatQuan,
];
