import { NET_CONF_TEXT, type RuleExample, netConf } from '../../example-kit';

// The wizard leaves EnableNFTables out for a release that lacks it: the key comes only from a file.
export const example: RuleExample = {
  kind: 'files',
  versions: { flannel: '0.24.4' },
  failing: netConf(NET_CONF_TEXT.replace('"Backend"', '"EnableNFTables": true,\n  "Backend"')),
  fixed: netConf(NET_CONF_TEXT),
};
