import { test, expect, expectAccessible, signIn, suffix } from "./fixtures.mjs";

test("a new user types a goal with an alias, sees why a mentor fits, books the suggested slot", async ({ page, browser, baseURL }) => {
  // A mentor who knows kubernetes, speaks Swahili (no other test's mentor does) and is free.
  const mentorContext = await browser.newContext({ baseURL });
  await signIn(mentorContext.request, baseURL, `matched.${suffix()}@acme.com`);
  const mentorName = `Matched Mentor ${suffix()}`;
  const profile = await mentorContext.request.put(`${baseURL}/api/me/profile`, {
    data: { display_name: mentorName, is_mentor: true, timezone: "UTC", expertise: ["kubernetes", "linux"], languages: ["en", "sw"] },
  });
  expect(profile.status()).toBe(200);
  const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const rules = await mentorContext.request.put(`${baseURL}/api/me/availability`, {
    data: { weekly: days.map((weekday) => ({ weekday, start: "00:00", end: "24:00" })), min_notice_minutes: 60 },
  });
  expect(rules.status()).toBe(200);
  await mentorContext.close();

  await signIn(page.request, baseURL, `mentee.${suffix()}@globex.com`);
  await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: `Matched Mentee ${suffix()}` } });

  await page.goto("/");
  await page.getByLabel("What do you want help with?").fill("our k8s cluster keeps OOM-killing pods");
  await page.getByRole("button", { name: "Suggest mentors" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What do you want help with?");
  await page.getByLabel("Mentor speaks").selectOption("sw");
  await page.getByRole("button", { name: "Find mentors" }).click();

  const card = page.locator(".match-card").filter({ hasText: mentorName });
  await expect(card).toBeVisible();
  await expect(card.getByText("Knows kubernetes (you wrote k8s)")).toBeVisible();
  await expect(card.getByText("Speaks Swahili")).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove kubernetes" })).toBeVisible();
  await expectAccessible(page);

  // Removing what was understood runs the match again without it.
  await page.getByRole("button", { name: "Remove kubernetes" }).click();
  await expect(page.getByRole("button", { name: "Remove kubernetes" })).toHaveCount(0);
  await page.getByLabel("Add a skill").fill("kubernetes");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(card.getByText("Knows kubernetes")).toBeVisible();

  const slot = card.getByRole("button", { name: /^Book / }).first();
  await slot.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Book 15 minutes with ${mentorName}` })).toBeVisible();
  await page.getByLabel("What would you like from the 15 minutes?").fill("Why are my pods OOM-killed?");
  await page.getByRole("button", { name: "Book this slot" }).click();
  await expect(page.getByText("Booked:")).toBeVisible();
  await page.getByRole("link", { name: "See my sessions" }).click();
  await expect(page.getByText(`With ${mentorName}`)).toBeVisible();
  await expect(page.getByText("Why are my pods OOM-killed?")).toBeVisible();
});

test("a goal nobody fits becomes an open question, prefilled", async ({ page, baseURL }) => {
  await signIn(page.request, baseURL, `asker.${suffix()}@globex.com`);
  await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: "A new user" } });
  const goal = `How do I run a retro for a team of ${suffix()} people?`;
  await page.goto(`/match?goal=${encodeURIComponent(goal)}`);
  const ask = page.getByRole("link", { name: "Not quite? Ask it as an open question" });
  await expect(ask).toBeVisible();
  await expectAccessible(page);
  await ask.click();
  await expect(page.getByLabel("Title")).toHaveValue(goal);
  await expect(page.getByLabel("Details")).toHaveValue(goal);
});
