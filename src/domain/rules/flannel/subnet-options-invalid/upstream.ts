import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  ...(
    [
      ['subnet-len', 'SubnetLen must be less than /31', 'SubnetLen must be less than /{:int}'],
      ['four-subnets', 'Network must be able to accommodate at least four subnets', 'Network must be able to accommodate at least four subnets'],
      ['too-small', 'Network is too small. Minimum useful network prefix is /28', 'Network is too small. Minimum useful network prefix is /28'],
      ['min-range', 'SubnetMin is not in the range of the Network', 'SubnetMin is not in the range of the Network'],
      ['max-range', 'SubnetMax is not in the range of the Network', 'SubnetMax is not in the range of the Network'],
      ['min-boundary', 'SubnetMin is not on a SubnetLen boundary: %v', 'SubnetMin is not on a SubnetLen boundary: {value:ip}'],
      ['max-boundary', 'SubnetMax is not on a SubnetLen boundary: %v', 'SubnetMax is not on a SubnetLen boundary: {value:ip}'],
      ['v6-too-small', 'IPv6Network is too small. Minimum useful network prefix is /124', 'IPv6Network is too small. Minimum useful network prefix is /124'],
      ['v6-min-range', 'IPv6SubnetMin is not in the range of the IPv6Network', 'IPv6SubnetMin is not in the range of the IPv6Network'],
      ['v6-max-range', 'IPv6SubnetMax is not in the range of the IPv6Network', 'IPv6SubnetMax is not in the range of the IPv6Network'],
      ['v6-min-boundary', 'IPv6SubnetMin is not on a SubnetLen boundary: %v', 'IPv6SubnetMin is not on a SubnetLen boundary: {value:ip}'],
      ['v6-max-boundary', 'IPv6SubnetMax is not on a SubnetLen boundary: %v', 'IPv6SubnetMax is not on a SubnetLen boundary: {value:ip}'],
    ] as const
  ).map(
    ([key, text, template]): UpstreamMessage => ({
      id: `flannel-subnet-options-invalid/${key}`,
      rule: 'flannel-subnet-options-invalid',
      component: 'flannel',
      text,
      example: `Failed to create SubnetManager: error parsing subnet config: ${text.replace('%v', key.includes('v6') ? 'fd00:10:244::1:0' : '10.244.1.128')}`,
      template,
      versions: { flannel: { to: '0.19.2' } },
      source: 'flannel subnet/config.go ParseConfig (v0.19.2 and earlier; moved to CheckNetworkConfig by commit f174fe93, v0.20.0)',
    }),
  ),
];
