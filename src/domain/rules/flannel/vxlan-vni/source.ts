// Field limits (issue 17).
export const source = 'Linux drivers/net/vxlan/vxlan_core.c vxlan_validate (VXLAN_N_VID, "VXLAN ID must be lower than 16777216"); flannel pkg/backend/vxlan/vxlan.go names the devices flannel.<VNI> and flannel-v6.<VNI>; Linux IFNAMSIZ 16 (include/uapi/linux/if.h)';
