import { test, expect, expectAccessible, openMentor, signIn, suffix } from "./fixtures.mjs";

// A session held yesterday: booked and reported through the development clock.
function yesterday() {
  const quarter = 15 * 60 * 1000;
  const start = new Date(Math.floor((Date.now() - 26 * 3600 * 1000) / quarter) * quarter);
  const at = (minutes) => new Date(start.getTime() + minutes * 60 * 1000).toISOString();
  return { start: start.toISOString().replace(".000Z", "Z"), booked: at(-60), after: at(20) };
}

test("after a held session the mentee records what came of it, books a follow-up and downloads growth.md", async ({ page, browser, baseURL }) => {
  // Two people, six pages and five accessibility checks.
  test.setTimeout(120_000);
  const mentorContext = await browser.newContext({ baseURL });
  await signIn(mentorContext.request, baseURL, `followmentor.${suffix()}@acme.com`);
  const mentorName = `Follow Mentor ${suffix()}`;
  const mentorId = await openMentor(mentorContext.request, baseURL, { display_name: mentorName });

  await signIn(page.request, baseURL, `followmentee.${suffix()}@globex.com`);
  await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: `Follow Mentee ${suffix()}` } });
  const { start, booked, after } = yesterday();
  const made = await page.request.post(`${baseURL}/api/bookings`, {
    data: { mentor_id: mentorId, start, agenda: "Prepare my promotion packet" },
    headers: { "x-quarterhour-now": booked },
  });
  expect(made.status(), await made.text()).toBe(201);
  const bookingId = (await made.json()).booking.id;
  for (const request of [page.request, mentorContext.request]) {
    const reported = await request.post(`${baseURL}/api/bookings/${bookingId}/attendance`, {
      data: { outcome: "held" },
      headers: { "x-quarterhour-now": after },
    });
    expect(reported.status(), await reported.text()).toBe(200);
  }
  const feedback = await page.request.put(`${baseURL}/api/bookings/${bookingId}/feedback`, {
    data: { rating: "helpful", next_steps: ["Rewrite the summary", "Ask two peers"] },
  });
  expect(feedback.status(), await feedback.text()).toBe(200);

  // What came of it, shared with the mentor.
  await page.goto(`/sessions/${bookingId}`);
  const outcome = page.getByRole("form", { name: "What came of it?" });
  await outcome.getByLabel("Acted on it").check();
  await outcome.getByLabel("What happened (optional)").fill("Sent the packet to my manager");
  await outcome.getByLabel(`Tell ${mentorName} what came of it`).check();
  await outcome.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved to your growth record.")).toBeVisible();
  await expectAccessible(page);

  // A follow-up starts from the next steps, and names the earlier session.
  await page.getByRole("link", { name: "Book a follow-up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(mentorName);
  await page.locator(".slot").first().click();
  const agenda = page.getByLabel("What would you like from the 15 minutes?");
  await expect(agenda).toHaveValue(/My next steps were:\n- Rewrite the summary\n- Ask two peers/);
  await page.getByRole("button", { name: "Book this slot" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Booked:" })).toBeVisible();
  await page.goto("/sessions");
  await expect(page.getByRole("link", { name: /^Follow-up to your session on / })).toBeVisible();
  await expect(page.getByRole("link", { name: `Message ${mentorName}` }).first()).toBeVisible();
  await expectAccessible(page);

  // The growth record, and its Markdown for a review.
  await page.goto("/growth");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your growth record");
  await expect(page.getByText("Session I had: Prepare my promotion packet")).toBeVisible();
  await expect(page.getByText("Outcome: Acted on it: Sent the packet to my manager")).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download for my review" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("growth.md");
  const markdown = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(markdown).toString("utf8");
  expect(text).toContain("### Session I had: Prepare my promotion packet");
  expect(text).toContain("- Outcome: Acted on it: Sent the packet to my manager");
  expect(text).not.toContain("@");

  // The mentor reads the shared outcome on their own profile.
  const mentorPage = await mentorContext.newPage();
  await mentorPage.goto(`/mentors/${mentorId}`);
  const impact = mentorPage.getByRole("region", { name: "Impact" });
  await expect(impact).toContainText("1 outcomes shared by mentees");
  await expect(impact).toContainText("Sent the packet to my manager");
  await expectAccessible(mentorPage);
  await mentorContext.close();

  await page.goto("/guides");
  await expect(page.getByRole("heading", { level: 2, name: "For mentees" })).toBeVisible();
  await expectAccessible(page);
});
