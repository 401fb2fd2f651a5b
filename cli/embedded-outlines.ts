import type { Outline } from '../shared/core/outline/outline-schema.ts';

/**
 * The outlines of outlines/ by file name, validated by the CLI's build: cli/vite.config.ts replaces
 * this module with the data. From source (tsx, tests) it is undefined and the files are read instead.
 */
export const EMBEDDED_OUTLINES: Readonly<Record<string, Outline>> | undefined = undefined;
