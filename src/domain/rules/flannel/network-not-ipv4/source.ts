export const source = 'flannel pkg/ip/ipnet.go IP4Net.UnmarshalJSON → FromIP panic (≤ v0.28.8); v0.28.9 commit 823bd5eb returns an error';
