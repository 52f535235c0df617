// Lighthouse's performance figures for the app's pages, mobile and desktop, each the median of
// RUNS runs, as one table. Prints figures, asserts nothing (scripts/bench-pages.sh runs it).
//   node scripts/lighthouse.mjs BASE_URL PAGES_JSON
// PAGES_JSON: [{"name": "...", "path": "/...", "cookie": "qh_session=..."?}, ...]
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";

const [base, pagesJson] = process.argv.slice(2);
const pages = JSON.parse(pagesJson);
const runs = Number(process.env.LIGHTHOUSE_RUNS || 3);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

// One run's figures: score, LCP, TBT, CLS, DOM elements, requests, and wasm files beyond the
// shell (app_bg.wasm).
async function measure(url, cookie, config) {
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      extraHeaders: cookie ? { cookie } : undefined,
    },
    config,
  );
  const { audits, categories, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`);
  const requests = audits["network-requests"]?.details?.items ?? [];
  const wasm = requests.filter((item) => new URL(item.url).pathname.endsWith(".wasm"));
  return {
    score: Math.round((categories.performance.score ?? 0) * 100),
    lcp: audits["largest-contentful-paint"].numericValue ?? NaN,
    tbt: audits["total-blocking-time"].numericValue ?? NaN,
    cls: audits["cumulative-layout-shift"].numericValue ?? NaN,
    // Lighthouse 13 reports the element count as an insight.
    dom: (audits["dom-size-insight"] ?? audits["dom-size"])?.numericValue ?? NaN,
    requests: requests.length,
    chunks: wasm.filter((item) => !item.url.endsWith("/app_bg.wasm")).length,
  };
}

// Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP): such a run is run
// again, up to twice, rather than losing the table.
async function measureAgain(url, cookie, config) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure(url, cookie, config);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(`  (${error.message.split("\n")[0]}; running it again)`);
    }
  }
}

const row = (cells) => console.log(`  ${cells.map(([text, width]) => String(text).padStart(width)).join("  ")}`);
const widths = [34, 7, 5, 8, 8, 6, 6, 9, 7];
row(["page", "preset", "perf", "LCP", "TBT", "CLS", "DOM", "requests", "chunks"].map((text, i) => [text, widths[i]]));
try {
  for (const page of pages) {
    for (const [preset, config] of [["mobile", undefined], ["desktop", desktopConfig]]) {
      const figures = [];
      for (let run = 0; run < runs; run++) figures.push(await measureAgain(base + page.path, page.cookie, config));
      const pick = (key) => median(figures.map((figure) => figure[key]));
      row(
        [
          page.name,
          preset,
          pick("score"),
          `${(pick("lcp") / 1000).toFixed(1)} s`,
          `${Math.round(pick("tbt"))} ms`,
          pick("cls").toFixed(3),
          pick("dom"),
          pick("requests"),
          pick("chunks"),
        ].map((text, i) => [text, widths[i]]),
      );
    }
  }
} finally {
  await chrome.kill();
}
console.log(`  (median of ${runs} runs each; chunks = wasm files fetched beyond the shell)`);
