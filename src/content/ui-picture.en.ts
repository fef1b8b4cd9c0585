// Words of the address-space picture (src/app/picture), loaded with it. The same keys are in ui-picture.zh.ts.
// Counts arrive as text (exact digits, or 2^n when huge); values, CIDRs and flags stay verbatim.
export type ReservedKind = 'unspecified' | 'loopback' | 'link-local' | 'multicast';

export const uiPictureEn = {
  heading: 'Address space',
  intro: 'Each family\'s pod CIDR cut into node blocks as kube-controller-manager cuts it, in the order it hands them out, with the Service CIDR and the node addresses. Point at or focus a block for its range.',
  /** The picture's accessible name, e.g. "IPv4 pod CIDR 10.50.0.0/16: 256 node blocks of /24, 3 used". */
  name: (family: string, cidr: string, blocks: string, mask: number, used: number) => `${family} pod CIDR ${cidr}: ${blocks} node ${blocks === '1' ? 'block' : 'blocks'} of /${mask}, ${used} used`,
  nameNoPod: (family: string) => `${family} pod CIDR: none that parses yet`,
  nameNoCut: (family: string, cidr: string, mask: string) => `${family} pod CIDR ${cidr}: the node mask ${mask} does not cut it into node blocks`,
  podCidr: (family: string, cidr: string) => `${family} pod CIDR ${cidr}`,
  serviceCidr: (cidr: string) => `Service CIDR ${cidr}`,
  noService: 'Service CIDR: none that parses yet',
  nodeAddresses: 'Node addresses',
  noNodeAddresses: 'No node address of this family',
  moreNodes: (n: number) => `… and ${n} more`,
  block: (order: string) => `Block ${order}`,
  lastBlock: (order: string) => `Block ${order} (the last)`,
  blockRange: (cidr: string, first: string, last: string) => `${cidr} (${first} – ${last})`,
  usePlanned: 'for a planned node (nodes get blocks in the order they register)',
  useFree: 'free',
  useTaken: (service: string) => `taken by the Service CIDR ${service}: kube-controller-manager never hands it out`,
  takenBlocks: (from: string, to: string) => (from === to ? `Block at index ${from}` : `Blocks at index ${from} to ${to}`),
  scaleLinear: 'to scale',
  scaleLog: (bits: number) => `log scale: blocks 1 to 2^${bits}`,
  serviceScaleLog: (bits: number) => `log scale: addresses 0 to 2^${bits}`,
  capacity: (used: number, usable: string, planned: number) => `${planned} planned ${planned === 1 ? 'node' : 'nodes'}: ${used} of ${usable} ${usable === '1' ? 'block' : 'blocks'} used`,
  capacityShort: (planned: number, usable: string) => `${planned} planned ${planned === 1 ? 'node' : 'nodes'}, ${usable} ${usable === '1' ? 'block' : 'blocks'}: ${planned - Number(usable)} get no podCIDR`,
  taken: (count: string) => `${count} ${count === '1' ? 'block' : 'blocks'} taken by the Service CIDR`,
  notAllocating: 'allocate-node-cidrs is "false": kube-controller-manager hands out no blocks',
  kubernetesIp: 'kubernetes Service IP',
  dnsIp: 'DNS IP',
  serviceIpsElsewhere: (family: string) => `kubernetes Service IP, DNS IP: in the ${family} range`,
  // Highlights, in the diagnostics' words and colours.
  highlight: {
    'service-overlap': (range: string) => `overlaps the Service CIDR ${range}`,
    'pod-overlap': (range: string) => `overlaps the pod CIDR ${range}`,
    reserved: (range: string) => `${range} is in a reserved range`,
    documentation: (range: string) => `in the documentation prefix ${range}`,
    'in-pod-range': (range: string) => `inside the pod CIDR ${range}`,
    'in-service-range': (range: string) => `inside the Service CIDR ${range}`,
  },
  reserved: { unspecified: 'unspecified', loopback: 'loopback', 'link-local': 'link-local', multicast: 'multicast' } as Record<ReservedKind, string>,
  severity: { error: 'error', warning: 'warning', info: 'note' } as Record<'error' | 'warning' | 'info', string>,
  flagged: (severity: string, text: string) => `${severity}: ${text}`,
  // The text alternative.
  tableSummary: (family: string) => `${family} as a table`,
  tableCaption: (family: string) => `${family}: first node blocks, Service IP and DNS IP, node addresses and overlaps`,
  colWhat: 'What',
  colRange: 'Range or address',
  colNote: 'Use or problem',
  rowService: 'Service CIDR',
  rowNode: (node: string) => `Node ${node}`,
  rowPod: 'Pod CIDR',
  none: '—',
  blocksToolbar: (family: string) => `${family} blocks and addresses (arrow keys move)`,
  exportButton: 'Download the picture (SVG)',
  exportTitle: 'Address space of the plan',
  exportFile: 'address-space.svg',
};

export type UiPictureMessages = typeof uiPictureEn;
