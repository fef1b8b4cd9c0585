import { IFNAMSIZ } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** Linux drivers/net/vxlan/vxlan_core.c vxlan_validate: VXLAN_N_VID, 2^24 ("VXLAN ID must be lower than 16777216"). */
const VXLAN_N_VID = 2 ** 24;

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  device?: string | number;
  hint?: string | number;
  max?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'flannel-vxlan-vni',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.backend.vni'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const vni = ctx.plan.flannel.backend?.vni;
    if (ctx.netConf.backendType !== 'vxlan' || vni === undefined) return [];
    // Go's encoding/json refuses a fraction for the int VNI (parseVXLANConfig: "error decoding VXLAN backend config").
    if (!Number.isInteger(vni)) return [{ params: { value: String(vni), hint: 'not-integer' } }];
    if (vni < 0 || vni >= VXLAN_N_VID) return [{ params: { value: String(vni), hint: 'range', max: VXLAN_N_VID - 1 } }];
    // vxlan.go names the devices flannel.<VNI> and flannel-v6.<VNI>; Linux refuses a name of IFNAMSIZ bytes or more.
    const names = [ctx.netConf.enableIPv4 ? `flannel.${vni}` : '', ctx.netConf.enableIPv6 ? `flannel-v6.${vni}` : ''];
    const long = names.find((name) => name.length >= IFNAMSIZ);
    if (long) return [{ params: { value: String(vni), hint: 'name-too-long', device: long, max: long.startsWith('flannel-v6.') ? 9999 : 9999999 } }];
    return [];
  },
});
