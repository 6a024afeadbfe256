/*
 * Webpack config for the Reja add-in.
 *
 *   npm run build        production bundles in dist/ (taskpane, commands, dialog), sizes printed and budgeted
 *   npm run dev-server   https://localhost:3000 when office-addin-dev-certs are installed, else http
 *   npm run playground   http://localhost:3000/playground.html: the task pane over the in-memory Excel
 *                        stand-in, no Office.js, no certificates, no internet
 *
 * Environment: REJA_PUBLIC_URL (e.g. https://reja.example.uz/) replaces https://localhost:3000/ in the
 * copied manifest.xml of a production build.
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BundleSizePlugin } = require("./scripts/bundle-size-plugin");

const DEV_URL = "https://localhost:3000/";
const TASKPANE_GZIP_BUDGET = 250 * 1024;
/**
 * The ribbon's function file and its message dialog load no React or Fluent. The function file carries the
 * report command (engine, layout, adapter: 54 KiB gzip when this was set); the dialog only shows a text and a
 * button (under 1 KiB), and must stay that small: it opens on a failure, often on a slow connection.
 */
const COMMANDS_GZIP_BUDGET = 80 * 1024;
const DIALOG_GZIP_BUDGET = 2 * 1024;

/** Entries that must not share the vendor chunk (React, Fluent): small pages and the pane's lazy readers. */
const WITHOUT_VENDOR = new Set(["commands", "dialog", "district-reader"]);

/**
 * The certificates `npx office-addin-dev-certs install` leaves in ~/.office-addin-dev-certs, read directly so
 * that neither the build nor the playground depends on that package. Undefined when they are not there.
 */
function readDevCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  try {
    return Object.fromEntries(
      Object.entries(files).map(([name, file]) => [name, fs.readFileSync(path.join(dir, file))])
    );
  } catch {
    return undefined;
  }
}

function publicUrl() {
  const url = process.env.REJA_PUBLIC_URL;
  if (!url) return undefined;
  if (!/^https:\/\//.test(url)) throw new Error(`REJA_PUBLIC_URL must be an https URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Points the manifest at the deployment: full URLs keep their path, <AppDomain> entries get the origin. */
function rewriteManifestUrls(xml, prodUrl) {
  return xml.split(DEV_URL).join(prodUrl).split(DEV_URL.slice(0, -1)).join(new URL(prodUrl).origin);
}

function devServerOptions(playground) {
  const port = Number(process.env.npm_package_config_dev_server_port) || 3000;
  const certs = playground ? undefined : readDevCerts();
  if (!playground && !certs) {
    console.warn(
      "[reja] No Office dev certificates found (~/.office-addin-dev-certs); serving over http. " +
        "Office needs https: run `npx office-addin-dev-certs install` once, then restart."
    );
  }
  return {
    port,
    host: "localhost",
    headers: { "Access-Control-Allow-Origin": "*" },
    server: certs ? { type: "https", options: certs } : { type: "http" },
    static: false,
    hot: false,
    liveReload: true,
    client: { overlay: { errors: true, warnings: false } },
  };
}

function createConfig(env = {}, argv = {}) {
  const production = argv.mode === "production";
  const playground = Boolean(env.playground);
  const prodUrl = production ? publicUrl() : undefined;

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    // the ribbon's message dialog: its own page, as a dialog may call only messageParent (commands.ts)
    dialog: "./src/commands/dialog.ts",
  };
  const htmlPages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
    }),
    new HtmlWebpackPlugin({
      filename: "commands.html",
      template: "./src/commands/commands.html",
      chunks: ["commands"],
    }),
    new HtmlWebpackPlugin({
      filename: "dialog.html",
      template: "./src/commands/dialog.html",
      chunks: ["dialog"],
    }),
  ];
  if (playground) {
    entry.playground = "./src/playground/main.tsx";
    htmlPages.push(
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/index.html",
        chunks: ["playground"],
      })
    );
  }

  return {
    mode: production ? "production" : "development",
    entry,
    devtool: "source-map",
    output: {
      path: path.resolve(__dirname, "dist"),
      // Office caches add-in files hard; content hashes make a deployment take effect.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck` (tsc --noEmit); the bundle only needs the transpile.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent in one long-cached chunk for the pages that render UI; the ribbon
          // command page stays small and loads none of it.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            // not the chunks the pane loads on demand: the Word reader (docx-*, with its jszip) and the district reader
            chunks: (chunk) => !WITHOUT_VENDOR.has(chunk.name) && !(chunk.name ?? "").startsWith("docx-"),
            priority: -10,
          },
        },
      },
    },
    // Webpack's own hints measure raw bytes; BundleSizePlugin budgets what users download (gzip).
    performance: { hints: false },
    plugins: [
      ...htmlPages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return prodUrl ? rewriteManifestUrls(content.toString(), prodUrl) : content;
            },
          },
        ],
      }),
      ...(production
        ? [
            new BundleSizePlugin({
              budgets: {
                taskpane: TASKPANE_GZIP_BUDGET,
                commands: COMMANDS_GZIP_BUDGET,
                dialog: DIALOG_GZIP_BUDGET,
              },
            }),
          ]
        : []),
    ],
    devServer: env.WEBPACK_SERVE ? devServerOptions(playground) : undefined,
  };
}

module.exports = createConfig;
module.exports.rewriteManifestUrls = rewriteManifestUrls;
