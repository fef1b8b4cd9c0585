import { foundValue, s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'hint') === 'type'
      ? `bindPort is ${foundValue(p)}; kubeadm wants a number`
      : s(p, 'hint') === 'not-number' ? 'The API server port (bindPort) is empty or not a number' : s(p, 'hint') === 'zero' ? 'The API server port (bindPort) is 0' : `bindPort ${s(p, 'value')} is not a port number`,
  reads: () => 'kubeadm uses localAPIEndpoint.bindPort as kube-apiserver --secure-port, and each join file reaches the API server at that port.',
  happens: (p) =>
    s(p, 'hint') === 'type'
      ? `kubeadm decodes the file into typed fields before any check, so \`kubeadm init\` stops with "json: cannot unmarshal ${s(p, 'goKind')} into Go struct field APIEndpoint.localAPIEndpoint.bindPort of type int32".`
      : s(p, 'hint') === 'invalid'
        ? '`kubeadm init` stops with "port number is not valid".'
        : 'kubeadm would turn a 0 or missing bindPort into 6443 unseen, but a join file\'s apiServerEndpoint is only split into host and port, so port 0 would reach `kubeadm join`. Until the field holds a port, the files leave bindPort out and write apiServerEndpoint without a port, which `kubeadm join` refuses with "missing port in address".',
  fix: (p) => (s(p, 'hint') === 'type' ? `Write bindPort as a number, without quotes: \`bindPort: ${s(p, 'port') || '6443'}\`.` : 'Use a port from 1 to 65535; 6443 is the default.'),
};
