import { test, expect, expectAccessible, signIn, suffix } from "./fixtures.mjs";

/** Creates a listed mentor through the API; returns their id. */
async function createMentor(request, baseURL, profile) {
  const email = `dir.${suffix()}@${profile.domain || "acme.com"}`;
  await signIn(request, baseURL, email);
  const { domain, ...fields } = profile;
  const saved = await request.put(`${baseURL}/api/me/profile`, { data: { is_mentor: true, ...fields } });
  expect(saved.status()).toBe(200);
  await request.post(`${baseURL}/api/auth/sign-out`, { data: {} });
  return (await saved.json()).profile.id;
}

test("a visitor searches, filters, opens a profile and reloads with the query kept", async ({ page, request, baseURL }) => {
  const tag = `skill${suffix()}`;
  await createMentor(request, baseURL, {
    display_name: "Spanish Speaking Mentor", expertise: [tag, "Rust"], languages: ["es", "en"],
    headline: "Rust in production", timezone: "Europe/Madrid",
  });
  await createMentor(request, baseURL, {
    display_name: "Hindi Speaking Mentor", expertise: [tag, "Go"], languages: ["hi"],
    headline: "Go at scale", timezone: "Asia/Kolkata",
  });

  await page.goto("/mentors");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentor directory");
  await page.getByRole("searchbox", { name: "Search mentors" }).fill(tag);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByText("2 mentors")).toBeVisible();
  await expectAccessible(page);

  // A language facet narrows to one mentor.
  await page.getByRole("complementary", { name: "Refine" }).getByRole("button", { name: /Spanish/ }).click();
  await expect(page).toHaveURL(/language=es/);
  await expect(page.getByText("1 mentor", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Spanish Speaking Mentor" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove filter: speaks Spanish" })).toBeVisible();

  // The query survives a reload.
  await page.reload();
  await expect(page.getByText("1 mentor", { exact: true })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search mentors" })).toHaveValue(tag);

  await page.getByRole("link", { name: "Spanish Speaking Mentor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Spanish Speaking Mentor");
  await expect(page.getByText("Rust in production")).toBeVisible();
  await expectAccessible(page);

  await page.goBack();
  await expect(page).toHaveURL(/language=es/);
  await page.getByRole("button", { name: "Remove filter: speaks Spanish" }).click();
  await expect(page.getByText("2 mentors")).toBeVisible();
});

test("an empty result suggests what to remove", async ({ page }) => {
  await page.goto(`/mentors?q=nothing${suffix()}&language=sw`);
  await expect(page.getByRole("heading", { name: "No mentors match" })).toBeVisible();
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL("/mentors");
  await expectAccessible(page);
});

test("load more appends the next page", async ({ page, request, baseURL }) => {
  const tag = `pager${suffix()}`;
  for (let i = 0; i < 21; i++) {
    await createMentor(request, baseURL, { display_name: `Pager Mentor ${i}`, expertise: [tag] });
  }
  await page.goto(`/mentors?expertise=${tag}`);
  await expect(page.getByText("21 mentors")).toBeVisible();
  await expect(page.locator(".mentor-card")).toHaveCount(20);
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(page.locator(".mentor-card")).toHaveCount(21);
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
  const names = await page.locator(".mentor-card__name").allTextContents();
  expect(new Set(names).size).toBe(21);
});
