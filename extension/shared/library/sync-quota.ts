// chrome.storage.sync quotas (developer.chrome.com/docs/extensions/reference/api/storage#property-sync):
// QUOTA_BYTES 102400, QUOTA_BYTES_PER_ITEM 8192, MAX_ITEMS 512. An item's size is its key plus its
// JSON-stringified value, in bytes.

export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_MAX_ITEMS = 512;

/** Told to the user when the library had to move to this device's storage. */
export const SYNC_LIMIT_MESSAGE =
  'Thư viện vượt giới hạn đồng bộ của Chrome (8 KB mỗi mục, 100 KB tất cả) nên được lưu trên máy này và không đồng bộ sang máy khác. Xoá bớt đoạn mẫu, đề cương dài để đồng bộ lại.';

/** The subset of chrome.storage.StorageArea the library uses (tests pass an in-memory fake). */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const encoder = new TextEncoder();

/** The size chrome.storage counts for one item. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** True when `items` fit sync: each under the per-item quota, all together under the total. */
export function fitsSync(items: Record<string, unknown>): boolean {
  const sizes = Object.entries(items).map(([k, v]) => itemBytes(k, v));
  if (sizes.length > SYNC_MAX_ITEMS) return false;
  if (sizes.some((s) => s > SYNC_QUOTA_BYTES_PER_ITEM)) return false;
  return sizes.reduce((a, b) => a + b, 0) <= SYNC_QUOTA_BYTES;
}
