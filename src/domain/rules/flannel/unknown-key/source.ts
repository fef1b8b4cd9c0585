export const source = 'flannel pkg/subnet/config.go ParseConfig: Go encoding/json ignores unknown keys';
