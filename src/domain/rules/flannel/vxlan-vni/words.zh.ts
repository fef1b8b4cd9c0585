import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

// 字段取值范围（issue 17）。
export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'hint') === 'not-integer'
      ? `VXLAN VNI ${s(p, 'value')} 不是整数`
      : s(p, 'hint') === 'range'
        ? `VXLAN VNI ${s(p, 'value')} 超出 24 位（0 到 ${s(p, 'max')}）`
        : `VXLAN VNI ${s(p, 'value')} 使设备名 ${s(p, 'device')} 超过 Linux 允许的长度`,
  reads: () => 'Flannel 用这个 VNI 创建 VXLAN 设备 flannel.<VNI>（IPv4）和 flannel-v6.<VNI>（IPv6）；VXLAN 网络标识只有 24 位，Linux 网卡名最多 15 个字节。',
  happens: (p) =>
    s(p, 'hint') === 'not-integer'
      ? 'kube-flannel 报错 "Error registering network: error decoding VXLAN backend config: …" 并退出。'
      : s(p, 'hint') === 'range'
        ? 'Linux 拒绝创建该设备（"VXLAN ID must be lower than 16777216"，错误码 ERANGE），kube-flannel 报错 "Error registering network: …" 退出并反复重启。'
        : `Linux 拒绝 ${s(p, 'device').length} 字节的设备名 ${s(p, 'device')}（错误码 ERANGE），kube-flannel 报错 "Error registering network: …" 退出并反复重启。`,
  fix: (p) => (s(p, 'hint') === 'name-too-long' ? `使用 0 到 ${s(p, 'max')} 之间的 VNI，或留空（VNI 为 1）。` : '使用 0 到 16777215 之间的 VNI，或留空（VNI 为 1）。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'Linux drivers/net/vxlan/vxlan_core.c vxlan_validate（VXLAN_N_VID，"VXLAN ID must be lower than 16777216"）；flannel pkg/backend/vxlan/vxlan.go 把设备命名为 flannel.<VNI> 和 flannel-v6.<VNI>；Linux IFNAMSIZ 16（include/uapi/linux/if.h）';
