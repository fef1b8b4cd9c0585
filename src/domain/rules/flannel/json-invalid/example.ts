import { NET_CONF_TEXT, type RuleExample, netConf } from '../../example-kit';

export const example: RuleExample = { kind: 'files', failing: netConf(NET_CONF_TEXT.replace('"vxlan"\n', '"vxlan",\n')), fixed: netConf(NET_CONF_TEXT) };
