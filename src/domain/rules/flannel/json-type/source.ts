export const source = 'flannel pkg/subnet/config.go ParseConfig: Go encoding/json type checks';
