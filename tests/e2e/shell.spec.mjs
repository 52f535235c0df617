import { test, expect, expectAccessible } from "./fixtures.mjs";

test("home page tells a newcomer what Quarterhour is", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fifteen minutes");
  await expect(page.getByRole("link", { name: "Find a mentor" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
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
    await expectAccessible(page);
  }
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
