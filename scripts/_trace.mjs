import { chromium } from "@playwright/test";
const [url, cookie] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
if (cookie) { const [n, v] = cookie.split("="); await context.addCookies([{ name: n, value: v, url }]); }
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await browser.startTracing(page, { categories: ["devtools.timeline", "v8", "v8.wasm", "blink", "disabled-by-default-devtools.timeline"] });
await page.goto(url);
await page.waitForFunction(() => !document.getElementById("first-view"));
await page.waitForLoadState("networkidle");
await page.waitForTimeout(1000);
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents.filter(e => e.ph === "X" && e.dur);
const main = events.filter(e => e.name === "RunTask" && e.dur > 50000).sort((a,b)=>a.ts-b.ts);
for (const task of main) {
  const inside = events.filter(e => e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
  const by = {};
  for (const e of inside) by[e.name] = (by[e.name] || 0) + e.dur;
  const top = Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,12).map(([n,d]) => `${n}:${Math.round(d/1000)}`);
  console.log(Math.round(task.dur/1000), "ms:", top.join(" "));
}
await browser.close();
