// Shared test fixtures: every page a test visits is checked for console errors and for serious
// or critical accessibility violations (axe-core) when the test ends. The browser's own log line
// for a 4xx API answer (signed out, a validation error) is not an error of the app: the app
// handles those answers, and the tests check that it shows them.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const test = base.extend({
  page: async ({ page }, use) => {
    const consoleErrors = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.expectConsoleErrors = (pattern) => {
      page.allowedConsoleError = pattern;
    };
    // A page arrives with a first view that the app replaces once its page is drawn: what a test
    // does next is done in the app, as a person who waits for the page would.
    for (const method of ["goto", "reload"]) {
      const original = page[method].bind(page);
      page[method] = async (...args) => {
        const response = await original(...args);
        await appTookOver(page);
        return response;
      };
    }
    await use(page);
    const handledApiAnswer = /^Failed to load resource: the server responded with a status of 4\d\d/;
    const unexpected = consoleErrors.filter(
      (text) =>
        !handledApiAnswer.test(text) &&
        !(page.allowedConsoleError && page.allowedConsoleError.test(text)),
    );
    expect(unexpected, "console errors").toEqual([]);
  },
});

/** Waits until the app has replaced the page's first view (or a crash notice says it cannot). */
export async function appTookOver(page) {
  await page.waitForFunction(
    () => !document.getElementById("first-view") || document.querySelector(".crash-notice"),
  );
}

/** Runs axe-core on the page as it is now; fails on serious or critical violations. */
export async function expectAccessible(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** A suffix no other test in this run uses, for unique names and addresses. */
export const suffix = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;

/** Signs `request` (an API context sharing cookies with a browser context) in as `email`. */
export async function signIn(request, baseURL, email) {
  await request.post(`${baseURL}/api/auth/email-code`, { data: { email } });
  const outbox = await (await request.get(`${baseURL}/api/dev/outbox?to=${email}`)).json();
  const code = outbox.messages[0].text.match(/\b(\d{6})\b/)[1];
  const verified = await request.post(`${baseURL}/api/auth/verify`, { data: { email, code } });
  expect(verified.status()).toBe(200);
}

/** Makes the signed-in `request`'s person a mentor in UTC with every hour open; returns their id. */
export async function openMentor(request, baseURL, profile) {
  const saved = await request.put(`${baseURL}/api/me/profile`, {
    data: { is_mentor: true, timezone: "UTC", ...profile },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const rules = await request.put(`${baseURL}/api/me/availability`, {
    data: { timezone: "UTC", weekly: days.map((weekday) => ({ weekday, start: "00:00", end: "24:00" })), min_notice_minutes: 0 },
  });
  expect(rules.status(), await rules.text()).toBe(200);
  return (await saved.json()).profile.id;
}

/** Where the journey suites photograph each step, for anyone to look at after `make test`. */
export const SHOTS = fileURLToPath(new URL("../../target/journey-screenshots/", import.meta.url));
mkdirSync(SHOTS, { recursive: true });

/** Records every console error of `page`, with the address of what failed. */
export function watchConsole(page) {
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export { expect };
