import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-api-version/old',
    rule: 'kubeadm-api-version',
    component: 'kubeadm',
    text: 'your configuration file uses an old API spec: %q',
    example: 'your configuration file uses an old API spec: "kubeadm.k8s.io/v1beta2". Please use kubeadm v1.22 instead and run \'kubeadm config migrate --old-config old.yaml --new-config new.yaml\', which will write the new, similar spec using a newer API version.',
    template: 'your configuration file uses an old API spec: "{apiVersion:word}"',
    source: 'kubeadm cmd/kubeadm/app/util/config/common.go validateSupportedVersion',
    params: { 'kubeadm-api-version': { status: 'removed' } },
  },
  {
    id: 'kubeadm-api-version/deprecated',
    rule: 'kubeadm-api-version',
    component: 'kubeadm',
    text: 'your configuration file uses a deprecated API spec: %q',
    example: 'your configuration file uses a deprecated API spec: "kubeadm.k8s.io/v1beta3" (kind: "ClusterConfiguration"). Please use \'kubeadm config migrate --old-config old.yaml --new-config new.yaml\', which will write the new, similar spec using a newer API version.',
    template: 'your configuration file uses a deprecated API spec: "{apiVersion:word}"',
    versions: { kubernetes: { from: '1.31', to: '1.35' } },
    source: 'kubeadm cmd/kubeadm/app/util/config/common.go validateSupportedVersion (PR #125029)',
    params: { 'kubeadm-api-version': { status: 'deprecated' } },
  },
  {
    id: 'kubeadm-api-version/experimental',
    rule: 'kubeadm-api-version',
    component: 'kubeadm',
    text: 'experimental API spec: %q is not allowed',
    example: 'experimental API spec: "kubeadm.k8s.io/v1beta4" is not allowed. You can use the --allow-experimental-api flag if the command supports it.',
    template: 'experimental API spec: "{apiVersion:word}" is not allowed',
    versions: { kubernetes: { from: '1.28', to: '1.30' } },
    source: 'kubeadm cmd/kubeadm/app/util/config/common.go validateSupportedVersion (PR #118866)',
    params: { 'kubeadm-api-version': { status: 'experimental' } },
  },
];
