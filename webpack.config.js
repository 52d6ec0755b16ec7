/**
 * Build of the Excel add-in: ONE shared-runtime page (taskpane.html) that loads the task pane, the
 * ribbon commands and the custom functions in one JS context (shared notes §1.3), plus commands.html
 * for clients without SharedRuntime, functions.json generated from the JSDoc in
 * src/functions/functions.ts, the icons and the manifest with the production URL.
 *
 * Flags (`webpack --env name=value`):
 *   officejs=cdn|local  where pages load office.js from. Production defaults to Microsoft's CDN (as
 *                       Microsoft requires); development to a local copy of @microsoft/office-js's
 *                       dist (dist/office-js/), which is also what the browser tests use.
 *   outdir=DIR          output folder (default dist).
 *   standin=1           also bundle the in-memory Excel stand-in (e2e/standInPage.ts) into
 *                       taskpane.html, before the pane, for the end-to-end tests. Never in a release.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { deployUrls } = require("./scripts/deployUrls.js");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Other hosts' scripts in @microsoft/office-js: not needed for Excel, and they make up most of its 86 MB.
const OTHER_HOSTS = /^(access|onenote|outlook|powerpoint|project|visio|word)/i;

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const urls = deployUrls();
  const officeJs = env.officejs ?? (dev ? "local" : "cdn");
  const outDir = path.resolve(__dirname, env.outdir ?? "dist");
  const withStandIn = Boolean(env.standin);
  const officeJsSrc = officeJs === "local" ? "office-js/office.js" : OFFICE_JS_CDN;

  const paneChunks = withStandIn ? ["standin", "taskpane", "commands", "functions"] : ["taskpane", "commands", "functions"];

  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
      ...(withStandIn ? { standin: "./e2e/standInPage.ts" } : {}),
    },
    output: {
      path: outDir,
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // Intake's file reader names CSV sheets with path.basename/extname: a small browser version.
      alias: { path$: path.resolve(__dirname, "src/taskpane/lazy/browserPath.ts") },
      // exceljs (lazy-loaded for file import) references Node built-ins it does not use in browsers.
      fallback: { fs: false, os: false, crypto: false, stream: false, zlib: false, buffer: false, util: false, events: false, string_decoder: false, timers: false, url: false, http: false, https: false, net: false, tls: false, child_process: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } },
        },
      ],
    },
    // One webpack runtime for all entries of a page: the pane, the commands and the functions then share
    // module instances (one services object, one notice bus) instead of each bundle having its own.
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: paneChunks,
        chunksSortMode: "manual",
        templateParameters: { officeJsSrc },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsSrc },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : Buffer.from(urls.forProduction(content.toString()))),
          },
          ...(officeJs === "local"
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  filter: (p) => !OTHER_HOSTS.test(path.basename(p)) && !p.endsWith(".map"),
                  // Already minified by Microsoft: keep terser off these thousands of files.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: outDir },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: {
        type: "https",
        // Only `webpack serve` reaches here: `webpack build` sets WEBPACK_BUILD and never touches certificates.
        options: env.WEBPACK_BUILD ? undefined : await devCertificates(),
      },
    },
  };
  return config;
};

async function devCertificates() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}
