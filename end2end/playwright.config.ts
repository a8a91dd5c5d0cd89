import { defineConfig, devices } from "@playwright/test";

// The server is started by the test command (see README) on this port with a fresh database
// (SQLite, or PostgreSQL when the test command is given TEST_DATABASE_URL).
const port = process.env.E2E_PORT ?? "3917";
const database = process.env.E2E_DATABASE ?? "sqlite:///tmp/passkey-guide-e2e.db";
const baseURL = `http://127.0.0.1:${port}`;
// The local OpenID provider behind "Sign in with Microsoft" (see fixtures/oidc-provider.mjs).
const oidcPort = process.env.E2E_OIDC_PORT ?? String(Number(port) + 1);
const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
const oidcClientId = "e2e-client";
const oidcClientSecret = "e2e-client-secret";

const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
};

const windowsChrome =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: { baseURL, launchOptions, trace: "off" },
  webServer: [
    // The OpenID provider "Sign in with Microsoft" talks to (fixtures/oidc-provider.mjs), first, so
    // that the guide finds its discovery document when it starts.
    {
      command: "node fixtures/oidc-provider.mjs",
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
      env: { E2E_OIDC_PORT: oidcPort, E2E_OIDC_CLIENT_ID: oidcClientId, E2E_OIDC_CLIENT_SECRET: oidcClientSecret },
    },
    {
      command: `${process.env.PASSKEY_GUIDE_BIN ?? "../target/release/passkey-guide"} serve --addr 127.0.0.1:${port} --database ${database} --oidc-issuer ${oidcIssuer} --oidc-client-id ${oidcClientId}`,
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        // Lets the Entra ID page store a Graph client secret (sealed with this test-only key).
        PASSKEY_GUIDE_SECRET_KEY: "ZS1lLXRlc3Qtb25seS1rZXktMzItYnl0ZXMtbG9uZyE=",
        PASSKEY_GUIDE_OIDC_CLIENT_SECRET: oidcClientSecret,
      },
    },
  ],
  projects: [
    { name: "phone", use: { ...devices["Pixel 7"], browserName: "chromium", launchOptions } },
    {
      name: "desktop",
      use: {
        viewport: { width: 1280, height: 800 },
        userAgent: windowsChrome,
        browserName: "chromium",
        launchOptions,
      },
    },
    {
      name: "phone-no-js",
      use: { ...devices["Pixel 7"], browserName: "chromium", javaScriptEnabled: false, launchOptions },
    },
  ],
});
