import { chromium } from "@playwright/test";
const [url, cookie] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
if (cookie) { const [n, v] = cookie.split("="); await context.addCookies([{ name: n, value: v, url }]); }
const page = await context.newPage();
await page.goto(url);
await page.waitForFunction(() => !document.getElementById("first-view"));
await page.waitForLoadState("networkidle");
console.log(await page.evaluate(() => {
  const by = {};
  for (const el of document.querySelectorAll("*")) by[el.tagName] = (by[el.tagName] || 0) + 1;
  const sections = [...document.querySelectorAll("main section, main aside, main form, main ul, main select")].map(e => `${e.tagName}#${e.id}.${e.className}:${e.querySelectorAll("*").length}`).filter(s => +s.split(":").pop() > 20);
  return JSON.stringify({ total: document.querySelectorAll("*").length, by, sections });
}));
await browser.close();
