import { NET_CONF_TEXT, type RuleExample, netConf } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  failing: netConf(NET_CONF_TEXT.replace('"Type": "vxlan"', '"Type": "extension",\n    "PreStartupCommand": "export VNI=1; export IF_NAME=flannel-vxlan"')),
  fixed: null,
};
