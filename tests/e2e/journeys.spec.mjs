// The core journeys a newcomer walks, at 1280 and 360 px: from the home page's goal box to a
// confirmed booking, signing in on the way; the same by keyboard; and one time zone for the site
// and the mails. Every state is checked with axe and photographed, light and dark, into
// target/journey-screenshots/. Unlike the other suites, any console error fails a test here.
import { createServer } from "node:http";
import { test, expect, expectAccessible, signIn, suffix, SHOTS, watchConsole } from "./fixtures.mjs";

/** Checks the state with axe and photographs it, light then dark. */
async function step(page, width, name) {
  await expectAccessible(page);
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}${width}-${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** A mentor in UTC who speaks `language` and knows kubernetes, free 06:00–10:00 UTC daily
 * (or all day). */
async function mentor(browser, baseURL, language, { start = "06:00", end = "10:00" } = {}) {
  const context = await browser.newContext({ baseURL });
  await signIn(context.request, baseURL, `journey.mentor.${suffix()}@acme.com`);
  const name = `Journey Mentor ${suffix()}`;
  const saved = await context.request.put(`${baseURL}/api/me/profile`, {
    data: {
      display_name: name,
      is_mentor: true,
      timezone: "UTC",
      expertise: ["kubernetes", "linux"],
      languages: ["en", language],
      bio: "Ten years of running clusters.",
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const rules = await context.request.put(`${baseURL}/api/me/availability`, {
    data: { timezone: "UTC", weekly: days.map((weekday) => ({ weekday, start, end })), min_notice_minutes: 60 },
  });
  expect(rules.status(), await rules.text()).toBe(200);
  const id = (await saved.json()).profile.id;
  await context.close();
  return { id, name };
}

/** The six-digit code last mailed to `email`. */
async function codeFor(page, baseURL, email) {
  const outbox = await (await page.request.get(`${baseURL}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json();
  return outbox.messages.find((m) => /code is \d{6}/.test(m.text)).text.match(/code is (\d{6})/)[1];
}

/** From the home page's goal box to the mentor's card on the match page. */
async function findMentor(page, width, language, name) {
  await page.goto("/");
  await step(page, width, "01-home");
  await page.getByLabel("What do you want help with?").fill("our k8s cluster keeps OOM-killing pods");
  await page.getByRole("button", { name: "Suggest mentors" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What do you want help with?");
  await page.getByLabel("Mentor speaks").selectOption(language);
  await page.getByRole("button", { name: "Find mentors" }).click();
  const card = page.locator(".match-card").filter({ hasText: name });
  await expect(card).toBeVisible();
  await step(page, width, "02-matches");
  return card;
}

for (const [width, height] of [[1280, 900], [360, 800]]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, timezoneId: "Europe/Madrid", locale: "en-GB" });

    test("a new user goes from the goal box to a confirmed booking, signing in on the way", async ({ page, browser, baseURL }) => {
      const errors = watchConsole(page);
      const language = width === 1280 ? "th" : "vi";
      const { name } = await mentor(browser, baseURL, language);
      const card = await findMentor(page, width, language, name);

      await card.getByRole("button", { name: /^Book / }).first().click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toHaveAccessibleName(`Book 15 minutes with ${name}`);
      const agenda = dialog.getByLabel("What would you like from the 15 minutes?");
      await expect(agenda).toBeFocused();
      await expect(dialog.getByText("Your time")).toBeVisible();
      await expect(dialog.getByText(`${name}'s time`)).toBeVisible();
      // Times name their zone: the device's (Madrid) for a visitor, the mentor's (UTC) beside it.
      await expect(dialog.locator(".both-times")).toContainText(/\d\d:\d\d CET/);
      await expect(dialog.locator(".both-times")).toContainText(/\d\d:\d\d UTC/);
      await step(page, width, "03-panel");

      await agenda.fill("Why are my pods OOM-killed?");
      const email = `journey.new.${suffix()}@globex.com`;
      await dialog.getByLabel("Your e-mail address").fill(email);
      await dialog.getByRole("button", { name: "Send me a code" }).click();
      const code = dialog.getByLabel("Six-digit code from the e-mail");
      await expect(code).toBeFocused();
      await step(page, width, "04-code");
      await code.fill(await codeFor(page, baseURL, email));
      await dialog.getByRole("button", { name: "Sign in and book" }).click();

      // A newcomer: only a name, the zone (the device's) and languages by name.
      const nameField = dialog.getByLabel("Your name");
      await expect(nameField).toBeFocused();
      await expect(dialog.getByLabel("Your time zone")).toHaveValue("Europe/Madrid");
      await expect(dialog.getByRole("button", { name: "Remove English" })).toBeVisible();
      await step(page, width, "05-newcomer");
      await nameField.fill("A new user");
      await dialog.getByLabel("Add a language").selectOption({ label: "Spanish" });
      await expect(dialog.getByRole("button", { name: "Remove Spanish" })).toBeVisible();
      await dialog.getByRole("button", { name: "Save and book" }).click();

      const confirmation = dialog.getByRole("heading", { name: `Booked: 15 minutes with ${name}` });
      await expect(confirmation).toBeFocused();
      await expect(confirmation).toBeInViewport();
      await expect(dialog.getByText("Why are my pods OOM-killed?")).toBeVisible();
      await expect(dialog.getByRole("link", { name: `Message ${name}` })).toBeVisible();
      await expect(dialog.getByRole("link", { name: "Add to calendar (.ics)" })).toBeVisible();
      await expect(dialog.getByRole("heading", { name: "What happens next" })).toBeVisible();
      await step(page, width, "06-confirmed");
      const me = await (await page.request.get(`${baseURL}/api/me`)).json();
      expect(me.profile.languages).toEqual(["en", "es"]);
      expect(me.profile.timezone).toBe("Europe/Madrid");

      // A second session with the same mentor that day asks first.
      await dialog.getByRole("button", { name: "Close" }).click();
      await expect(dialog).toBeHidden();
      await card.getByRole("button", { name: /^Book / }).nth(1).click();
      await dialog.getByLabel("What would you like from the 15 minutes?").fill("A follow-up question");
      await dialog.getByRole("button", { name: "Book this slot" }).click();
      const ask = dialog.getByText(/You already have a session with .* Book a second one that day\?/);
      await expect(ask).toBeFocused();
      await step(page, width, "07-same-day");
      await dialog.getByRole("button", { name: "Yes, book a second session" }).click();
      await expect(dialog.getByRole("heading", { name: `Booked: 15 minutes with ${name}` })).toBeFocused();

      await dialog.getByRole("link", { name: "See my sessions" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("My sessions");
      await expect(page.getByText("Why are my pods OOM-killed?")).toBeVisible();
      await step(page, width, "08-sessions");
      expect(errors, "console errors").toEqual([]);
    });

    test("by keyboard alone, a card's Book button reaches the confirmation in at most 15 Tabs", async ({ page, browser, baseURL }) => {
      const errors = watchConsole(page);
      const language = width === 1280 ? "ta" : "ur";
      const { name } = await mentor(browser, baseURL, language);
      const card = await findMentor(page, width, language, name);
      let tabs = 0;
      const tab = async () => {
        tabs += 1;
        await page.keyboard.press("Tab");
      };

      await card.getByRole("button", { name: /^Book / }).first().focus();
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("What would you like from the 15 minutes?")).toBeFocused();
      await page.keyboard.type("Sizing memory limits");
      await tab(); // the agenda template
      await tab(); // the e-mail address
      const email = `journey.keys.${suffix()}@globex.com`;
      await expect(page.getByLabel("Your e-mail address")).toBeFocused();
      await page.keyboard.type(email);
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("Six-digit code from the e-mail")).toBeFocused();
      await page.keyboard.type(await codeFor(page, baseURL, email));
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("Your name")).toBeFocused();
      await page.keyboard.type("A new user");
      await page.keyboard.press("Enter");
      const confirmation = page.getByRole("heading", { name: `Booked: 15 minutes with ${name}` });
      await expect(confirmation).toBeFocused();
      await expect(confirmation).toBeInViewport();
      expect(tabs).toBeLessThanOrEqual(15);
      await step(page, width, "keyboard-confirmed");
      expect(errors, "console errors").toEqual([]);
    });

    test("the site and the mail agree on a session's day and time", async ({ browser, baseURL }) => {
      // The device in Los Angeles, the profile in Madrid: 06:00–10:00 UTC is the evening before
      // in Los Angeles, the morning in Madrid.
      const context = await browser.newContext({ baseURL, viewport: { width, height }, timezoneId: "America/Los_Angeles" });
      const page = await context.newPage();
      const errors = watchConsole(page);
      const { id, name } = await mentor(browser, baseURL, "ne");
      const email = `journey.zone.${suffix()}@globex.com`;
      await signIn(page.request, baseURL, email);
      const saved = await page.request.put(`${baseURL}/api/me/profile`, {
        data: { display_name: "A new user", timezone: "Europe/Madrid" },
      });
      expect(saved.status()).toBe(200);

      await page.goto(`/mentors/${id}`);
      await expect(page.getByRole("region", { name: "Your time zone" })).toContainText("Europe/Madrid");
      await expect(page.getByRole("tablist", { name: "Days" })).toBeVisible();
      await step(page, width, "zone-profile");
      await page.locator(".day-panel .slot").first().click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("What would you like from the 15 minutes?").fill("Zones");
      await dialog.getByRole("button", { name: "Book this slot" }).click();
      await expect(dialog.getByRole("heading", { name: `Booked: 15 minutes with ${name}` })).toBeFocused();

      await page.goto("/sessions");
      const session = page.locator(".session").filter({ hasText: name });
      await expect(session).toBeVisible();
      await step(page, width, "zone-sessions");

      const outbox = await (await page.request.get(`${baseURL}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json();
      const mail = outbox.messages.find((m) => m.text.includes("your time (Europe/Madrid)"));
      expect(mail, "the booking mail").toBeTruthy();
      // "Wed 9 Dec 2026, 07:00–07:15 your time (Europe/Madrid)"
      const [, weekday, day, month, hour] = mail.text.match(/(\w{3}) (\d{1,2}) (\w{3}) \d{4}, (\d\d:\d\d)–/);
      await expect(session).toContainText(new RegExp(`${weekday}\\w* ${day} ${month}\\w*, ${hour} CET`));
      expect(errors, "console errors").toEqual([]);
      await context.close();
    });

    test("Give 15 minutes: sign in, back on the path, profile, windows, preview", async ({ page, baseURL }) => {
      const errors = watchConsole(page);
      await page.goto("/");
      await page.getByRole("link", { name: "Become a mentor" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Give 15 minutes");
      await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
      const email = `journey.give.${suffix()}@acme.com`;
      await page.getByLabel("E-mail address").fill(email);
      await page.getByRole("button", { name: "Send me a code" }).click();
      await page.getByLabel("Six-digit code").fill(await codeFor(page, baseURL, email));
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      // Back where signing in was asked for.
      await expect(page).toHaveURL(/\/give$/);
      await expect(page.getByRole("heading", { name: "Step 1 of 3: your mentor profile" })).toBeVisible();
      await step(page, width, "give-1-profile");
      await page.getByLabel("Name", { exact: true }).fill("A new user");
      await page.getByLabel("What you can help with").fill("Rust, career change");
      await page.getByLabel("Add a language").selectOption({ label: "English" });
      await page.getByRole("button", { name: "Next: your spare time" }).click();
      await expect(page.getByRole("heading", { name: "Step 2 of 3: when you have 15 minutes" })).toBeFocused();
      await expect(page.getByLabel("Monday")).toBeChecked();
      await expect(page.getByLabel("Saturday")).not.toBeChecked();
      await step(page, width, "give-2-windows");
      await page.getByRole("button", { name: "Next: preview my page" }).click();
      await expect(page.getByRole("heading", { name: "Step 3 of 3: your public page" })).toBeFocused();
      await expect(page.getByText(/free slots this week; the first:/)).toBeVisible();
      await step(page, width, "give-3-preview");
      const me = await (await page.request.get(`${baseURL}/api/me`)).json();
      expect(me.profile.is_mentor).toBe(true);
      expect(me.profile.timezone).toBe("Europe/Madrid");
      expect(errors, "console errors").toEqual([]);
    });

    test("a profile shows About first, its slots one day at a time, and no empty impact", async ({ page, browser, baseURL }) => {
      const errors = watchConsole(page);
      // Open all week, all day: still one day of slots in the page.
      const { id, name } = await mentor(browser, baseURL, "th", { start: "00:00", end: "24:00" });
      await page.goto(`/mentors/${id}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      const headings = await page.locator("article h2").allTextContents();
      expect(headings.slice(0, 3)).toEqual(["About", "Expertise", "Languages"]);
      expect(headings).not.toContain("Impact");
      const tabs = page.getByRole("tab");
      await expect(tabs).toHaveCount(14);
      const selected = page.getByRole("tab", { selected: true });
      await expect(selected).toContainText(/\d+ free/);
      const first = await selected.textContent();
      await selected.focus();
      await page.keyboard.press("ArrowRight");
      await expect(selected).toBeFocused();
      await expect(selected).not.toHaveText(first);
      await page.keyboard.press("Home");
      await expect(tabs.first()).toBeFocused();
      await expect(tabs.first()).toHaveAttribute("aria-selected", "true");
      await expect(page.getByRole("tabpanel")).toBeVisible();
      expect(await page.locator("body *").count()).toBeLessThan(1500);
      await step(page, width, "profile");
      expect(errors, "console errors").toEqual([]);
    });

    test("a mentor adds their own calendar by keyboard and sees its busy times taken", async ({ page, baseURL }) => {
      const errors = watchConsole(page);
      const name = `Calendar Mentor ${suffix()}`;
      // The mentor's calendar: busy tomorrow 07:00–08:00 UTC, inside their 06:00–10:00 window.
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const ics = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//A new user//EN", "BEGIN:VEVENT", "UID:busy@example.org",
        `DTSTAMP:${tomorrow.replaceAll("-", "")}T000000Z`, `DTSTART:${tomorrow.replaceAll("-", "")}T070000Z`,
        `DTEND:${tomorrow.replaceAll("-", "")}T080000Z`, "SUMMARY:Private", "END:VEVENT", "END:VCALENDAR", "",
      ].join("\r\n");
      const server = createServer((_, answer) => answer.writeHead(200, { "content-type": "text/calendar" }).end(ics));
      await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
      try {
        await signIn(page.request, baseURL, `journey.calendar.${suffix()}@acme.com`);
        await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: name, is_mentor: true, timezone: "UTC" } });
        await page.request.put(`${baseURL}/api/me/availability`, {
          data: { timezone: "UTC", weekly: [{ weekday: "mon", start: "06:00", end: "10:00" }] },
        });
        await page.goto("/profile");
        const addresses = page.getByLabel(/^Calendar addresses, one per line/);
        await addresses.focus();
        await page.keyboard.type(`http://127.0.0.1:${server.address().port}/private-abcd/basic.ics`);
        await page.keyboard.press("Tab");
        await expect(page.getByRole("button", { name: "Save calendars" })).toBeFocused();
        await page.keyboard.press("Enter");
        // Focus moves to the list the save changed, which shows the calendar read in the background.
        const list = page.getByLabel("Your calendars");
        await expect(list).toBeFocused();
        await expect(list).toBeInViewport();
        const calendar = page.locator(".calendar-list__item");
        await expect(calendar).toContainText("127.0.0.1 ….ics");
        await expect(calendar).toContainText("Read", { timeout: 20_000 });
        await expect(calendar).toContainText("1 busy time in use");
        await expect(page.getByText("Saved and read.")).toBeVisible();
        await expect(page.getByText("private-abcd")).toHaveCount(0);
        await step(page, width, "calendar-read");
      } finally {
        server.close();
      }
      expect(errors, "console errors").toEqual([]);
    });
  });
}
