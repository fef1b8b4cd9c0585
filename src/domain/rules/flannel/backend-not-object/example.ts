import { NET_CONF_TEXT, type RuleExample, netConf } from '../../example-kit';

export const example: RuleExample = { kind: 'files', failing: netConf(NET_CONF_TEXT.replace(/"Backend": \{\n {4}"Type": "vxlan"\n {2}\}/, '"Backend": "vxlan"')), fixed: netConf(NET_CONF_TEXT) };
