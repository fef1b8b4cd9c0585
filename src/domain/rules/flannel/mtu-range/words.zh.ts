import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'hint') === 'not-integer'
      ? `后端 MTU ${s(p, 'value')} 不是整数`
      : s(p, 'hint') === 'too-small'
        ? `后端 MTU ${s(p, 'value')} 在 ${s(p, 'type')} 隧道内只剩 ${s(p, 'inner')} 字节，低于 ${s(p, 'family')} 的最小值 ${s(p, 'link')}`
        : `后端 MTU ${s(p, 'value')} 使 VXLAN 设备的 MTU 为 ${s(p, 'inner')}，超过 Linux 的上限 65535`,
  reads: (p) =>
    s(p, 'hint') === 'not-integer'
      ? 'Flannel 把 MTU 解码为整数。'
      : `MTU 是 Flannel 在节点之间发送的报文大小；${s(p, 'type')} 后端给自己的设备和 Pod（subnet.env 的 FLANNEL_MTU）的 MTU 是 MTU − ${s(p, 'overhead')}。每条 IPv6 链路至少要 1280 字节（RFC 8200 第 5 节），每条 IPv4 链路至少 68 字节（RFC 791）。`,
  happens: (p) =>
    s(p, 'hint') === 'not-integer'
      ? 'kube-flannel 报错 "Error registering network: error decoding … backend config: …" 并退出。'
      : s(p, 'hint') === 'too-small'
        ? `Flannel 的设备和 Pod 的网卡会得到 ${s(p, 'inner')} 的 MTU：${
            s(p, 'family') === 'IPv6'
              ? 'Linux 不会在低于 1280 字节的链路上启用 IPv6，Pod 的 IPv6 流量无法通行'
              : s(p, 'type') === 'vxlan'
                ? 'Linux 拒绝创建这样的 VXLAN 设备（"MTU must be between 68 and 65535"），kube-flannel 报错 "Error registering network: …" 并退出'
                : '低于每条 IPv4 链路必须承载的大小，部分 Pod 报文永远无法通过'
          }。`
        : 'Linux 拒绝创建该 VXLAN 设备（"MTU must be between 68 and 65535"），kube-flannel 报错 "Error registering network: …" 并退出。',
  fix: (p) =>
    s(p, 'hint') === 'too-large'
      ? `最多使用 ${s(p, 'max')}，且不超过节点网卡的 MTU；或留空，直接使用网卡的 MTU。`
      : s(p, 'hint') === 'too-small'
        ? `至少使用 ${s(p, 'min')}，且不超过节点网卡的 MTU；或留空，直接使用网卡的 MTU。`
        : '填写整数，或留空，直接使用网卡的 MTU。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/backend/vxlan/device.go（设备 MTU = MTU − 50）和 vxlan_network.go encapOverhead，pkg/backend/wireguard/wireguard_network.go 减去 80（v0.21.3 起）；RFC 8200 第 5 节（1280）；RFC 791（68）；Linux net/ipv6/addrconf.c addrconf_notify（IPV6_MIN_MTU）和 vxlan_core.c vxlan_validate（"MTU must be between 68 and 65535"）';
