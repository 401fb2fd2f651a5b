// The messages of the format checks of an outline's and a library's fields, in one place so the
// schemas (outline-schema.ts, org-library-schema.ts) and the issue wording (outline-issues.ts) agree.

/** What a wrong outline or section id is told (outline and add-on alike). */
export const ID_FORMAT = 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang';
/** What a wrong provenance date is told. */
export const DATE_FORMAT = 'ngày viết theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (ví dụ 2020-05-25)';
/** What a wrong parameter id is told. */
export const PARAMETER_ID_FORMAT = 'chỉ dùng chữ cái không dấu và chữ số, bắt đầu bằng chữ cái';
