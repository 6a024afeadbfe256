import type { Compilation, Compiler } from "webpack";

export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

export interface BundleSizePluginOptions {
  /** Gzipped bytes allowed per entry name; an entry over budget fails the build. */
  budgets?: Record<string, number>;
  /** Name of the JSON report emitted next to the bundles; false for none. Default "bundle-sizes.json". */
  reportFile?: string | false;
}

export class BundleSizePlugin {
  constructor(options?: BundleSizePluginOptions);
  lastReport: Array<EntrySize & { budget: number | null }>;
  apply(compiler: Compiler): void;
}

export function measureEntries(compilation: Compilation): EntrySize[];
