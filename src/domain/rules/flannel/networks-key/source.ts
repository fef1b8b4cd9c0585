export const source = 'flannel commits f174fe93 (v0.20.0) and cf1971b6 (v0.25.0)';
