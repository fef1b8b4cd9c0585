export const source = 'flannel release tags: v0.15.0 (2021-10-18, first dual-stack release) to v0.28.9 (2026-08-07)';
