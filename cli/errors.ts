/** Why an input file could not be read. */
export type KhungInputErrorCode =
  | 'not-found'
  | 'unsupported-type'
  | 'corrupt'
  | 'empty'
  | 'unreadable'
  | 'too-large';

/**
 * An input file Khung cannot read. `message` is one plain Vietnamese line that names the file, fit to
 * show as is; the library error behind it, if any, is kept as `cause` for debugging only.
 */
export class KhungInputError extends Error {
  override readonly name = 'KhungInputError';
  readonly code: KhungInputErrorCode;

  constructor(code: KhungInputErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}
