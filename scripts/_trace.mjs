import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './bench-browser.mjs';
const server = await serve({ port: 4176 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.goto('http://127.0.0.1:4176/');
await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Pod network/ }).click();
const field = page.getByLabel('IPv4 pod CIDR');
await field.waitFor(); await page.locator('pre.code').first().waitFor(); await page.waitForTimeout(500);
await field.click(); await page.keyboard.press('End');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
const N = 30;
for (let i = 0; i < N / 2; i++) { await page.keyboard.press('Backspace'); await page.waitForTimeout(250); await page.keyboard.type(i % 2 ? '6' : '5'); await page.waitForTimeout(250); }
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents.filter(e => e.ph === 'X' && e.dur);
// main thread = thread with most EventDispatch
const tids = new Map(); for (const e of events) if (e.name === 'EventDispatch') tids.set(e.tid, (tids.get(e.tid) ?? 0) + 1);
const tid = [...tids].sort((a, b) => b[1] - a[1])[0][0];
const mainEv = events.filter(e => e.tid === tid).sort((a, b) => a.ts - b.ts);
// top-level tasks
const tasks = mainEv.filter(e => e.name === 'RunTask');
const keyTasks = tasks.filter(t => mainEv.some(e => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && e.ts >= t.ts && e.ts <= t.ts + t.dur));
console.log('keydown tasks', keyTasks.length, 'median dur ms', (keyTasks.map(t => t.dur).sort((a, b) => a - b)[Math.floor(keyTasks.length / 2)] / 1000).toFixed(1));
// inside key tasks, sum children by name (direct and nested)
const sums = new Map();
for (const t of keyTasks) for (const e of mainEv) if (e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur) { const k = e.name + (e.name === 'EventDispatch' ? ':' + e.args?.data?.type : ''); sums.set(k, (sums.get(k) ?? 0) + e.dur); }
console.log([...sums].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000 / keyTasks.length).toFixed(2).padStart(7)} ms/key ${k}`).join('\n'));
// tasks following within 100ms of key task (other work)
await browser.close(); server.close();
