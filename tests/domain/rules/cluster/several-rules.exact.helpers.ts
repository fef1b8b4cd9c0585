// What the tests from addressing-exact.test.ts share.

export const base = { component: 'cluster', fixes: [] };
export const nodes = (...list: Array<[string, string, string]>) => list.map(([name, ipv4, ipv6], i) => ({ name, role: i === 0 ? ('control-plane' as const) : ('worker' as const), ipv4, ipv6 }));
