// The home page, the directory and asking one mentor, as people walk them every day: a mentor
// finds a new booking on their home page; a mentee asks a mentor directly and the mentor answers;
// no page logs a console error on an ordinary visit, signed out or in; the directory at 360 px.
// Every state is checked with axe and photographed, light and dark, into
// target/journey-screenshots/. Unlike the other suites, any console error fails a test here, a
// failed request's included.
import { test, expect, expectAccessible, openMentor, signIn, suffix, SHOTS, watchConsole } from "./fixtures.mjs";

/** Checks the state with axe and photographs it, light then dark. */
async function step(page, name) {
  const width = page.viewportSize().width;
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}${width}-home-${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** Signs `request` in as a new mentor, open every hour in UTC; returns { id, name }. */
async function newMentor(request, baseURL, expertise) {
  await signIn(request, baseURL, `home.mentor.${suffix()}@acme.com`);
  const name = `Home Mentor ${suffix()}`;
  const id = await openMentor(request, baseURL, { display_name: name, expertise, accepting_requests: true });
  return { id, name };
}

/** A new mentee in their own browser context, named; returns { context, name }. */
async function newMentee(browser, baseURL) {
  const context = await browser.newContext({ baseURL });
  await signIn(context.request, baseURL, `home.mentee.${suffix()}@globex.com`);
  const name = `Home Mentee ${suffix()}`;
  const saved = await context.request.put(`${baseURL}/api/me/profile`, { data: { display_name: name } });
  expect(saved.status()).toBe(200);
  return { context, name };
}

/** Books the mentor's first free slot as the signed-in `request`'s person. */
async function bookFirstSlot(request, baseURL, mentorId, agenda) {
  const from = new Date(Date.now() + 3600 * 1000).toISOString();
  const to = new Date(Date.now() + 3 * 86400 * 1000).toISOString();
  const slots = await (await request.get(`${baseURL}/api/mentors/${mentorId}/slots?from=${from}&to=${to}`)).json();
  const booked = await request.post(`${baseURL}/api/bookings`, {
    data: { mentor_id: mentorId, start: slots.slots[0].start, agenda },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  return (await booked.json()).booking;
}

for (const width of [1280, 360]) {
  test.describe(`home at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("a mentor signs in and sees the new booking on the home page", async ({ page, browser, baseURL }) => {
      const errors = watchConsole(page);
      const mentor = await newMentor(page.request, baseURL, ["kubernetes"]);
      const mentee = await newMentee(browser, baseURL);
      const agenda = `Sizing node pools ${suffix()}`;
      await bookFirstSlot(mentee.context.request, baseURL, mentor.id, agenda);
      await mentee.context.close();

      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome back, ${mentor.name}`);
      const fresh = page.getByRole("region", { name: "New bookings since your last visit" });
      await expect(fresh).toContainText(mentee.name);
      await expect(fresh).toContainText(agenda);
      const next = page.getByRole("region", { name: "Next sessions" });
      await expect(next).toContainText(`with ${mentee.name}`);
      // Booked an hour or more ahead: the call link is not live yet.
      await expect(next).toContainText("The call link opens 10 minutes before the start.");
      await expect(page.getByRole("region", { name: "Free right now?" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Questions that fit you" })).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Main" });
      if (width > 360) {
        await expect(nav.getByRole("link", { name: "Growth" })).toBeVisible();
        await expect(nav.getByRole("link", { name: "Guides" })).toBeVisible();
      }
      await step(page, "mentor-new-booking");

      // Seen: on the next visit it is no longer new, and still next.
      await page.reload();
      await expect(fresh).toContainText("No new bookings.");
      await expect(next).toContainText(`with ${mentee.name}`);
      expect(errors).toEqual([]);
    });

    test("a mentee asks a mentor directly and the mentor answers", async ({ page, browser, baseURL }) => {
      const errors = watchConsole(page);
      const mentor = await newMentor(page.request, baseURL, ["negotiation"]);
      const mentee = await newMentee(browser, baseURL);
      const menteePage = await mentee.context.newPage();
      const menteeErrors = watchConsole(menteePage);

      await menteePage.goto(`/mentors/${mentor.id}`);
      await menteePage.getByRole("link", { name: `Ask ${mentor.name} a question` }).click();
      await expect(menteePage.getByRole("heading", { level: 1 })).toHaveText(`Ask ${mentor.name} a question`);
      await expect(menteePage.getByText(`Only ${mentor.name} sees it.`)).toBeVisible();
      const title = `How do I ask for a raise? ${suffix()}`;
      await menteePage.getByLabel("Title", { exact: true }).fill(title);
      await menteePage.getByLabel("Details", { exact: true }).fill("My review is next week and I have never negotiated.");
      await menteePage.getByLabel("Skills", { exact: true }).fill("negotiation");
      await step(menteePage, "ask-mentor-form");
      await menteePage.getByRole("button", { name: "Send question" }).click();
      await expect(menteePage.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(menteePage.getByText("Sent to 1 mentor")).toBeVisible();
      await expect(menteePage.getByRole("button", { name: "Edit question" })).toBeVisible();
      // Nothing is chosen for the mentee when closing.
      await expect(menteePage.getByRole("radio", { name: "Yes, it is resolved" })).not.toBeChecked();
      await expect(menteePage.getByRole("radio", { name: "No, but I no longer need it" })).not.toBeChecked();
      await step(menteePage, "ask-mentor-sent");

      // The mentor sees it first among the questions that fit, asked directly, and answers.
      await page.goto("/");
      const fits = page.getByRole("region", { name: "Questions that fit you" });
      await expect(fits.getByRole("listitem").first()).toContainText(title);
      await expect(fits.getByRole("listitem").first()).toContainText("asked you directly");
      await fits.getByRole("link", { name: title }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      const answer = `Write down three numbers before the meeting ${suffix()}`;
      const written = page.getByRole("radio", { name: "Answer in writing" });
      if (await written.count()) await written.check();
      await page.getByLabel("Your answer", { exact: true }).fill(answer);
      await page.getByRole("button", { name: "Send answer" }).click();
      await expect(page.getByText("Your answer was sent.")).toBeVisible();

      // The mentee reads the answer; editing is over once an offer exists.
      await menteePage.reload();
      await expect(menteePage.getByText(answer)).toBeVisible();
      await expect(menteePage.getByRole("button", { name: "Edit question" })).toHaveCount(0);
      await step(menteePage, "ask-mentor-answered");
      await mentee.context.close();
      expect(menteeErrors).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

test("no page logs a console error on an ordinary visit, signed out or signed in", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  const domain = `visits${suffix()}.com`;
  // A mentor to visit, made in a context of its own.
  const other = await page.context().browser().newContext({ baseURL });
  const mentor = await newMentor(other.request, baseURL, ["kubernetes"]);
  await other.close();

  const pages = ["/", "/mentors", `/mentors/${mentor.id}`, "/match?goal=kubernetes", "/requests", "/requests/new",
    "/messages", "/sessions", "/growth", "/guides", "/sign-in", "/profile"];
  const visit = async (path) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Every page shows something: a heading, or for a signed-out visitor the way to sign in.
    await expect(page.locator("main h1, main h2, main .button").first()).toBeVisible();
    await expectAccessible(page);
  };
  for (const path of pages) await visit(path);
  expect(errors, "signed out").toEqual([]);

  // Signed in, as someone who does not mentor: /profile asks no slots.
  await signIn(page.request, baseURL, `visitor.${suffix()}@${domain}`);
  await page.request.put(`${baseURL}/api/me/profile`, { data: { display_name: "A new user" } });
  for (const path of [...pages, `/organizations/${domain}/insights`]) await visit(path);
  // Leaving a page with an id for one without asks nothing with an empty id.
  await page.goto("/profile");
  await page.getByRole("link", { name: /insights$/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Insights");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Profile" }).click();
  await page.waitForLoadState("networkidle");
  await step(page, "signed-in-profile");
  expect(errors, "signed in").toEqual([]);
});

test("the directory at 360 px opens its filters from a button above the results", async ({ page, browser, baseURL }) => {
  const errors = watchConsole(page);
  const other = await browser.newContext({ baseURL });
  await newMentor(other.request, baseURL, ["kubernetes"]);
  await other.close();

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/mentors");
  const toggle = page.getByRole("button", { name: "Filters" });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByLabel("Career stage")).toBeHidden();
  const firstCard = page.locator(".mentor-card").first();
  await expect(firstCard).toBeVisible();
  expect((await toggle.boundingBox()).y).toBeLessThan((await firstCard.boundingBox()).y);
  // One search box: the goal box lives on the home page and /match.
  await expect(page.getByRole("searchbox")).toHaveCount(1);
  await expect(page.getByLabel("What do you want help with?")).toHaveCount(0);
  await step(page, "directory-folded");

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const stage = page.getByLabel("Career stage");
  await expect(stage).toBeVisible();
  expect((await stage.boundingBox()).y).toBeLessThan((await firstCard.boundingBox()).y);
  // Available this week, and each card's next free slot opening the profile on it.
  await page.getByLabel("Available this week").check();
  await expect(page).toHaveURL(/available_within_days=7/);
  const next = page.locator(".mentor-card").first().getByRole("link", { name: /^Next free:/ });
  await expect(next).toHaveAttribute("href", /\/mentors\/[^?]+\?slot=/);
  await step(page, "directory-open");

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("button", { name: /Filters/ })).toBeHidden();
  await expect(page.getByLabel("Career stage")).toBeVisible();
  expect(errors).toEqual([]);
});
