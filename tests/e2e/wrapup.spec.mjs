import { test, expect, expectAccessible, openMentor, signIn, suffix } from "./fixtures.mjs";

// A session that ended a little while ago: booked through the development clock, three hours
// back, for a slot that started about two hours ago.
function pastSession() {
  const quarter = 15 * 60 * 1000;
  const start = new Date(Math.floor((Date.now() - 2 * 3600 * 1000) / quarter) * quarter);
  const clock = new Date(start.getTime() - 3600 * 1000);
  return { start: start.toISOString().replace(".000Z", "Z"), clock: clock.toISOString() };
}

test("both sides wrap up a past session and the mentor's profile then shows the kudos", async ({ page, browser, baseURL }) => {
  // Two people, three pages and four accessibility checks.
  test.setTimeout(90_000);
  const mentorContext = await browser.newContext({ baseURL });
  await signIn(mentorContext.request, baseURL, `wrapmentor.${suffix()}@acme.com`);
  const mentorName = `Wrap Mentor ${suffix()}`;
  const mentorId = await openMentor(mentorContext.request, baseURL, { display_name: mentorName });

  const menteeName = `Wrap Mentee ${suffix()}`;
  await signIn(page.request, baseURL, `wrapmentee.${suffix()}@globex.com`);
  await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: menteeName } });
  const { start, clock } = pastSession();
  const booked = await page.request.post(`${baseURL}/api/bookings`, {
    data: { mentor_id: mentorId, start, agenda: "Why do my pods keep restarting?" },
    headers: { "x-quarterhour-now": clock },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const bookingId = (await booked.json()).booking.id;

  // The mentee finds it awaiting wrap-up and answers in two taps.
  await page.goto("/sessions");
  await expect(page.getByText("Awaiting wrap-up")).toBeVisible();
  await page.getByRole("link", { name: "Wrap up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Your session with ${mentorName}`);
  await page.getByRole("button", { name: "It happened" }).click();
  await expect(page.getByRole("button", { name: "It happened" })).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel("Helpful", { exact: true }).check();
  await page.getByLabel("Clear").check();
  await page.getByLabel("Practical").check();
  await page.getByLabel("A note for the other person").fill("Thank you, the memory limits were it.");
  await page.getByLabel("Your takeaways (private, only you see them)").fill("Set requests and limits on every pod.");
  await page.getByLabel("Next steps, one per line").fill("Add limits\nRead the OOM guide");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. You can change it for 14 days.")).toBeVisible();
  await expectAccessible(page);

  // The mentor wraps up their side with the keyboard and reads the mentee's note.
  const mentorPage = await mentorContext.newPage();
  await mentorPage.goto(`/sessions/${bookingId}`);
  await expect(mentorPage.getByRole("heading", { level: 1 })).toHaveText(`Your session with ${menteeName}`);
  await mentorPage.getByText("The 15-minute checklist").click();
  await expect(mentorPage.getByText("Minute 12–15: the mentee says their next steps back; agree on a follow-up, if any.")).toBeVisible();
  await mentorPage.getByRole("button", { name: "It happened" }).focus();
  await mentorPage.keyboard.press("Enter");
  await expect(mentorPage.getByText("Both of you say it happened.")).toBeVisible();
  await expect(mentorPage.getByText("Thank you, the memory limits were it.")).toBeVisible();
  await expect(mentorPage.getByText("Set requests and limits")).toHaveCount(0);
  await mentorPage.getByLabel("Well prepared").check();
  await mentorPage.getByRole("button", { name: "Save" }).click();
  await expect(mentorPage.getByText("Saved. You can change it for 14 days.")).toBeVisible();
  await expectAccessible(mentorPage);
  await mentorContext.close();

  // The public profile shows the totals and the kudos, never a rating.
  await page.goto(`/mentors/${mentorId}`);
  const impact = page.getByRole("region", { name: "Impact" });
  await expect(impact).toContainText("1 sessions held");
  await expect(impact).toContainText("clear × 1");
  await expect(impact).toContainText("practical × 1");
  await expect(page.getByText("Helpful", { exact: true })).toHaveCount(0);
  await expectAccessible(page);

  // The directory's card says it in a line.
  await page.goto(`/mentors?q=${encodeURIComponent(mentorName)}`);
  const card = page.locator(".mentor-card", { hasText: mentorName });
  await expect(card.getByText("1 session held · 1 person helped")).toBeVisible();
});
