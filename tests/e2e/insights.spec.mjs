import { test, expect, expectAccessible, openMentor, signIn, suffix } from "./fixtures.mjs";

// A session held yesterday between a member mentor and someone from elsewhere.
async function heldSession(browser, baseURL, domain) {
  const mentor = await browser.newContext({ baseURL });
  await signIn(mentor.request, baseURL, `member.${suffix()}@${domain}`);
  const mentorId = await openMentor(mentor.request, baseURL, { display_name: "A new user", expertise: ["kubernetes"] });
  const mentee = await browser.newContext({ baseURL });
  await signIn(mentee.request, baseURL, `outside.${suffix()}@globex.com`);
  const quarter = 15 * 60 * 1000;
  const start = new Date(Math.floor((Date.now() - 26 * 3600 * 1000) / quarter) * quarter);
  const booked = await mentee.request.post(`${baseURL}/api/bookings`, {
    data: { mentor_id: mentorId, start: start.toISOString().replace(".000Z", "Z"), agenda: "Cluster sizing" },
    headers: { "x-quarterhour-now": new Date(start.getTime() - 3600 * 1000).toISOString() },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const id = (await booked.json()).booking.id;
  for (const side of [mentor, mentee]) {
    const reported = await side.request.post(`${baseURL}/api/bookings/${id}/attendance`, {
      data: { outcome: "held" },
      headers: { "x-quarterhour-now": new Date(start.getTime() + 20 * 60 * 1000).toISOString() },
    });
    expect(reported.status()).toBe(200);
  }
  await mentee.close();
  return mentor;
}

test("a member reads their organization's insights, suppressed and shown; a stranger finds nothing", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const domain = `insights${suffix()}.com`;
  const mentors = [];
  for (let i = 0; i < 6; i++) mentors.push(await heldSession(browser, baseURL, domain));
  for (const mentor of mentors) await mentor.close();
  // The figures come from the per-day aggregates the scheduled job keeps: bring them up to date.
  expect((await page.request.post(`${baseURL}/api/dev/run-scheduled`, { data: {} })).status()).toBe(200);

  await signIn(page.request, baseURL, `reader.${suffix()}@${domain}`);
  await page.goto("/profile");
  await page.getByRole("link", { name: /insights$/ }).click();
  // Titled with the organization's name, not its domain.
  const organization = (await (await page.request.get(`${baseURL}/api/me`)).json()).user.organization;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Insights: ${organization.name}`);
  const participation = page.getByRole("region", { name: "Participation" });
  await expect(participation.getByRole("row", { name: /^Sessions held/ })).toContainText("5");
  await expect(participation.getByRole("row", { name: /with members as mentees/ })).toContainText("fewer than 5");
  await expect(page.getByRole("img", { name: /kubernetes: fewer than 5 asked, 5 mentors/ })).toBeVisible();
  await page.getByLabel("12 months").check();
  await expect(page.getByRole("region", { name: "Trend" }).getByRole("row")).toHaveCount(14);
  await expectAccessible(page);

  // Someone from elsewhere gets the not-found answer, like for an organization that does not exist.
  const stranger = await browser.newContext({ baseURL });
  await signIn(stranger.request, baseURL, `stranger.${suffix()}@globex.com`);
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`/organizations/${domain}/insights`);
  await expect(strangerPage.getByText("There is no such organization, or you are not signed in as one of its members.")).toBeVisible();
  await expectAccessible(strangerPage);
  await stranger.close();
});

test("a member leaves and rejoins their organization's figures from the profile", async ({ page, baseURL }) => {
  const domain = `optout${suffix()}.com`;
  await signIn(page.request, baseURL, `member.${suffix()}@${domain}`);
  const saved = async () => (await (await page.request.get(`${baseURL}/api/me/insights-preference`)).json());
  await page.goto("/profile");
  const counted = page.getByRole("checkbox", { name: "Count my activity in my organization's insights" });
  await expect(counted).toBeChecked();
  await expectAccessible(page);

  await counted.uncheck();
  await expect.poll(async () => (await saved()).count_in_organization_insights).toBe(false);
  await page.reload();
  await expect(counted).not.toBeChecked();

  await counted.check();
  await expect.poll(async () => (await saved()).count_in_organization_insights).toBe(true);
  await page.reload();
  await expect(counted).toBeChecked();
});
