import { test, expect, expectAccessible } from "./fixtures.mjs";

function uniqueEmail(name) {
  return `${name}.${Date.now()}${Math.floor(Math.random() * 1e6)}@acme.com`;
}

/** Reads the newest sign-in code for `email` from the development mailbox page. */
async function codeFromMailbox(page, email) {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const text = await page.locator(".mail__text").first().textContent();
  return text.match(/\b(\d{6})\b/)[1];
}

test("a new user signs up through the mailbox and edits their profile", async ({ page }) => {
  const email = uniqueEmail("a.new.user");
  await page.goto("/sign-in");
  await expectAccessible(page);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByText("We sent a code to")).toBeVisible();
  await expectAccessible(page);

  const mailbox = await page.context().newPage();
  const code = await codeFromMailbox(mailbox, email);
  await expectAccessible(mailbox);
  await mailbox.close();

  await page.getByLabel("Six-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Complete your profile");
  await expectAccessible(page);

  // Saving without a name shows the server's message next to the name field.
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("#display_name-error")).toContainText("Enter the name");
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Name", { exact: true }).fill("A new user");
  await page.getByLabel("Headline", { exact: true }).fill("Platform engineer");
  await page.getByLabel("About you").fill("I like **Rust**.");
  await page.getByLabel("Expertise", { exact: true }).fill("Rust, rust , Kubernetes");
  // Languages are chosen by name.
  await page.getByLabel("Add a language").selectOption({ label: "English" });
  await page.getByLabel("Add a language").selectOption({ label: "Spanish" });
  await expect(page.getByRole("button", { name: "Remove Spanish" })).toBeVisible();
  await page.getByLabel("I mentor").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.locator("#display_name-error")).toBeEmpty();

  // An invalid meeting link is refused next to its field, and nothing else is lost.
  await page.getByLabel("Meeting link (optional)").fill("http://insecure.example/room");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("#meeting_link-error")).toContainText("https://");
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue("Platform engineer");

  await page.getByRole("link", { name: "See your public profile" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A new user");
  await expect(page.getByText("at Acme · verified")).toBeVisible();
  await expect(page.locator(".prose strong")).toHaveText("Rust");
  await expect(page.locator(".tags").first()).toContainText("rust");
  await expect(page.locator(".tags").first()).toContainText("kubernetes");
  await expect(page.locator(".tags").nth(1)).toContainText("Spanish");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a wrong code is explained next to the code field", async ({ page }) => {
  const email = uniqueEmail("typo");
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByText("We sent a code to")).toBeVisible();
  await page.getByLabel("Six-digit code").fill("12");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#code-error")).toContainText("six-digit code");
});

test("an invalid e-mail address is explained next to the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill("not-an-address");
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.locator("#email-error")).toContainText("e-mail address");
  await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");
});
