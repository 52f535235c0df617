import { test, expect, expectAccessible, signIn, suffix } from "./fixtures.mjs";

test("a mentor says they are free now, a mentee finds them under Free now and books", async ({ page, browser, baseURL }) => {
  const mentorContext = await browser.newContext({ baseURL });
  await signIn(mentorContext.request, baseURL, `free.${suffix()}@acme.com`);
  const mentorName = `Free Now Mentor ${suffix()}`;
  // A skill of its own, so that the requests feed below holds this test's question.
  const skill = `stage presence ${suffix()}`;
  const saved = await mentorContext.request.put(`${baseURL}/api/me/profile`, {
    data: { display_name: mentorName, is_mentor: true, timezone: "UTC", expertise: [skill] },
  });
  expect(saved.status()).toBe(200);
  // No weekly windows: the only slots today are the free-now ones.
  const rules = await mentorContext.request.put(`${baseURL}/api/me/availability`, {
    data: { timezone: "UTC", weekly: [], min_notice_minutes: 1440 },
  });
  expect(rules.status()).toBe(200);

  const mentorPage = await mentorContext.newPage();
  await mentorPage.goto("/sessions");
  await mentorPage.getByText("I'm free now").click();
  // An hour: four slots, so that one booked and one passing its 5 minutes' notice while the test
  // runs (it may start just before a five-minute mark) still leave one to offer.
  await mentorPage.getByRole("button", { name: "60 min" }).click();
  await expect(mentorPage.getByText(/^Free now · \d+ min left$/)).toBeVisible();
  await expect(mentorPage.getByRole("button", { name: "End" })).toBeVisible();
  await expectAccessible(mentorPage);

  const menteeName = `Free Now Mentee ${suffix()}`;
  await signIn(page.request, baseURL, `now.${suffix()}@globex.com`);
  await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: menteeName } });
  await page.goto("/mentors");
  await page.getByLabel("Free now").check();
  await expect(page).toHaveURL(/available_now=true/);
  const card = page.locator(".mentor-card", { hasText: mentorName });
  await expect(card.getByText(/^Free now · until \d\d:\d\d \S+$/)).toBeVisible();
  await expectAccessible(page);

  await card.getByRole("link", { name: mentorName, exact: true }).click();
  const firstSlot = page.getByRole("button", { name: /^Book .* for them\)$/ }).first();
  await firstSlot.click();
  await page.getByLabel("What would you like from the 15 minutes?").fill("A quick look at my talk outline");
  await page.getByRole("button", { name: "Book this slot" }).click();
  await expect(page.getByText("Booked:")).toBeVisible();
  await expect(page.getByRole("link", { name: "Google Calendar" })).toHaveAttribute("href", /^https:\/\/calendar\.google\.com\//);
  await expect(page.getByRole("link", { name: "Outlook" })).toHaveAttribute("href", /^https:\/\/outlook\.live\.com\//);
  await page.getByRole("link", { name: "See my sessions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My sessions");
  await expect(page.getByText(`With ${mentorName}`)).toBeVisible();

  await mentorPage.goto("/sessions");
  await expect(mentorPage.getByText(`Mentoring ${menteeName}`)).toBeVisible();
  await expect(mentorPage.getByText("A quick look at my talk outline")).toBeVisible();

  // While free, the mentor offers the window's next slot to a question in one click.
  const asked = await page.request.post(`${baseURL}/api/requests`, {
    data: { title: "Rehearse my conference opening", body: "Five minutes of my talk, live.", expertise: [skill], format: "call" },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  await mentorPage.goto("/requests");
  const question = mentorPage.locator(".request-card", { hasText: "Rehearse my conference opening" });
  await question.getByRole("button", { name: "Offer a call now (you're free)" }).click();
  await expect(question.getByText(/^You offered a call at \d\d:\d\d UTC\.$/)).toBeVisible();
  await expectAccessible(mentorPage);
  const offers = (await (await page.request.get(`${baseURL}/api/requests/${(await asked.json()).request.id}`)).json()).request.offers;
  expect(offers).toHaveLength(1);
  expect(offers[0].kind).toBe("slot");

  await mentorPage.getByRole("button", { name: "End" }).click();
  await expect(mentorPage.getByText("I'm free now")).toBeVisible();
  const me = await (await mentorContext.request.get(`${baseURL}/api/me`)).json();
  expect(me.free_now_until).toBeNull();
  await mentorContext.close();
});

test("a mentor subscribes to their feed, adds a calendar that fails and asks why a slot is not offered", async ({ page, baseURL }) => {
  await signIn(page.request, baseURL, `calendars.${suffix()}@acme.com`);
  await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: "A new user", is_mentor: true, timezone: "UTC" } });
  const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  await page.request.put(`${baseURL}/api/me/availability`, {
    data: { timezone: "UTC", weekly: days.map((weekday) => ({ weekday, start: "12:00", end: "13:00" })) },
  });
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Calendars", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Turn on the calendar feed" }).click();
  const address = page.getByLabel("Your feed's address");
  await expect(address).toHaveValue(/\/cal\/[0-9a-f]{64}\.ics$/);
  const first = await address.inputValue();
  const feed = await page.request.get(first);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  await page.getByRole("button", { name: "New address" }).click();
  await expect(page.getByText("New address made; the old one no longer works.")).toBeVisible();
  await expect(address).not.toHaveValue(first);
  expect((await page.request.get(first)).status()).toBe(404);

  // Nothing listens on port 9: the calendar is listed as unreachable, never by its full address.
  await page.getByLabel(/^Calendar addresses, one per line/).fill("http://127.0.0.1:9/secret-token-abcd.ics");
  await page.getByRole("button", { name: "Save calendars" }).click();
  const calendar = page.locator(".calendar-list__item");
  await expect(calendar).toContainText("127.0.0.1 ….ics");
  // Read in the background: the status turns without a reload.
  await expect(calendar).toContainText("Could not be reached", { timeout: 20_000 });
  await expect(page.getByText("secret-token")).toHaveCount(0);

  const tomorrow = new Date(Date.now() + 86400000);
  const pad = (n) => String(n).padStart(2, "0");
  await page.getByLabel("Slot starting at").fill(`${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T03:00`);
  await page.getByRole("button", { name: "Explain" }).click();
  await expect(page.locator(".explanation")).toContainText("outside your weekly windows");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByRole("button", { name: "Turn on the calendar feed" })).toBeVisible();
});
