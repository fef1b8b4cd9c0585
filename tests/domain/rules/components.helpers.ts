// What the tests from components.test.ts share.

export const ipv6First = { primaryFamily: 'ipv6' as const };
