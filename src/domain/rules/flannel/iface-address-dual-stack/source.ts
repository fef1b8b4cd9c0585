export const source = 'flannel PR #1762 (maintainer advice) and PR #2283 (commit a0a7d683, v0.27.4)';
