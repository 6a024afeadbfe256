// Types for the tests that load webpack.config.js.
import type { Configuration } from "webpack";

declare function createConfig(
  env?: { playground?: boolean; WEBPACK_SERVE?: boolean },
  argv?: { mode?: "production" | "development" }
): Configuration & { devServer?: Record<string, unknown> };

declare namespace createConfig {
  /** The manifest text with https://localhost:3000 URLs pointed at `prodUrl` (AppDomains get its origin). */
  function rewriteManifestUrls(xml: string, prodUrl: string): string;
}

export = createConfig;
