import { NET_CONF_TEXT, type RuleExample, netConf } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  versions: { flannel: '0.22.0' },
  failing: netConf(NET_CONF_TEXT.replace('"Network": "10.244.0.0/16"', '"Networks": ["10.244.0.0/16", "10.245.0.0/16"]')),
  fixed: netConf(NET_CONF_TEXT),
};
