// Browser figures for npm run bench: keystroke latency (Event Timing) and settle time under 4x CPU throttling, and
// Lighthouse (mobile).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/**
 * Keystrokes in the IPv4 pod CIDR field of the wizard and in the same field of bench/keystroke-floor, interleaved one by
 * one in the same run, both pages throttled. For each keystroke:
 * - its duration as the Event Timing API reports it, which is what Interaction to Next Paint uses
 *   (https://w3c.github.io/event-timing/; web.dev/articles/inp): from the key event's timestamp to the next paint after
 *   its handlers ran, in 8 ms steps; the keystroke's figure is the largest duration of its keydown, keypress,
 *   beforeinput, input and keyup entries. The API reports no entry under 16 ms (its smallest durationThreshold); such a
 *   keystroke counts as 16 ms, an upper bound;
 * - its settle time: from keydown to the last DOM change it caused under <main> (the field's diagnostics, the problem
 *   list, the preview), once the page has been quiet for 150 ms.
 */
export async function keystrokeLatency({ wizardUrl, floorUrl, keystrokes = 100, throttle = 4, keys = ['5', '6'] }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const open = async (url) => {
      // A context per page, each its own visible window: a background tab would not paint, and Event Timing waits for paint.
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('button', { name: /Pod network/ }).first().click();
      const field = page.getByLabel('IPv4 pod CIDR');
      await field.waitFor();
      await page.locator('pre.code').first().waitFor();
      await page.evaluate(() => {
        if (document.visibilityState !== 'visible') throw new Error('the measured page is hidden');
        const state = { start: 0, last: 0, events: [] };
        window.__keystroke = state;
        new PerformanceObserver((list) => state.events.push(...list.getEntries().map((e) => ({ name: e.name, startTime: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd }))))
          .observe({ type: 'event', durationThreshold: 16, buffered: false });
        new MutationObserver(() => {
          if (state.start) state.last = performance.now();
        }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
        document.addEventListener('keydown', () => {
          state.start = performance.now();
          state.last = 0;
        }, { capture: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await field.click();
      await page.keyboard.press('End');
      return { page, durations: [], settles: [], phases: [] };
    };
    const pages = { wizard: await open(wizardUrl), floor: await open(floorUrl) };
    const KEY_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'input', 'keyup']);
    const keystroke = async (target, press) => {
      const { page } = target;
      const before = await page.evaluate(() => performance.now());
      await press(page);
      // Quiet for 150 ms: the keystroke's work is done and its Event Timing entries have been delivered.
      await page.waitForFunction(() => window.__keystroke.last && performance.now() - window.__keystroke.last > 150, null, { polling: 50 });
      const sample = await page.evaluate((from) => {
        const s = window.__keystroke;
        const settle = s.last - s.start;
        const events = s.events.filter((e) => e.startTime >= from);
        s.events = [];
        s.start = 0;
        return { settle, events };
      }, before);
      const entries = sample.events.filter((e) => KEY_EVENTS.has(e.name));
      target.durations.push(Math.max(16, ...entries.map((e) => e.duration)));
      // Where the slowest entry's time went: waiting for the main thread, the handlers, then until the frame was painted.
      const slowest = entries.sort((a, b) => b.duration - a.duration)[0];
      if (slowest) target.phases.push([slowest.processingStart - slowest.startTime, slowest.processingEnd - slowest.processingStart, slowest.startTime + slowest.duration - slowest.processingEnd]);
      target.settles.push(sample.settle);
    };
    for (let i = 0; i < keystrokes / 2; i++) {
      for (const target of [pages.wizard, pages.floor]) await keystroke(target, (page) => page.keyboard.press('Backspace'));
      for (const target of [pages.wizard, pages.floor]) await keystroke(target, (page) => page.keyboard.type(keys[i % 2]));
    }
    const figures = ({ durations, settles, phases }) => {
      const phase = (i) => Number(quantile(phases.map((p) => p[i]).sort((a, b) => a - b), 0.5).toFixed(1));
      const d = [...durations].sort((a, b) => a - b);
      const t = [...settles].sort((a, b) => a - b);
      return {
        keystrokes: d.length,
        p50Ms: quantile(d, 0.5),
        p95Ms: quantile(d, 0.95),
        maxMs: d.at(-1),
        below16: d.filter((x) => x <= 16).length,
        // Medians over the keystrokes with an entry (16 ms or more).
        slowestEntryMedianMs: phases.length ? { inputDelay: phase(0), processing: phase(1), presentationDelay: phase(2) } : null,
        settleP50Ms: Number(quantile(t, 0.5).toFixed(1)),
        settleP95Ms: Number(quantile(t, 0.95).toFixed(1)),
        settleMaxMs: Number(t.at(-1).toFixed(1)),
      };
    };
    return { throttle, wizard: figures(pages.wizard), floor: figures(pages.floor) };
  } finally {
    await browser.close();
  }
}

/** Lighthouse 12 with its default mobile emulation and simulated throttling. */
export async function lighthouseScores(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const categories = result.lhr.categories;
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    return {
      performance: categories.performance.score,
      accessibility: categories.accessibility.score,
      bestPractices: categories['best-practices'].score,
      seo: categories.seo.score,
      metrics: {
        firstContentfulPaintMs: Math.round(result.lhr.audits['first-contentful-paint'].numericValue),
        largestContentfulPaintMs: Math.round(result.lhr.audits['largest-contentful-paint'].numericValue),
        totalBlockingTimeMs: Math.round(result.lhr.audits['total-blocking-time'].numericValue),
        cumulativeLayoutShift: Number(result.lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      },
      failingAudits: failing,
    };
  } finally {
    await chrome.kill();
  }
}
