import { test, expect, expectAccessible, signIn, suffix } from "./fixtures.mjs";

test("a mentee asks, a mentor answers in writing, and the answer opens their conversation", async ({ page, browser, baseURL }) => {
  const menteeName = `Asking Mentee ${suffix()}`;
  await signIn(page.request, baseURL, `mentee.${suffix()}@globex.com`);
  // A shared language other than English ranks the question high in the mentor's feed.
  const mentee = await page.request.put(`${baseURL}/api/me/profile`, {
    data: { display_name: menteeName, languages: ["pt", "en"] },
  });
  expect(mentee.status()).toBe(200);

  const mentorContext = await browser.newContext({ baseURL });
  const mentorName = `Answering Mentor ${suffix()}`;
  await signIn(mentorContext.request, baseURL, `mentor.${suffix()}@acme.com`);
  const mentor = await mentorContext.request.put(`${baseURL}/api/me/profile`, {
    data: { display_name: mentorName, is_mentor: true, expertise: ["rust"], languages: ["pt", "en"] },
  });
  expect(mentor.status()).toBe(200);

  // The mentee asks in the browser, checking the preview on the way.
  const title = `How do I stop fighting the borrow checker? ${suffix()}`;
  await page.goto("/requests/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask a question");
  await page.getByLabel("Title", { exact: true }).fill(title);
  // The good-question template fills the details, and is cleared for this test's own text.
  await page.getByText("A good question, in four parts").click();
  await page.getByRole("button", { name: "Use this template" }).click();
  await expect(page.getByLabel("Details", { exact: true })).toHaveValue(/What I tried/);
  await page.getByLabel("Details", { exact: true }).fill("I keep cloning to make the **borrow checker** happy.");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(page.locator(".md-preview strong")).toHaveText("borrow checker");
  await page.getByRole("button", { name: "Write", exact: true }).click();
  await page.getByLabel("Skills", { exact: true }).fill("rust");
  await page.getByRole("radio", { name: "An answer in writing", exact: true }).check();
  await expect(page.getByRole("checkbox", { name: "Ask anonymously" })).not.toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Post question" }).click();
  await expect(page).toHaveURL(/\/requests\/(?!new$)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Open, no offers yet")).toBeVisible();
  await expectAccessible(page);

  // The mentor finds it in the feed, with the reason it fits, and answers in writing.
  const mentorPage = await mentorContext.newPage();
  await mentorPage.goto("/requests");
  const feed = mentorPage.getByRole("region", { name: "Requests for you" });
  const card = feed.getByRole("listitem").filter({ has: mentorPage.getByRole("link", { name: title }) });
  await expect(card).toContainText("matches rust");
  await card.getByRole("link", { name: title }).click();
  await expect(mentorPage.getByRole("heading", { level: 1 })).toHaveText(title);
  await mentorPage.getByText("Tips for a useful answer").click();
  await expect(mentorPage.getByText("Give one next step the mentee can take today.")).toBeVisible();
  const answer = `Borrow it instead and pass a slice to both places ${suffix()}`;
  await mentorPage.getByLabel("Your answer", { exact: true }).fill(answer);
  await mentorPage.getByRole("button", { name: "Send answer" }).click();
  await expect(mentorPage.getByText("Your answer was sent.")).toBeVisible();
  await expect(mentorPage.getByText("Waiting for the mentee to accept")).toBeVisible();

  // The mentee reads the answer and accepts it.
  await page.reload();
  await expect(page.getByText(answer)).toBeVisible();
  await page.getByRole("button", { name: `Accept ${mentorName}'s offer` }).click();
  await expect(page.getByText(`You accepted ${mentorName}'s offer.`)).toBeVisible();
  await expectAccessible(page);

  // The conversation starts with the answer; the mentee replies.
  await page.getByRole("link", { name: "Open the conversation" }).click();
  await expect(page).toHaveURL(/\/threads\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const messages = page.getByRole("list", { name: "Messages" });
  await expect(messages).toContainText(answer);
  // The mentee read the answer before accepting it, so nothing here is new to them.
  await expect(messages.getByText("New message")).toHaveCount(0);
  const reply = `Thank you, that compiles now ${suffix()}`;
  await page.getByLabel("Your reply", { exact: true }).fill(reply);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(messages).toContainText(reply);
  await expect(page.getByLabel("Your reply", { exact: true })).toHaveValue("");
  await expectAccessible(page);

  // The mentor sees the reply waiting under Messages.
  await mentorPage.goto("/messages");
  const nav = mentorPage.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: /^Messages\W+1 unread\W*$/ })).toBeVisible();
  await mentorPage.getByRole("link", { name: title }).click();
  const mentorMessages = mentorPage.getByRole("list", { name: "Messages" });
  await expect(mentorMessages).toContainText(reply);
  await expect(mentorMessages.getByRole("listitem").filter({ hasText: reply }).getByText("New message")).toBeVisible();
  await expect(nav.getByRole("link", { name: /^Messages$/ })).toBeVisible();
  await mentorContext.close();
});
