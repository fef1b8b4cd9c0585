export const source = 'flannel pkg/ipmatch/match.go LookupExtIface: both default routes on one interface';
