import { expect, type Page } from "@playwright/test";
import { findMails } from "./mail";

// Sign-up creates the account only from the e-mailed link (lib/accounts/signup-request.ts); specs that
// sign up read that mail from the SMTP sink and open the link, as the mailbox owner would.

/** The newest of at least `count` mails to `to` containing `text`, once the job worker has sent them. */
export async function waitForMail(to: string, text: string, count = 1) {
  let mails: Awaited<ReturnType<typeof findMails>> = [];
  await expect
    .poll(async () => (mails = await findMails(to, text)).length, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(count);
  return mails[mails.length - 1];
}

/** Opens the `nth` confirmation link sent to `email` and completes the sign-up; the page then shows the result. */
export async function confirmSignup(page: Page, email: string, nth = 1) {
  const mail = await waitForMail(email.toLowerCase(), "/signup/verify?token=", nth);
  const link = /https?:\/\/\S+\/signup\/verify\?token=[A-Za-z0-9_-]+/.exec(mail.text ?? "")![0];
  await page.goto(link);
  await page.getByRole("button", { name: "登録を完了する" }).click();
}

/** Expects the one page every accepted sign-up gets, for a new and a registered address alike. */
export async function expectSentPage(page: Page) {
  await expect(page).toHaveURL(/\/signup\/sent$/);
  await expect(page.getByTestId("signup-sent")).toContainText("メールを送りました");
}
