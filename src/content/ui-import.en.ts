// Words of "Start from my files" about what an import did to the plan; loaded with the import panel. The same keys
// are in ui-import.zh.ts.
import type { StatedField } from '../domain/parse/files';
import type { ImportAdjustment } from '../domain/plan-import';

export const uiImportEn = {
  filesRead: (files: string) => `Files read so far, checked together: ${files}.`,
  changesTitle: 'What your files set',
  changedLine: (label: string, before: string, after: string) => `${label}: ${before} → ${after} (changed)`,
  keptLine: (label: string, value: string) => `${label}: ${value} (unchanged)`,
  versionLine: (label: string, text: string) => `${label}: ${text}`,
  empty: '(empty)',
  noChanges: 'Your files set nothing else.',
  undo: 'Undo this import',
  undone: (left: number) =>
    `The import was undone: the plan and the files read are as they were before it.${left ? ` ${left === 1 ? 'The import before it' : `The ${left} imports before it`} can be undone too.` : ''}`,
  /** Under the last problem of a rule listed for a file: how many more of it the file has (domain/diagnostic-cap.ts). */
  moreLikeThis: (more: number, file: string) => `…and ${more.toLocaleString('en-US')} more like this in ${file}, not listed.`,
  fields: {
    kubernetesVersion: 'Kubernetes version',
    flannelVersion: 'Flannel version',
    stack: 'IP stack',
    primaryFamily: 'Primary family',
    'podCidr.ipv4': 'IPv4 pod CIDR',
    'podCidr.ipv6': 'IPv6 pod CIDR',
    'overrides.podSubnetOrder': 'Order in podSubnet',
    'nodeMask.ipv4': 'IPv4 node mask',
    'nodeMask.ipv6': 'IPv6 node mask',
    'serviceCidr.ipv4': 'IPv4 Service CIDR',
    'serviceCidr.ipv6': 'IPv6 Service CIDR',
    dnsDomain: 'DNS domain',
    nodes: 'Nodes',
    controlPlaneEndpoint: 'Control-plane endpoint',
    advertiseAddress: 'Advertise address',
    bindPort: 'API server port',
    'flannel.backend': 'Flannel backend',
    'flannel.enableNFTables': 'EnableNFTables',
    'flannel.iface': 'flanneld --iface',
  } satisfies Record<StatedField, string> as Record<StatedField, string>,
  values: { dual: 'dual-stack', ipv4: 'IPv4', ipv6: 'IPv6', true: 'yes', false: 'no', noBackend: 'no Backend (Flannel uses udp)' } as Record<string, string>,
  versionsTitle: 'Versions',
  versionFrom: (version: string, file: string) => `${version}, from ${file}`,
  versionFromHeader: (version: string, file: string) => `${version}, from the first line of ${file}`,
  versionAssumed: (version: string) => `not in your files: assumed ${version}, the wizard's choice`,
  versionChoose: (name: string) => `Choose the ${name}`,
  versionOutside: (version: string, range: string) => `${version} is outside the versions this tool knows (${range}); the rules may miss what that release does.`,
  adjustmentsTitle: 'What the wizard writes differently from your files',
  adjustment: (a: ImportAdjustment): string => {
    switch (a.kind) {
      case 'advertise-address-filled':
        return `Your InitConfiguration sets no advertiseAddress; the wizard writes ${a.address}, the address of ${a.node} in the primary Service family.`;
      case 'kubernetes-version-rewritten':
        return `kubernetesVersion "${a.from}" is written as "${a.to}": the wizard writes an exact release, the one in the Kubernetes version field.`;
      case 'pod-subnet-rewritten':
        return `podSubnet "${a.from}" is written as "${a.to}": one CIDR per family, in the wizard's order.`;
      case 'service-subnet-rewritten':
        return `serviceSubnet "${a.from}" is written as "${a.to}": one CIDR per family, primary family first.`;
      case 'node-ip-rewritten':
        return `node-ip of ${a.node} "${a.from}" is written as "${a.to}": primary family first.`;
      case 'join-endpoint-rewritten':
        return `The join endpoint of ${a.node} "${a.from}" is written as "${a.to}", from the control-plane endpoint or the advertise address.`;
      case 'net-conf-follows':
        return `net-conf.json ${a.key} "${a.from}" is written as "${a.to}", following the pod CIDRs.`;
      case 'not-carried':
        return `${a.what} is not carried into the wizard's files.`;
    }
  },
};

export type UiImportMessages = typeof uiImportEn;
