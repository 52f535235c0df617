import { test, expect, expectAccessible, signIn, suffix } from "./fixtures.mjs";

test("a mentee books a slot and both see it under My sessions", async ({ page, browser, baseURL }) => {
  const mentorContext = await browser.newContext({ baseURL });
  const mentorEmail = `mentor.${suffix()}@acme.com`;
  await signIn(mentorContext.request, baseURL, mentorEmail);
  const mentorName = `Booking Mentor ${suffix()}`;
  const profile = await mentorContext.request.put(`${baseURL}/api/me/profile`, {
    data: { display_name: mentorName, is_mentor: true, timezone: "Asia/Kolkata" },
  });
  const mentorId = (await profile.json()).profile.id;
  const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const rules = await mentorContext.request.put(`${baseURL}/api/me/availability`, {
    data: { weekly: days.map((weekday) => ({ weekday, start: "09:00", end: "11:00" })), min_notice_minutes: 60 },
  });
  expect(rules.status()).toBe(200);

  const menteeName = `Booking Mentee ${suffix()}`;
  await signIn(page.request, baseURL, `mentee.${suffix()}@globex.com`);
  await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: menteeName } });

  await page.goto(`/mentors/${mentorId}`);
  await expect(page.getByRole("heading", { name: `Book 15 minutes with ${mentorName}` })).toBeVisible();
  const firstSlot = page.getByRole("button", { name: /^Book .* for them\)$/ }).first();
  await expect(firstSlot).toBeVisible();
  await expectAccessible(page);
  await firstSlot.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Use the agenda template" }).click();
  await expect(page.getByLabel("What would you like from the 15 minutes?")).toHaveValue(
    "Context: \nWhat I tried: \nWhat I want from these 15 minutes: ",
  );
  await page.getByLabel("What would you like from the 15 minutes?").fill("Feedback on my system design interview prep");
  await page.getByRole("button", { name: "Book this slot" }).click();
  await expect(page.getByText("Booked:")).toBeVisible();
  await expect(page.getByRole("link", { name: "Add to calendar" })).toBeVisible();

  await page.getByRole("link", { name: "See my sessions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My sessions");
  await expect(page.getByText(`With ${mentorName}`)).toBeVisible();
  await expect(page.getByText("Feedback on my system design interview prep")).toBeVisible();
  await expect(page.getByRole("link", { name: "Join call" })).toBeVisible();
  await expectAccessible(page);

  const mentorPage = await mentorContext.newPage();
  await mentorPage.goto("/sessions");
  await expect(mentorPage.getByText(`Mentoring ${menteeName}`)).toBeVisible();
  await expect(mentorPage.getByText("Feedback on my system design interview prep")).toBeVisible();
  await mentorContext.close();
});

test("a mentor sets weekly windows, sees the preview and offers a one-off slot", async ({ page, baseURL }) => {
  await signIn(page.request, baseURL, `availability.${suffix()}@acme.com`);
  // Chromium calls this zone "Asia/Katmandu"; the picker must still show the stored spelling.
  await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: "A new user", is_mentor: true, timezone: "Asia/Kathmandu" } });
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Your spare slots" })).toBeVisible();
  await expect(page.getByLabel("Time zone of these windows")).toHaveValue("Asia/Kathmandu");
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("Asia/Kathmandu");
  await page.getByRole("button", { name: "Add a window" }).click();
  await expect(page.getByRole("button", { name: "Remove the mon window" })).toBeVisible();
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByText("Saved.").first()).toBeVisible();
  await expect(page.locator(".slot-preview li").first()).toBeVisible();
  await expectAccessible(page);

  const inTwoDays = new Date(Date.now() + 2 * 86400000);
  const pad = (n) => String(n).padStart(2, "0");
  const local = `${inTwoDays.getFullYear()}-${pad(inTwoDays.getMonth() + 1)}-${pad(inTwoDays.getDate())}T10:00`;
  await page.getByLabel("Date and time of the free slot").fill(local);
  await page.getByRole("button", { name: "Offer this slot" }).click();
  await expect(page.getByText("1 one-off slot(s) offered.")).toBeVisible();
  const saved = await (await page.request.get(`${baseURL}/api/me/availability`)).json();
  expect(saved.availability.one_off).toHaveLength(1);
  expect(saved.availability.weekly).toEqual([{ weekday: "mon", start: "12:00", end: "13:00" }]);
});
