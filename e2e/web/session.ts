import { expect, type Page } from '@playwright/test';

interface DevMail {
  to: string;
  links: string[];
}

/**
 * Signs `email` in the way sign-in.spec.ts walks through by hand: request a link, take the newest one from the dev
 * mailbox, open it and press the button. For journeys that are about what comes after.
 */
export async function signInThroughMailbox(page: Page, email: string, language: 'de' | 'en' = 'de'): Promise<void> {
  const linksTo = async () =>
    ((await (await page.request.get('/dev/mailbox.json')).json()) as DevMail[])
      .filter((mail) => mail.to === email)
      .flatMap((mail) => mail.links.filter((link) => link.includes('/auth/verify?token=')));
  const before = new Set(await linksTo());
  const requested = await page.request.post('/graphql', {
    data: {
      query: `mutation ($email: String!) { requestSignInLink(email: $email, locale: "${language}") }`,
      variables: { email },
    },
  });
  expect(requested.ok()).toBe(true);
  // A refusal (a reached rate limit) would otherwise only show as a link that never comes.
  expect(((await requested.json()) as { errors?: unknown }).errors).toBeUndefined();
  let link: string | undefined;
  await expect
    .poll(async () => (link = (await linksTo()).find((candidate) => !before.has(candidate))), { timeout: 15_000 })
    .toBeTruthy();
  const url = new URL(link!);
  await page.goto(`${url.pathname}${url.search}`);
  await page.getByRole('button', { name: language === 'de' ? 'Anmelden' : 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
