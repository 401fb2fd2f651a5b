/** True only in the KHUNG_E2E=1 build (vite.config.ts `define`); dead code is dropped from the production build. */
declare const __KHUNG_E2E__: boolean;
