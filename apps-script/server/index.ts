// The only exports Apps Script sees: each becomes a top-level function in the built Code.js.
export {};
