/**
 * Where the add-in is served: the ONE place for its URLs. The source manifest.xml uses the development
 * origin; the production build rewrites it to package.json "config.prod_url" (override for one build
 * with SMARTCITY_PROD_URL=https://… npm run build). Plain CommonJS: webpack.config.js requires it.
 */
const pkg = require("../package.json");

const DEV_URL = "https://localhost:3000/";

function deployUrls() {
  const prod = process.env.SMARTCITY_PROD_URL || pkg.config.prod_url;
  if (!/^https:\/\//.test(prod)) throw new Error(`Production URL must be https: ${prod}`);
  const prodUrl = prod.endsWith("/") ? prod : prod + "/";
  return {
    devUrl: DEV_URL,
    prodUrl,
    /** The manifest text with every development URL replaced by the production one. */
    forProduction: (manifest) => manifest.split(DEV_URL).join(prodUrl),
  };
}

module.exports = { deployUrls, DEV_URL };
