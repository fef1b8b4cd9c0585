export const source = 'flannel issues #1789, #2115; PR #2078 (v0.26.0) turns the nil-pointer panic into an error';
