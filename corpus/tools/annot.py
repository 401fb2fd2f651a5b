#!/usr/bin/env python3
"""Writes annotations/*.json for the held-out set 90-97 (the annotation data lives here, one
dict per document; clean_lines = every line not in a fault, residue or debatable list)."""
import json, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')

def F(i, line, quote, kind, why, also=None):
    d = {'id': i, 'line': line, 'quote': quote, 'kind': kind, 'why': why}
    if also:
        d['also_lines'] = also
    return d

DOCS = {}

# ---------------------------------------------------------------- 90
DOCS['90-bc-cd-thcs-tran-cao-van-tong-ket-2013-2014'] = dict(
 type='bao-cao', full=False, residue=[1, 2, 3],
 faults=[
  F('90-1', 7, 'TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM HỌC 2013-2014', 'heading-format',
    "the trích yếu under the tên loại is set in upper case; NĐ 30 Phụ lục I (ô 5a), which QĐ 933 follows, writes it in lower case, bold: 'Tổng kết hoạt động công đoàn cơ sở năm học 2013-2014 và nhiệm vụ trọng tâm năm học 2014-2015'. The copy is the school's own post, not a legal-text site, so the case is the author's", [8]),
  F('90-2', 9, '- A. KẾT QUẢ', 'heading-format',
    "a list dash before the part label 'A.'; a heading label stands alone ('A. KẾT QUẢ …'), never behind a bullet (NĐ 30 Phụ lục I, headings of phần/mục)"),
  F('90-3', 10, '2013 -2014', 'spacing',
    "space before the hyphen and none after; the title writes '2013-2014' (line 7): one form, no stray space"),
  F('90-4', 10, 'CĐ trường THCS Trần Cao Vân', 'capitalisation',
    "the school's name takes a capital: 'Trường THCS Trần Cao Vân' (Phụ lục II IV.1.a, names of bodies), as line 12 writes it"),
  F('90-5', 11, 'mối quam hệ', 'spelling', "'quan hệ' misspelt 'quam hệ' ('quam' is no Vietnamese syllable)"),
  F('90-6', 14, 'uống cà fe', 'spelling', "'cà phê' written 'cà fe' (a loanword spelt with 'f', outside Vietnamese orthography)"),
  F('90-7', 17, 'Cảnh dương', 'capitalisation',
    "place name 'Cảnh Dương': every syllable of a geographical name is capitalised (Phụ lục II III.1), as 'Hội An', 'Đà Nẵng' in the same list"),
  F('90-8', 17, 'CB,GV,NVvà', 'spacing',
    "no space after the commas and none between 'NV' and 'và'; line 12 writes 'CB, GV, NV'"),
 ],
 doc_faults=[
  {'id': '90-d1', 'kind': 'missing-part',
   'why': "no Quốc hiệu and Tiêu ngữ, no 'Số: …/BC-…' and no địa danh, ngày tháng năm: the header holds only the two body names and the tên loại (NĐ 30 Điều 8.2, Phụ lục I; QĐ 933 Điều 17). The page prints the header's left column as text; if the right column was a table cell the site dropped, the loss is the site's — a clerk would still query it"},
 ],
 debatable=[
  (5, "issuing body written 'CÔNG ĐOÀN THCS TRẦN CAO VÂN' without 'TRƯỜNG' (line 12: 'CĐ Trường THCS Trần Cao Vân'); NĐ 30 Phụ lục I II.2 wants the official name, but school CĐCS commonly shorten it — not judged"),
 ])

# ---------------------------------------------------------------- 91
DOCS['91-bc-cd-thcs-tran-phu-tong-ket-2021-2022'] = dict(
 type='bao-cao', full=False, residue=[1, 2],
 faults=[
  F('91-1', 3, 'TM/BCH', 'chu-ky',
    "the authority is written 'TM. BAN CHẤP HÀNH' (NĐ 30 Phụ lục I II.7, Điều 13; QĐ 933 for a CĐCS): 'TM/BCH' takes a slash (the Party's 'T/M', mixed with the State form) and abbreviates the body. The site prints the signature block above the text; its place is the site's, its wording the document's"),
  F('91-2', 3, 'CHỦ TICH', 'spelling', "the signer's title 'CHỦ TỊCH' lacks the dot below ('TICH')"),
  F('91-3', 4, 'Ban thường vụ LĐLĐ', 'capitalisation',
    "'Ban Thường vụ' names a body (Phụ lục II IV.1.a: type and function of the body capitalised, as 'Ban Chấp hành', 'Ban Chỉ đạo')"),
  F('91-4', 4, 'Ban Chấp Hành', 'capitalisation',
    "'Ban Chấp hành': only the first syllable of the function 'chấp hành' is capitalised (Phụ lục II IV.1)"),
  F('91-5', 5, 'I.Tình hình đội ngũ Nhà giáo và người lao động :', 'heading-format',
    "Roman-numbered section title not in capitals (NĐ 30 Phụ lục I, table row 6: 'I. TÊN MỤC'; cf. 63-3, 64-2), no space after 'I.', and a closing colon (a heading takes none); line 13 'II.Kết quả …:' the same", [13]),
  F('91-6', 5, 'đội ngũ Nhà giáo', 'capitalisation',
    "'nhà giáo' is a common noun capitalised mid-sentence (also lines 12 and 14); Phụ lục II capitalises proper names and the special nouns Nhân dân, Nhà nước only", [12, 14]),
  F('91-7', 6, 'trong đơn vị : 44', 'spacing', "space before the colon (none before ':'); the next line writes 'trong biên chế: 44'"),
  F('91-8', 8, '+Tổng số', 'spacing', "no space after the list marker '+' (lines 8-11); the '–' items of lines 6-7 have one", [9, 10, 11]),
  F('91-9', 9, 'lao động: 1. Nữ: 1', 'punctuation', "stray full stop after the figure ('… lao động: 1 Nữ: 1', as the other lines write it)"),
  F('91-10', 13, '2021- 2022', 'spacing', "space after the hyphen only; line 4 writes '2021-2022'"),
 ],
 doc_faults=[], debatable=[])

# ---------------------------------------------------------------- 92
DOCS['92-kh-39-cdcs-thpt-ngoc-to-nam-hoc-2020-2021'] = dict(
 type='ke-hoach', full=False, residue=[1],
 faults=[
  F('92-1', 14, 'Căn cứ điều lệ Công đoàn Việt Nam', 'capitalisation',
    "'Điều lệ Công đoàn Việt Nam' is a specific document and takes a capital (Phụ lục II V.6; QĐ 933: 'Căn cứ Điều lệ Công đoàn Việt Nam')"),
  F('92-2', 15, 'Công đoàn ngành giáo dục tỉnh Sóc Trăng', 'capitalisation',
    "name of the superior union: 'Công đoàn ngành Giáo dục tỉnh Sóc Trăng' — the field 'Giáo dục' is part of the name (Phụ lục II IV.1.a; the header writes 'CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG')"),
  F('92-3', 15, '2020- 2021', 'spacing',
    "school year written with a space after the hyphen only ('2020- 2021', line 18 '2020-  2021') while the title writes '2020 – 2021' (line 12): one form, spaces on both sides or none", [16, 18]),
  F('92-4', 16, 'Căn cứ  chương trình', 'spacing', 'double space'),
  F('92-5', 18, 'Ban chấp hành Công đoàn trường', 'capitalisation', "'Ban Chấp hành' names a body (Phụ lục II IV.1.a)"),
  F('92-6', 19, 'I -  NHIỆM VỤ TRỌNG TÂM.', 'heading-format',
    "section label written 'I -' instead of 'I.' (with a double space) and the heading closes with a full stop (NĐ 30 Phụ lục I table row 6: 'I. TÊN MỤC', no closing mark; cf. 06-2)"),
 ],
 doc_faults=[],
 debatable=[
  (5, "a run of spaces after 'Số:' — probably the author's alignment or a tab the site turned into spaces; number and ký hiệu are well formed — not judged"),
 ])

# ---------------------------------------------------------------- 93
DOCS['93-kh-01-cdcs-mn-son-ca-nam-hoc-2021-2022'] = dict(
 type='ke-hoach', full=False, residue=[1, 2, 3],
 faults=[
  F('93-1', 5, 'Độc lập – Tự do – Hạnh phúc', 'quoc-hieu',
    "Tiêu ngữ written with en dashes; NĐ 30 Phụ lục I II.1: 'Độc lập - Tự do - Hạnh phúc' with hyphens"),
  F('93-2', 6, 'Số 01/ KH-CĐCS', 'so-ky-hieu',
    "no colon after 'Số' and a space after '/' (NĐ 30 Phụ lục I II.3: 'Số: 01/KH-CĐCS'; the colon-less form is the Party's)"),
  F('93-3', 6, 'tháng 10  năm', 'spacing', 'double space in the date'),
  F('93-4', 7, 'KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN', 'heading-format',
    "the tên loại line carries part of the trích yếu, and the trích yếu goes on in upper case with a colon ('NĂM HỌC: 2021-2022', line 8); NĐ 30 Phụ lục I ô 5a: 'KẾ HOẠCH' alone, then the trích yếu in lower case: 'Hoạt động công đoàn năm học 2021-2022'", [8]),
  F('93-5', 9, 'của công đoàn cấp trên.', 'punctuation',
    "a căn cứ item closed with a full stop; in a list of căn cứ each item ends with ';' and the last leads into the main clause (NĐ 30 Phụ lục I II.6)"),
  F('93-6', 10, 'Các nhóm chỉ tiêu, 4 chương trình hành động công đoàn cơ sở năm học.', 'punctuation',
    "a verbless fragment closed by a full stop inside the căn cứ list (cf. 66-4, 69-3)"),
  F('93-7', 10, '2021 – 2022', 'punctuation',
    "the school year is written '2021 – 2022' here, '2021 - 2022' in lines 9 and 11 and '2021-2022' in line 8: one document, one form"),
  F('93-8', 11, 'của chuyên môn. Công đoàn', 'punctuation',
    "the last căn cứ is closed by a full stop and the main clause starts a new sentence; 'Căn cứ …, Công đoàn trường … như sau:' is one sentence (cf. 66-4)"),
  F('93-9', 11, 'Công đoàn trường mầm non Sơn ca', 'capitalisation',
    "name of the school: 'Trường Mầm non Sơn Ca' — 'Sơn Ca' is a proper name ('SƠN CA' in the header) and the school's name takes capitals (Phụ lục II IV.1.a)"),
  F('93-10', 11, 'Sơn ca  đưa', 'spacing', 'double space'),
  F('93-11', 13, 'Pháp luật của nhà nước', 'capitalisation',
    "'pháp luật' is a common noun capitalised mid-sentence, while 'Nhà nước' (the State) is one of the special nouns Phụ lục II V.1 capitalises: 'pháp luật của Nhà nước'"),
  F('93-12', 13, ', Thực hiện tốt', 'capitalisation',
    "capital after a comma inside one sentence (Phụ lục II I: capitals after '.', '?', '!' or a new line)"),
  F('93-13', 16, 'chị em tích “Xây dựng', 'spelling',
    "a syllable is missing: 'tích cực “Xây dựng …”' ('tích' alone makes no sense here)"),
  F('93-14', 16, 'để  chào', 'spacing', 'double space'),
  F('93-15', 16, 'tết trung thu', 'capitalisation',
    "holiday name 'tết Trung thu' (Phụ lục II V.8.b: the first syllable of the name is capitalised: tết Nguyên đán, tết Trung thu)"),
 ],
 doc_faults=[], debatable=[])

# ---------------------------------------------------------------- 94
DOCS['94-kh-cdcs-mn-2-hue-thang-6-2022'] = dict(
 type='ke-hoach', full=False, residue=[1, 2],
 faults=[
  F('94-1', 5, 'KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN', 'heading-format',
    "the tên loại line carries part of the trích yếu in upper case; NĐ 30 Phụ lục I ô 5a: 'KẾ HOẠCH' alone, then the trích yếu in lower case ('Hoạt động công đoàn tháng 6/2022')"),
  F('94-2', 6, '6/ 2022', 'spacing', "space after '/' ('6/2022', as line 7 writes '5/2022')"),
  F('94-3', 8, '2023- 2028', 'spacing',
    "range with a space after the hyphen only ('2023- 2028', line 15 '2021- 2022'): '2023-2028' or '2023 - 2028'", [15]),
  F('94-4', 9, 'Nghị quyết số 02-NQ/TW về', 'citation',
    "a Party resolution cited without its date and issuer ('Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị'; NĐ 30 Phụ lục I II.6: full details at the first mention); the number 02-NQ/TW alone is ambiguous"),
  F('94-5', 12, 'trong các hoạt động', 'punctuation',
    "the item that introduces the '+' sub-items ends with no mark; it takes ':' (the other items end with '.')"),
  F('94-6', 13, 'CB- ĐVCĐ', 'spacing', "hyphen with a space after it only ('CB- ĐVCĐ'; line 14 'tích cực- CĐCS')", [14]),
  F('94-7', 13, 'LĐLĐ Thành phố', 'capitalisation',
    "'thành phố' is a common noun here; line 15 writes 'LĐLĐ thành phố Huế' (Phụ lục II III.1.a; one form per document)"),
  F('94-8', 15, 'theo kế hoạch số 20/KH-LĐLĐ', 'capitalisation',
    "the type name of a specific cited document takes a capital: 'Kế hoạch số 20/KH-LĐLĐ' (Phụ lục II V.6; cf. 69-1); line 9 writes 'Kế hoạch'"),
 ],
 doc_faults=[
  {'id': '94-d1', 'kind': 'missing-part',
   'why': "no 'Số: …/KH-…' line: the header table (issuer | Quốc hiệu, Tiêu ngữ, place and date) is complete on the page but holds no number and ký hiệu (NĐ 30 Điều 8.2.c, Phụ lục I II.3; QĐ 933 Điều 17)"},
 ],
 debatable=[])

# ---------------------------------------------------------------- 95
DOCS['95-kh-cd-thcs-luc-ba-nam-hoc-2018-2019'] = dict(
 type='ke-hoach', full=False, residue=[],
 faults=[
  F('95-1', 1, 'KẾ HOẠCH CÔNG ĐOÀN', 'heading-format',
    "the tên loại line carries part of the trích yếu; NĐ 30 Phụ lục I ô 5a: 'KẾ HOẠCH' alone, the trích yếu below in lower case ('Hoạt động công đoàn năm học 2018 - 2019')"),
  F('95-2', 3, 'PHẦN 1: KẾ HOẠCH CHUNG', 'heading-format',
    "a part is labelled 'Phần' + Roman numeral on its own line, its title below in capitals, with no colon (NĐ 30 Phụ lục I table row 6: 'Phần I' / 'TÊN PHẦN')"),
  F('95-3', 4, 'I. CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH:', 'heading-format',
    "a heading takes no closing colon (NĐ 30 Phụ lục I table row 6; cf. 63-3); line 10 'II. ĐẶC ĐIỂM TÌNH HÌNH:' the same", [10]),
  F('95-4', 5, 'Căn cứ hướng dẫn số 39/HD - CĐN', 'capitalisation',
    "the type name of a specific cited document takes a capital: 'Hướng dẫn số 39/HD-CĐN' (Phụ lục II V.6)"),
  F('95-5', 5, '39/HD - CĐN', 'citation',
    "spaces around the '-' of the cited ký hiệu: '39/HD-CĐN' (NĐ 30 Phụ lục I II.3: groups joined without spaces; cf. 65-1)"),
  F('95-6', 5, 'ngày 20/9/2016', 'date',
    "a guidance 'triển khai chương trình công tác công đoàn năm học 2018- 2019' dated 20/9/2016, two school years earlier: the year is almost certainly wrong (2018?) — a clerk checks it"),
  F('95-7', 5, '2018- 2019', 'spacing', "space after the hyphen only; lines 7 and 9 write '2018 - 2019'"),
  F('95-8', 6, 'nghị quyết số 29 NQ/TW', 'citation',
    "Party resolution cited as 'nghị quyết số 29 NQ/TW': type name in lower case, no hyphen in the số ký hiệu ('29-NQ/TW') and no date or issuer ('Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI'; NĐ 30 Phụ lục I II.6, Phụ lục II V.6)"),
  F('95-9', 6, 'Năm học 2018 – 2019 là', 'punctuation',
    "the school year takes an en dash here (and in the title, line 2) but a hyphen in the body (lines 5, 7, 9): one form per document"),
  F('95-10', 7, 'của trường THCS Lục Ba', 'capitalisation',
    "name of the school: 'Trường THCS Lục Ba' (Phụ lục II IV.1.a; cf. 68-5); lines 8-9 'công đoàn trường THCS Lục Ba', 'Công đoàn trường THCS Lục Ba' the same", [8, 9]),
  F('95-11', 12, 'Nữ :', 'spacing', "space before the colon ('Nữ:', as 'Dân tộc:' and the other items); line 18 'Cao đẳng :' the same", [18]),
 ],
 doc_faults=[],
 debatable=[
  (11, "a run of spaces aligns the figure — probably a tab in the original that the site turned into spaces; layout, not judged"),
  (13, "a run of spaces aligns the figure (see line 11) — not judged"),
  (14, "a run of spaces aligns the figure (see line 11) — not judged"),
  (15, "a run of spaces aligns the figure (see line 11) — not judged"),
  (16, "'•' bullet among '-' and '+' items: a third list marker; minor — not judged"),
  (20, "a run of spaces aligns the figure (see line 11) — not judged"),
  (21, "a run of spaces aligns the figure (see line 11) — not judged"),
 ])

# ---------------------------------------------------------------- 96
DOCS['96-qd-1454-tld-cong-tac-thong-ke'] = dict(
 type='quyet-dinh', full=False, residue=[],
 faults=[
  F('96-1', 4, 'VỀ VIỆC BAN HÀNH QUY ĐỊNH', 'heading-format',
    "trích yếu set in capitals; NĐ 30 Phụ lục I (and QĐ 933 after it) put the trích yếu in lower case under the tên loại. NOTE: vanban123, a legal-text site, renders trích yếu in capitals as thuvienphapluat does, so this may be an artefact of the source site"),
  F('96-2', 6, 'Căn cứ Luật Thống kê;', 'citation',
    "a Luật is cited with its date of adoption ('Căn cứ Luật Thống kê ngày … tháng … năm 2003;'; NĐ 30 Phụ lục I II.6; QĐ 933 cites 'Luật Công đoàn ngày 20 tháng 6 năm 2012'; cf. 64-1)"),
  F('96-3', 9, 'về “Đổi mới và nâng cao hiệu quả', 'punctuation',
    "the quotation opened before the cited title is never closed ('… tổ chức Công đoàn;' has no '”'); the cited titles of lines 7-8 are closed"),
  F('96-4', 11, 'Lao động Việt Nam,', 'punctuation',
    "the proposal line closes the preamble with a full stop (NĐ 30 Phụ lục III Mẫu 1.2: 'Theo đề nghị của …….'); here it ends with a comma (the thuvienphapluat copy of the same decision has the comma too)"),
  F('96-5', 12, 'QUYẾT ĐỊNH', 'punctuation',
    "the operative word takes a colon: 'QUYẾT ĐỊNH:' (NĐ 30 Phụ lục III Mẫu 1.2, 1.3); the thuvienphapluat copy also lacks it, so it is not this site's loss"),
 ],
 doc_faults=[],
 debatable=[
  (13, "'Ban hành Quy định …' without 'kèm theo Quyết định này' (NĐ 30 samples: 'Ban hành kèm theo Quyết định này …'); wording — not judged"),
  (15, "collective capitals 'các Ban', 'các Liên đoàn Lao động tỉnh, thành phố', 'các Công đoàn ngành Trung ương', with no lower-case form in the document: debatable under the audit decision"),
 ])

# ---------------------------------------------------------------- 97
DOCS['97-hd-37-btgdvtw-ban-tin-sinh-hoat-chi-bo'] = dict(
 type='huong-dan', full=True, residue=[],
 faults=[
  F('97-1', 6, 'VỀ VIỆC ĐỔI MỚI, NÂNG CAO CHẤT LƯỢNG', 'heading-format',
    "trích yếu set in capitals; NĐ 30 Phụ lục I (and HD 36/HD 05 for Party texts) put the trích yếu in lower case under the tên loại. NOTE: thuvienphapluat renders trích yếu in capitals, so this may be an artefact of the source site"),
  F('97-2', 18, 'các tầng lớp nhân dân', 'capitalisation',
    "'Nhân dân' is capitalised (Phụ lục II V.1) and this document writes 'đảng viên, Nhân dân' (line 16); the lower-case form here is inconsistent (cf. 82-2)"),
  F('97-3', 23, 'diêm nóng', 'spelling', "'điểm nóng' misspelt 'diêm nóng' ('vấn đề nóng, điểm nóng')"),
 ],
 doc_faults=[],
 debatable=[
  (28, "'Bản tin Thông tin sinh hoạt chi bộ' differs from 'Bản tin sinh hoạt chi bộ' used everywhere else; it may be the bulletin's own title — not judged"),
  (32, "'Khung tiêu chí đánh giá công tác chuẩn bị sinh hoạt chi bộ' capitalised while line 25 writes 'khung tiêu chí đánh giá chất lượng sinh hoạt chi bộ'; possibly two different frameworks — not judged"),
  (40, "'Ban tuyên giáo và dân vận các tỉnh ủy, …' capitalises 'Ban' only, while the document names the central body 'Ban Tuyên giáo và Dân vận Trung ương'; for a collective of provincial boards lower case is correct under the audit decision, the capital 'B' mixes the forms — not judged"),
 ])


def main():
    for name, d in DOCS.items():
        lines = open(os.path.join(ROOT, 'docs', name + '.txt'), encoding='utf-8').read().split('\n')
        if lines[-1] == '':
            lines = lines[:-1]
        n = len(lines)
        fl = set()
        for f in d['faults']:
            fl.add(f['line']); fl.update(f.get('also_lines', []))
        deb = [{'line': l, 'why': w} for l, w in d['debatable']]
        used = fl | set(d['residue']) | {x['line'] for x in deb}
        clean = [l for l in range(1, n + 1) if l not in used]
        out = {'file': 'corpus/docs/' + name + '.txt', 'type': d['type'], 'full': d['full'],
               'faults': d['faults'], 'doc_faults': d['doc_faults'], 'clean_lines': clean,
               'residue_lines': d['residue']}
        if deb:
            out['debatable_lines'] = deb
        txt = json.dumps(out, ensure_ascii=False, indent=1)
        txt = unicodedata.normalize('NFC', txt)
        open(os.path.join(ROOT, 'annotations', name + '.json'), 'w', encoding='utf-8').write(txt + '\n')
        print(name, 'faults', len(d['faults']), 'doc', len(d['doc_faults']), 'clean', len(clean), 'deb', len(deb), 'res', len(d['residue']), 'lines', n)


if __name__ == '__main__':
    main()
