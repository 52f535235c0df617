import { test, expect, expectAccessible, signIn, suffix } from "./fixtures.mjs";

test("home page tells a newcomer what Quarterhour is", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fifteen minutes");
  // One primary action, the goal box; the directory and the question form one link away.
  await expect(page.getByLabel("What do you want help with?")).toBeVisible();
  await expect(page.getByRole("button", { name: "Suggest mentors" })).toBeVisible();
  await expect(page.getByRole("link", { name: "browse the directory", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Give 15 minutes" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expectAccessible(page);
});

test("the home page and the profile invite mentors for the skills the network lacks", async ({ page, baseURL }) => {
  const network = await (await page.request.get(`${baseURL}/api/insights`)).json();
  // The figures as the network has them, with two skills wanted whatever this run's data is.
  network.skills.mentors_wanted = ["kubernetes", "technical writing"];
  await page.route("**/api/insights", (route) => route.fulfill({ json: network }));
  await page.goto("/");
  const invitation = page.getByRole("listitem").filter({ hasText: "Give 15 minutes" });
  await expect(invitation.getByText("Mentors wanted: kubernetes, technical writing")).toBeVisible();
  await expectAccessible(page);

  // No skill wanted: no line at all, never an empty one.
  network.skills.mentors_wanted = [];
  const answered = page.waitForResponse("**/api/insights");
  await page.reload();
  await answered;
  await expect(page.getByRole("heading", { name: "Give 15 minutes" })).toBeVisible();
  await expect(page.getByText("Mentors wanted")).toHaveCount(0);

  network.skills.mentors_wanted = ["kubernetes", "technical writing"];
  await signIn(page.request, baseURL, `wanted.${suffix()}@acme.com`);
  await page.goto("/profile");
  await expect(page.getByText("Mentors wanted: kubernetes, technical writing")).toBeVisible();
  await expectAccessible(page);
});

test("header navigation reaches every section", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [link, heading, path] of [
    ["Directory", "Mentor directory", "/mentors"],
    ["Requests", "Open requests", "/requests"],
    ["My sessions", "My sessions", "/sessions"],
    ["Sign in", "Sign in", "/sign-in"],
  ]) {
    await nav.getByRole("link", { name: link }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // The tab names the page, and a screen reader hears it: focus is on its heading.
    await expect(page).toHaveTitle(`${heading} · Quarterhour`);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await expectAccessible(page);
  }
  await page.getByRole("link", { name: "Quarterhour" }).first().click();
  await expect(page).toHaveTitle("Quarterhour — micro-mentoring across companies");
});

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
});

test("an unknown route shows the 404 page", async ({ page }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL("/");
  await expectAccessible(page);
});

test("a clear message shows when the API cannot be reached", async ({ page }) => {
  page.expectConsoleErrors(/Failed to load resource|net::ERR_FAILED/);
  await page.route("**/api/**", (route) => route.abort());
  await page.goto("/");
  await expect(page.getByTestId("api-unreachable")).toContainText("can't reach");
});

test("the home page loads only the shell; a page's code comes on its first visit", async ({ page }) => {
  const fetched = new Set();
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop();
    if (name.endsWith(".wasm")) fetched.add(name);
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fifteen minutes");
  // The first screen is the shell's; what follows it is the home page's one chunk and the shell's
  // own for the footer's language menu, both fetched after.
  await expect(page.getByRole("heading", { name: "Give 15 minutes" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Language" })).toBeVisible();
  const [first, ...rest] = [...fetched];
  expect(first).toBe("app_bg.wasm");
  const later = ["split_home_part", "split_shell_part"];
  expect(rest.filter((name) => name.startsWith("split") && !later.some((part) => name.startsWith(part)))).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Directory" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentor directory");
  expect([...fetched].some((name) => name.startsWith("split___finding_view"))).toBe(true);
});

test("when a page's code cannot be fetched, the app says so and a reload recovers", async ({ page }) => {
  // The refused fetch, and the panic it causes, are logged.
  page.expectConsoleErrors(/net::ERR_FAILED|panicked|unreachable|RuntimeError|Failed to fetch|TypeError/);
  const chunk = "**/split___finding_view*";
  await page.route(chunk, (route) => route.abort());
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fifteen minutes");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Directory" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "stopped working" });
  await expect(notice).toBeVisible();
  await expectAccessible(page);

  await page.unroute(chunk);
  await notice.getByRole("link", { name: "Reload the page" }).click();
  await expect(notice).toBeHidden();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Directory" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentor directory");
});

test("a page paints its header and first view from its HTML, before any code runs", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const [path, heading] of [
    ["/", "Fifteen minutes of help from someone who has done it before."],
    ["/mentors", "Mentor directory"],
    ["/requests", "Open requests"],
    ["/no-such-page", "Page not found"],
  ]) {
    await page.goto(`${baseURL}${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Directory" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
  }
  // The goal box is a plain form: it works before the app does.
  await page.goto(`${baseURL}/`);
  await page.getByLabel("What do you want help with?").fill("kubernetes");
  await page.getByRole("button", { name: "Suggest mentors" }).click();
  await expect(page).toHaveURL(/\/match\?goal=kubernetes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What do you want help with?");
  await context.close();
});

test("nothing shifts for a signed-in mentor whose profile is in another zone than the device", async ({ page, baseURL }) => {
  await signIn(page.request, baseURL, `steady.${suffix()}@acme.com`);
  await page.request.put(`${baseURL}/api/me/profile`, {
    data: { display_name: "A new user", is_mentor: true, timezone: "Asia/Kathmandu" },
  });
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const [path, filled] of [
      ["/profile", page.getByRole("heading", { name: "Your data" })],
      ["/sessions", page.getByRole("heading", { level: 1, name: "My sessions" })],
    ]) {
      await page.goto(path);
      await expect(filled).toBeVisible();
      // The app's own header parts: the mentor's switch and the offer to follow this device's zone.
      await expect(page.getByRole("region", { name: "Your time zone" })).toBeVisible();
      await expect(page.getByText("I'm free now")).toBeVisible();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const shift = await page.evaluate(() => window.layoutShift);
      expect(shift, `layout shift on ${path} at ${width} px`).toBeLessThanOrEqual(0.05);
    }
    // Every link of the one-row navigation is reachable, on a phone by scrolling it sideways.
    const signOut = page.getByRole("button", { name: "Sign out" });
    await signOut.focus();
    await expect(signOut).toBeInViewport();
  }
  await expectAccessible(page);
});

test("nothing shifts while the app takes over and fills the page in, on a phone and a desktop", async ({ page }) => {
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const [path, filled] of [
      ["/", page.getByRole("heading", { name: "Give 15 minutes" })],
      ["/mentors", page.locator(".results__count")],
    ]) {
      await page.goto(path);
      await expect(filled.first()).toBeVisible();
      // Two frames, so that a shift caused by what just arrived is reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const shift = await page.evaluate(() => window.layoutShift);
      expect(shift, `layout shift on ${path} at ${width} px`).toBeLessThanOrEqual(0.05);
      await expectAccessible(page);
    }
  }
});
