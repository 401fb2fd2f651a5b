import type { Rule } from './rule.ts';
import canCu from './rules/can-cu.ts';
import capHuyenSau2025 from './rules/cap-huyen-sau-2025.ts';
import chuKy from './rules/chu-ky.ts';
import coChu from './rules/co-chu.ts';
import dauKetThuc from './rules/dau-ket-thuc.ts';
import dinhDangThanhPhan from './rules/dinh-dang-thanh-phan.ts';
import emptySection from './rules/empty-section.ts';
import headingLevel from './rules/heading-level.ts';
import headingStyle from './rules/heading-style.ts';
import hocViNguoiKy from './rules/hoc-vi-nguoi-ky.ts';
import kinhGui from './rules/kinh-gui.ts';
import leftoverGuidance from './rules/leftover-guidance.ts';
import legacyEncoding from './rules/legacy-encoding.ts';
import ngayThang from './rules/ngay-thang.ts';
import nghiQuyet02Dated from './rules/nghi-quyet-02-dated.ts';
import noiNhan from './rules/noi-nhan.ts';
import numberingSequence from './rules/numbering-sequence.ts';
import phongChu from './rules/phong-chu.ts';
import placeholderText from './rules/placeholder-text.ts';
import quocHieuTieuNgu from './rules/quoc-hieu-tieu-ngu.ts';
import requiredSection from './rules/required-section.ts';
import sectionOrder from './rules/section-order.ts';
import soKyHieu from './rules/so-ky-hieu.ts';
import tenLoaiTrichYeu from './rules/ten-loai-trich-yeu.ts';
import trangGiay from './rules/trang-giay.ts';
import unicodeHygiene from './rules/unicode-hygiene.ts';

/** Every rule, in the order the README lists them. Adding a rule = a file in rules/ + a line here. */
export const RULES: readonly Rule[] = [
  requiredSection,
  sectionOrder,
  numberingSequence,
  headingLevel,
  headingStyle,
  emptySection,
  leftoverGuidance,
  placeholderText,
  unicodeHygiene,
  legacyEncoding,
  quocHieuTieuNgu,
  soKyHieu,
  ngayThang,
  tenLoaiTrichYeu,
  kinhGui,
  canCu,
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
];
