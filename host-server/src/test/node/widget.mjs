// Drives the embedded widget in Debian's Chromium (playwright-core, no downloaded browser) against a real Cairn
// server, as a visitor would: WidgetBrowserIT starts everything and runs one phase per call (CAIRN_PHASE).
// Each phase asserts what a visitor would notice and prints a JSON summary for the Java test to check as well.
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const phase = env("CAIRN_PHASE");
const shots = process.env.CAIRN_SCREENSHOTS;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const summary = { phase };
try {
  if (phase === "flow") await flow();
  else if (phase === "xss") await xss();
  else if (phase === "foreign") await foreign();
  else if (phase === "playground") await playground();
  else if (phase === "controls") await controls();
  else throw new Error(`unknown phase ${phase}`);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(summary) + "\n");

/** The widget's parts, found through its (open) shadow root as a visitor's assistive tech would see them. */
function widget(page) {
  return {
    launcher: page.locator("cairn-widget").locator("button.launch"),
    panel: page.locator("cairn-widget").getByRole("dialog"),
    input: page.locator("cairn-widget").getByRole("textbox", { name: "Your question" }),
    log: page.locator("cairn-widget").getByRole("log"),
    botMessages: page.locator("cairn-widget").locator(".msg.bot"),
    stop: page.locator("cairn-widget").getByRole("button", { name: "Stop" }),
  };
}

/** Which element has focus, looking inside the widget's shadow root: "launcher", "input", "panel:<tag>" or outside. */
async function focused(page) {
  return page.evaluate(() => {
    const host = document.querySelector("cairn-widget");
    if (document.activeElement !== host) return "outside:" + (document.activeElement && document.activeElement.id);
    const inner = host.shadowRoot.activeElement;
    if (!inner) return "host";
    if (inner.classList.contains("launch")) return "launcher";
    if (inner.id === "cairn-input") return "input";
    return inner.closest(".panel") ? "panel:" + inner.tagName.toLowerCase() : "other";
  });
}

async function tabToLauncher(page) {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    if ((await focused(page)) === "launcher") return;
  }
  assert.fail("the launcher cannot be reached with the Tab key");
}

function dialogsOf(page, into) {
  page.on("dialog", (d) => {
    into.push(d.message());
    d.dismiss().catch(() => {});
  });
}

async function flow() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const dialogs = [];
  dialogsOf(page, dialogs);
  const cspViolations = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto(env("HOST_URL") + "/hostile.html");
  const w = widget(page);

  // The launcher survives the hostile page's CSS, and the widget's CSS does not reach the page.
  await w.launcher.waitFor({ state: "visible" });
  const box = await w.launcher.boundingBox();
  assert.ok(box && box.width >= 44 && box.height >= 44, `launcher is too small: ${JSON.stringify(box)}`);
  assert.ok(box.x + box.width > 1280 - 60 && box.y + box.height > 800 - 60, "launcher is not in the bottom-right corner");
  const hostColour = await page.locator("#host-note").evaluate((n) => getComputedStyle(n).color);
  assert.equal(hostColour, "rgb(10, 20, 30)", "the host page's own styles changed");
  if (shots) await page.screenshot({ path: `${shots}/launcher-closed.png` });

  // Keyboard only: Tab to the launcher, Enter opens, focus lands in the question box.
  await tabToLauncher(page);
  await page.keyboard.press("Enter");
  await w.panel.waitFor({ state: "visible" });
  await page.waitForFunction(() => document.querySelector("cairn-widget").shadowRoot.activeElement?.id === "cairn-input");
  assert.equal(await w.panel.getByRole("heading").textContent(), env("BOT_NAME"));
  assert.ok((await w.log.textContent()).includes(env("WELCOME")), "the welcome message is missing");

  // Escape closes and gives focus back to the launcher; Enter opens again.
  await page.keyboard.press("Escape");
  await w.panel.waitFor({ state: "hidden" });
  assert.equal(await focused(page), "launcher");
  await page.keyboard.press("Enter");
  await w.panel.waitFor({ state: "visible" });

  // Ask; tokens must show while the answer is still streaming (the Stop button is up until `done`).
  await page.keyboard.type(env("QUESTION"));
  await page.keyboard.press("Enter");
  const answer = w.botMessages.last();
  let partialSeen = null;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const streaming = await w.stop.isVisible();
    const text = ((await answer.textContent()) || "").trim();
    if (streaming && text && !text.includes(env("WELCOME"))) {
      partialSeen = text;
      break;
    }
    await page.waitForTimeout(25);
  }
  assert.ok(partialSeen, "no streamed text appeared before the answer was done");
  const citation = answer.getByRole("link", { name: /\[1\]/ });
  await citation.waitFor({ state: "visible", timeout: 30_000 });
  await answer.getByRole("button", { name: "Helpful", exact: true }).waitFor({ state: "visible" });
  const finalText = (await answer.textContent()) || "";
  assert.ok(finalText.includes(env("FACT")), `the answer lacks the fact: ${finalText}`);
  assert.ok(partialSeen.length < finalText.length, "the first text seen was already the whole answer");
  assert.equal(await answer.locator("strong").first().textContent(), env("FACT"), "**bold** was not rendered as bold");
  summary.partialSeen = partialSeen;
  summary.answer = finalText;

  // Focus stays inside the open panel however often Tab is pressed.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(i % 3 === 2 ? "Shift+Tab" : "Tab");
    const where = await focused(page);
    assert.ok(where === "input" || where.startsWith("panel:"), `focus left the panel: ${where}`);
  }
  if (shots) await page.screenshot({ path: `${shots}/panel-cited-answer.png` });

  // The citation: a numbered link with title and snippet, opening the source in a new tab without an opener.
  assert.equal(await citation.getAttribute("rel"), "noopener noreferrer");
  assert.equal(await citation.getAttribute("target"), "_blank");
  const snippet = (await answer.locator(".cites li").first().locator(".snip").textContent()) || "";
  assert.ok(snippet.length > 10, "the citation shows no snippet");
  const [popup] = await Promise.all([context.waitForEvent("page"), citation.click()]);
  await popup.waitForLoadState();
  assert.equal(popup.url(), env("SOURCE_URL"));
  assert.equal(await popup.evaluate(() => window.opener), null, "the source page got a window.opener");
  summary.citationOpened = popup.url();
  summary.citationTitle = await citation.textContent();
  await popup.close();

  // Feedback: thumbs up shows as pressed.
  const up = answer.getByRole("button", { name: "Helpful", exact: true });
  await up.click();
  await page.waitForFunction(
    () =>
      [...document.querySelector("cairn-widget").shadowRoot.querySelectorAll(".rate button")].some(
        (b) => b.getAttribute("aria-pressed") === "true"
      ),
    null,
    { timeout: 10_000 }
  );
  summary.feedbackPressed = await up.getAttribute("aria-pressed");

  // Reload: the conversation is restored from localStorage.
  await page.reload();
  await w.launcher.waitFor({ state: "visible" });
  await w.launcher.click();
  await w.panel.waitFor({ state: "visible" });
  const restored = (await w.log.textContent()) || "";
  assert.ok(restored.includes(env("QUESTION")), "the question is gone after a reload");
  assert.ok(restored.includes(env("FACT")), "the answer is gone after a reload");
  assert.ok(await w.botMessages.last().getByRole("link", { name: /\[1\]/ }).isVisible(), "citations are gone after a reload");
  summary.restored = true;

  // Small screens: the open panel fills the viewport.
  await page.setViewportSize({ width: 375, height: 667 });
  const mobile = await w.panel.boundingBox();
  assert.ok(mobile && mobile.x <= 1 && mobile.y <= 1 && mobile.width >= 374 && mobile.height >= 666, `panel is not full-screen: ${JSON.stringify(mobile)}`);
  if (shots) await page.screenshot({ path: `${shots}/mobile.png` });
  summary.mobile = mobile;

  assert.deepEqual(dialogs, []);
  summary.cspViolations = cspViolations;
  summary.dialogs = dialogs.length;
  await context.close();
}

async function xss() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const dialogs = [];
  dialogsOf(page, dialogs);
  await page.goto(env("HOST_URL") + "/open.html");
  const w = widget(page);
  await w.launcher.click();
  await w.panel.waitFor({ state: "visible" });
  // The payloads in the bot's name and welcome message read as text.
  assert.equal(await w.panel.getByRole("heading").textContent(), env("BOT_NAME"));
  assert.ok((await w.log.textContent()).includes("<svg onload="), "the welcome payload is not shown as text");

  await w.input.fill(env("QUESTION"));
  await page.keyboard.press("Enter");
  const answer = w.botMessages.last();
  await answer.getByRole("button", { name: "Helpful", exact: true }).waitFor({ state: "visible", timeout: 30_000 });
  const text = (await answer.textContent()) || "";
  for (const visible of ["<img src=x onerror=", "<script>", "<svg onload="]) {
    assert.ok(text.includes(visible), `the answer does not show ${visible} as text: ${text}`);
  }
  // The javascript: link is plain text: clicking it does nothing.
  await answer.getByText("click me", { exact: true }).click();
  await page.waitForTimeout(1500);

  const dom = await page.evaluate(() => {
    const root = document.querySelector("cairn-widget").shadowRoot;
    return {
      images: root.querySelectorAll("img, image, svg:not(.launch svg), script, iframe, object, embed").length,
      scriptLinks: [...root.querySelectorAll("a")].filter((a) => !/^https?:/.test(a.href)).length,
      handlers: [...root.querySelectorAll("*")].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name))).length,
      pwned: window.__pwned || null,
    };
  });
  summary.dom = dom;
  summary.dialogs = dialogs;
  summary.answer = text;
  // No assertion here: WidgetBrowserIT checks these together with what its exfiltration listener received.
  await context.close();
}

async function foreign() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const statuses = [];
  page.on("response", (r) => {
    if (r.url().includes("/config")) statuses.push(r.status());
  });
  await page.goto(env("FOREIGN_URL") + "/hostile.html");
  const w = widget(page);
  await w.launcher.waitFor({ state: "visible" });
  await w.launcher.click();
  await w.panel.waitFor({ state: "visible" });
  const notice = w.panel.getByRole("alert").filter({ hasText: "not allowed" });
  await notice.waitFor({ state: "visible", timeout: 10_000 });
  summary.notice = await notice.textContent();
  summary.inputDisabled = await w.input.isDisabled();
  summary.configStatuses = statuses;
  assert.equal(summary.inputDisabled, true, "the question box is usable on a refused origin");
  await context.close();
}

async function playground() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(env("CAIRN_URL") + "/");
  await page.getByLabel("E-mail").fill(env("OWNER_EMAIL"));
  await page.getByLabel("Password (12 characters or more)").fill(env("OWNER_PASSWORD"));
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByLabel("Pick a bot").selectOption({ label: env("BOT_NAME") });
  // The bot allows only the test site: the playground offers to allow its own origin, then the widget chats.
  await page.getByRole("button", { name: "Allow this page's origin" }).click();
  await page.getByRole("button", { name: "Allow this page's origin" }).waitFor({ state: "hidden" });
  const w = widget(page);
  await w.launcher.click();
  await w.panel.waitFor({ state: "visible" });
  await page.waitForFunction(
    (welcome) => document.querySelector("cairn-widget")?.shadowRoot.querySelector(".log")?.textContent.includes(welcome),
    env("WELCOME"),
    { timeout: 10_000 }
  );
  summary.heading = await w.panel.getByRole("heading").textContent();
  summary.scripts = await page.evaluate(() => [...document.scripts].map((s) => new URL(s.src || location.href).pathname));
  await context.close();
}

async function controls() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // The first question's request fails on the wire, as a dropped connection would.
  let chats = 0;
  await page.route("**/chat", (route) => (++chats === 1 ? route.abort("connectionreset") : route.continue()));
  await page.goto(env("HOST_URL") + "/hostile.html");
  const w = widget(page);
  await w.launcher.waitFor({ state: "visible" });
  await page.evaluate(() => {
    window.__messages = [];
    window.Cairn.on("message", (m) => window.__messages.push(m));
    window.Cairn.open();
  });
  await w.panel.waitFor({ state: "visible" });

  // Retry: the failed question is offered again, and answered.
  await w.input.fill(env("QUESTION"));
  await page.keyboard.press("Enter");
  const retry = w.panel.getByRole("button", { name: "Retry" });
  await retry.waitFor({ state: "visible", timeout: 10_000 });
  summary.errorShown = await w.panel.getByRole("alert").first().textContent();
  await retry.click();
  const answer = w.botMessages.last();
  await answer.getByRole("button", { name: "Helpful", exact: true }).waitFor({ state: "visible", timeout: 30_000 });
  summary.retriedAnswer = await answer.textContent();
  assert.ok(summary.retriedAnswer.includes(env("FACT")), "the retried question got no answer");

  // Stop: the answer stops growing and says so.
  await w.input.fill(env("QUESTION"));
  await page.keyboard.press("Enter");
  const second = w.botMessages.last();
  await page.waitForFunction(
    () => {
      const all = document.querySelector("cairn-widget").shadowRoot.querySelectorAll(".msg.bot");
      return all.length >= 3 && all[all.length - 1].textContent.trim().length > 0;
    },
    null,
    { timeout: 30_000 }
  );
  await w.stop.click();
  await second.getByText("(stopped)").waitFor({ state: "visible", timeout: 5_000 });
  const stoppedText = await second.textContent();
  await page.waitForTimeout(1500);
  assert.equal(await second.textContent(), stoppedText, "the answer kept growing after Stop");
  assert.ok(!stoppedText.includes("pier three"), "Stop came after the whole answer");
  summary.stoppedText = stoppedText;

  summary.messages = await page.evaluate(() => window.__messages.map((m) => ({ role: m.role, text: m.text })));
  await page.evaluate(() => window.Cairn.close());
  await w.panel.waitFor({ state: "hidden" });
  summary.closedByApi = true;
  await context.close();
}
