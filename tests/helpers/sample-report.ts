/** The outline the sample report follows. */
export const SAMPLE_OUTLINE = 'cao-bang-bao-cao-6-thang-2020';
/** A half-filled half-year report of a school's union: some sections written, some still missing. */
export const SAMPLE_REPORT = `LIÊN ĐOÀN LAO ĐỘNG HUYỆN HÒA AN
CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS HỒNG VIỆT
Số: 15/BC-CĐCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hồng Việt, ngày 10 tháng 6 năm 2020
BÁO CÁO
Kết quả hoạt động công đoàn 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2020
I. ĐẶC ĐIỂM TÌNH HÌNH
1. Tình hình chung
Công đoàn cơ sở có 42 đoàn viên, sinh hoạt trong 4 tổ công đoàn.
2. Tình hình CNVCLĐ
Đời sống, việc làm của đoàn viên cơ bản ổn định.
II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2020
1. Tác động của dịch Covid - 19 đối với đời sống của đoàn viên, người lao động
Nhà trường dạy học trực tuyến trong thời gian nghỉ phòng dịch.
3. Các hoạt động kỷ niệm 90 Năm ngày thành lập Đảng Cộng sản Việt Nam
Tổ chức tọa đàm, thi tìm hiểu lịch sử Đảng.
III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2020
Tiếp tục chăm lo đời sống đoàn viên.`;
