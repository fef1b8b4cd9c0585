export const source = 'flannel subnet/config.go ParseConfig checks (≤ v0.19.x), capitalised messages';
