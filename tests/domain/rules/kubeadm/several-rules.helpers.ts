// What the tests from kubeadm.test.ts share.
import { plan } from '../../../helpers';

export const pod = (podSubnet: string) => plan({ overrides: { podSubnet } });
export const svc = (serviceSubnet: string) => plan({ overrides: { serviceSubnet } });
