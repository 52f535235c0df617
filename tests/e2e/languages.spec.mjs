// The app in every language: the browser's language picks it before the first paint, the footer's
// menu switches it at once (and, signed in, saves it to the profile), Arabic mirrors the layout,
// and a sweep of every page in the pseudo-language finds no text the catalogues miss.
import { readFileSync } from "node:fs";
import { test, expect, expectAccessible, signIn, openMentor, suffix, SHOTS } from "./fixtures.mjs";

/** The one-line messages of `locales/<tag>/app-<area>.ftl`, by id (selections left out). */
export function catalogue(tag, area) {
  const text = readFileSync(new URL(`../../locales/${tag}/app-${area}.ftl`, import.meta.url), "utf8");
  const messages = {};
  for (const line of text.split("\n")) {
    const found = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
    if (found && !found[2].includes("->")) messages[found[1]] = found[2].trim();
  }
  return messages;
}

/** A message with its variables put in, as a pattern: in right-to-left text the app isolates
 * them (U+2068 … U+2069), which an accessible name may or may not keep. */
function said(message, variables = {}) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const parts = message.split(/\{ \$([a-z_-]+) \}/);
  const pattern = parts.map((part, i) => (i % 2 ? `\u2068?${escape(variables[part])}\u2069?` : escape(part))).join("");
  return new RegExp(`^${pattern}$`);
}

const ACCENTED = /[ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ]/;

/** Every string value in the API's answers to `page`: what people wrote, shown as they wrote it. */
function recordApiWords(page) {
  const words = new Set();
  const collect = (value) => {
    if (typeof value === "string") words.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  page.on("response", async (response) => {
    if (!new URL(response.url()).pathname.startsWith("/api/")) return;
    try {
      collect(await response.json());
    } catch {
      // Not JSON (an empty 204, a calendar): nothing shown from it.
    }
  });
  return words;
}

/** The visible text on the page that is neither pseudo-localized nor someone's own words. */
async function untranslated(page, apiWords) {
  return page.evaluate((words) => {
    const accented = /[ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ]/;
    // What the API sent, alone or joined (reasons with " · ", tags with ", ").
    const fromApi = (text) => text.split(/ · |, /).every((part) => words.some((word) => word.includes(part)));
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest("script, style, noscript, option, #first-view")) continue;
      if (!element.checkVisibility()) continue;
      const text = node.textContent.replace(/\s+/g, " ").trim();
      if (!/[A-Za-z]{2}/.test(text) || accented.test(text) || text === "Quarterhour") continue;
      if (fromApi(text)) continue;
      found.push(text);
    }
    for (const element of document.querySelectorAll("[aria-label], [placeholder]")) {
      if (element.closest("#first-view")) continue;
      for (const name of ["aria-label", "placeholder"]) {
        const text = element.getAttribute(name);
        if (text && /[A-Za-z]{2}/.test(text) && !accented.test(text) && !fromApi(text)) {
          found.push(`${name}: ${text}`);
        }
      }
    }
    return found;
  }, [...apiWords]);
}

test("a sweep of every page in the pseudo-language finds no text the catalogues miss", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL });
  await context.addInitScript(() => localStorage.setItem("qh-language", "en-XA"));
  const page = await context.newPage();
  const apiWords = recordApiWords(page);
  const mentorContext = await browser.newContext({ baseURL });
  await signIn(mentorContext.request, baseURL, `pseudo.mentor.${suffix()}@acme.com`);
  const mentor = await openMentor(mentorContext.request, baseURL, { display_name: "Ḿḗƞŧǿř", expertise: ["kubernetes"] });
  await mentorContext.close();
  const visitorPages = ["/", "/mentors", `/mentors/${mentor}`, "/match?goal=kubernetes", "/requests", "/guides", "/sign-in", "/no-such-page"];
  const problems = [];
  const sweep = async (path) => {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
    // What loads after the heading (lists, slots) is swept too.
    await page.waitForLoadState("networkidle");
    for (const text of await untranslated(page, apiWords)) problems.push(`${path}: ${text}`);
  };
  for (const path of visitorPages) await sweep(path);

  await signIn(context.request, baseURL, `pseudo.${suffix()}@acme.com`);
  await openMentor(context.request, baseURL, { display_name: "Ƥşḗŭḓǿ Mentor", expertise: ["kubernetes"] });
  for (const path of ["/", "/sessions", "/growth", "/messages", "/requests", "/requests/new", "/profile", "/give", "/mentors"]) {
    await sweep(path);
  }
  expect(problems, "text that is not pseudo-localized").toEqual([]);
  await context.close();
});

test("a browser that speaks Spanish gets the app in Spanish before its first paint, and the menu switches at once", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "es-ES" });
  const page = await context.newPage();
  const es = catalogue("es", "shell");
  const en = catalogue("en", "shell");
  const response = await page.goto("/");
  // The server already knew: the English first view came hidden, in a Spanish document.
  expect(await response.text()).toContain('<div id="first-view" hidden>');
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es["home-heading"]);
  await expect(page.getByRole("link", { name: es["nav-directory"], exact: true })).toBeVisible();
  await expect(page).toHaveTitle(es["home-title"]);
  await expectAccessible(page);

  const menu = page.getByLabel(es["language-label"]);
  await menu.selectOption("fr");
  const fr = catalogue("fr", "shell");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr["home-heading"]);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByLabel(fr["language-label"])).toBeFocused();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr["home-heading"]);

  // Signed in, the choice is the profile's: mails follow it.
  await signIn(context.request, baseURL, `langue.${suffix()}@acme.com`);
  await page.reload();
  await page.getByLabel(fr["language-label"]).selectOption("en");
  await expect(page.getByRole("link", { name: en["nav-profile"], exact: true })).toBeVisible();
  await expect.poll(async () => (await (await page.request.get(`${baseURL}/api/me`)).json()).profile.locale).toBe("en");
  await context.close();
});

for (const [width, height] of [[1280, 900], [360, 800]]) {
  test(`at ${width} px Arabic reads right to left, names and times kept in their own direction`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "ar-EG", viewport: { width, height }, timezoneId: "Asia/Dubai" });
    const page = await context.newPage();
    const ar = catalogue("ar", "shell");
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ar["home-heading"]);
    // The layout mirrors: the brand stands at the right-hand edge.
    const brand = await page.locator(".brand").boundingBox();
    expect(brand.x + brand.width).toBeGreaterThan(width / 2);
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}${width}-ar-01-home-light.png` });
    await page.goto("/mentors");
    await expect(page.locator("main h1")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}${width}-ar-02-directory-light.png` });
    await context.close();
  });
}

// The journey of a first booking, from the home page's goal box to the confirmation, signing in on
// the way, in Spanish and in Arabic at 1280 and 360 px: every label a person reads is their
// language's, each step passes axe and is photographed.
for (const [tag, browserLocale, spoken] of [["es", "es-ES", "bn"], ["ar", "ar-EG", "fa"]]) {
  for (const [width, height] of [[1280, 900], [360, 800]]) {
    test(`in ${tag} at ${width} px a new user goes from the goal box to a confirmed booking`, async ({ browser, baseURL }) => {
      const shell = catalogue(tag, "shell");
      const finding = catalogue(tag, "finding");
      const booking = catalogue(tag, "booking");
      const mentorContext = await browser.newContext({ baseURL });
      await signIn(mentorContext.request, baseURL, `lang.mentor.${suffix()}@acme.com`);
      const name = `Mentor ${suffix()}`;
      await openMentor(mentorContext.request, baseURL, {
        display_name: name,
        expertise: ["kubernetes"],
        languages: ["en", spoken],
        bio: "Clusters.",
      });
      await mentorContext.close();

      const context = await browser.newContext({ baseURL, locale: browserLocale, viewport: { width, height }, timezoneId: "Europe/Madrid" });
      const page = await context.newPage();
      const shot = async (step) => {
        await expectAccessible(page);
        await page.screenshot({ path: `${SHOTS}${width}-${tag}-${step}-light.png` });
      };
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", tag);
      await expect(page.locator("html")).toHaveAttribute("dir", tag === "ar" ? "rtl" : "ltr");
      await page.getByLabel(shell["goal-label"]).fill("our k8s cluster keeps OOM-killing pods");
      await shot("01-home");
      await page.getByRole("button", { name: shell["goal-submit"] }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(finding["match-heading"]);
      await page.getByLabel(finding["match-language-label"]).selectOption(spoken);
      await page.getByRole("button", { name: finding["match-submit"] }).click();
      const card = page.locator(".match-card").filter({ hasText: name });
      await expect(card).toBeVisible();
      // Why the mentor is suggested is said in the reader's language, from what the API sent as data.
      const knows = said(finding["reason-knows-written"], { skill: "kubernetes", written: "k8s" });
      await expect(card.locator(".reason").first()).toHaveText(knows);
      await shot("02-matches");

      await card.getByRole("button", { name: new RegExp(`^${finding["match-book-slot"].split("{")[0].trim()}`) }).first().click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toHaveAccessibleName(said(booking["book-heading"], { name }));
      const agenda = dialog.getByLabel(booking["agenda-label"]);
      await expect(agenda).toBeFocused();
      await agenda.fill("¿Por qué se reinician mis pods?");
      const email = `lang.new.${suffix()}@globex.com`;
      await dialog.getByLabel(booking["email-label"]).fill(email);
      await shot("03-panel");
      await dialog.getByRole("button", { name: booking["submit-send-code"] }).click();
      const code = dialog.getByLabel(booking["code-label"]);
      await expect(code).toBeFocused();
      const outbox = await (await page.request.get(`${baseURL}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json();
      await code.fill(outbox.messages[0].text.match(/\b(\d{6})\b/)[1]);
      await dialog.getByRole("button", { name: booking["submit-sign-in-and-book"] }).click();
      const nameField = dialog.getByLabel(booking["name-label"]);
      await expect(nameField).toBeFocused();
      await nameField.fill("A new user");
      await shot("04-newcomer");
      await dialog.getByRole("button", { name: booking["submit-save-and-book"] }).click();
      const confirmation = dialog.getByRole("heading", { name: said(booking["booked-heading"], { name }) });
      await expect(confirmation).toBeFocused();
      await expect(confirmation).toBeInViewport();
      await shot("05-confirmed");
      await context.close();
    });
  }
}

test("in Spanish the growth record's download is written in Spanish", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "es-ES" });
  await signIn(context.request, baseURL, `crecimiento.${suffix()}@acme.com`);
  await openMentor(context.request, baseURL, { display_name: "Ana", expertise: ["kubernetes"] });
  const page = await context.newPage();
  const sessions = catalogue("es", "sessions");
  await page.goto("/growth");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sessions["growth-heading"]);
  // The record is in: the document is written from it.
  await expect(page.getByRole("heading", { name: sessions["growth-summary"] })).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: sessions["growth-download"] }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("growth.md");
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
  expect(text).toMatch(/^# Registro de progreso: Ana\n/);
  expect(text).toContain(`## ${sessions["growth-summary"]}`);
  expect(text).toContain(sessions["growth-md-empty"]);
  expect(text).not.toContain("Growth record");
  await context.close();
});
