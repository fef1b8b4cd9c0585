// Browser figures for npm run bench: keystroke-to-update latency under 4x CPU throttling, and Lighthouse (mobile).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Each keystroke in the IPv4 pod CIDR field: from keydown to the frame after the diagnostics and preview changed. */
export async function keystrokeLatency(url, { keystrokes = 60, throttle = 4, step = /Pod network/, label = 'IPv4 pod CIDR', keys = ['5', '6'] } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(url);
    await page.getByRole('button', { name: /Pod network/ }).first().click();
    const field = page.getByLabel('IPv4 pod CIDR');
    await field.waitFor();
    await page.locator('pre.code').first().waitFor();
    
    await page.evaluate(() => {
      // A sample runs from keydown to the last DOM change it caused (the preview and the diagnostics).
      const state = { samples: [], start: 0, last: 0 };
      window.__latency = state;
      new MutationObserver(() => {
        if (state.start) state.last = performance.now();
      }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
      document.addEventListener('keydown', () => {
        state.start = performance.now();
        state.last = 0;
      }, { capture: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await field.click();
    await page.keyboard.press('End');
    const settle = async () => {
      // Wait until the page has been quiet for 150 ms, then take the sample.
      await page.waitForFunction(() => window.__latency.last && performance.now() - window.__latency.last > 150, null, { polling: 50 });
      await page.evaluate(() => {
        const s = window.__latency;
        s.samples.push(s.last - s.start);
        s.start = 0;
      });
    };
    for (let i = 0; i < keystrokes / 2; i++) {
      await page.keyboard.press('Backspace');
      await settle();
      await page.keyboard.type(keys[i % 2]);
      await settle();
    }
    const samples = (await page.evaluate(() => window.__latency.samples)).sort((a, b) => a - b);
    return { keystrokes: samples.length, throttle, p50Ms: Number(quantile(samples, 0.5).toFixed(2)), p95Ms: Number(quantile(samples, 0.95).toFixed(2)), maxMs: Number(samples.at(-1).toFixed(2)) };
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
