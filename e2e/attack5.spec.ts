// An outsider's fifth pass against the production build: someone holding an editor's session (a borrowed laptop, a
// stolen cookie) but not the password. Each test is one attack and fails if it works.
import { PAIR_MAX_FAILURES } from "../lib/auth/throttle-rules";
import { expect, signInApi, test, uniqueIp } from "./fixtures";

test("a session cannot be used to guess the password: wrong current passwords on the change route are throttled like sign-ins", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  const account = await makeAccount("EDITOR");
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(api, account.email, account.password);
  const change = (currentPassword: string) => api.post("/api/desk/account/password", { data: { currentPassword, newPassword: "the thief's own password", confirmPassword: "the thief's own password" } });
  // Guess as fast as the route lets: it answers a wrong one 400, and 429 while the address must wait.
  let wrong = 0;
  for (let guess = 0; wrong < PAIR_MAX_FAILURES && guess < 40; guess++) {
    const response = await change(`guess number ${guess}`);
    if (response.status() === 400) wrong += 1;
    else {
      expect(response.status()).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  expect(wrong).toBe(PAIR_MAX_FAILURES);
  // Now even the right password is refused from this address, and nothing was changed.
  const right = await change(account.password);
  expect(right.status()).toBe(429);
  expect(((await right.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
  await api.dispose();
  const owner = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(owner, account.email, account.password);
  await owner.dispose();
});
