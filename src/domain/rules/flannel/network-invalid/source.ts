export const source = 'flannel pkg/ip/ipnet.go IP4Net.UnmarshalJSON and pkg/ip/ip6net.go IP6Net.UnmarshalJSON: net.ParseCIDR';
