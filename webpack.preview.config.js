/* Browser preview: the task pane beside a simulated workbook (src/workbook-sim, HyperFormula inside: GPL,
 * so this bundle is for the preview and tests only, never shipped as the add-in).
 * Built into dist-preview/ and served by src/preview/serve.ts over plain http, offline:
 * office.js comes from node_modules/@microsoft/office-js, never from a CDN. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  // Build with `--mode production` (the npm script and the browser tests do).
  return {
    devtool: dev ? "source-map" : false,
    entry: { preview: "./src/preview/index.tsx" },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist-preview"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html", chunks: ["preview"], officeJs: "office-js/office.js" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/samples", to: "samples", noErrorOnMissing: true },
        ],
      }),
    ],
    // Production React, without minifying: the preview is served locally and builds in seconds, not minutes.
    optimization: { minimize: false },
    performance: { hints: false },
  };
};
