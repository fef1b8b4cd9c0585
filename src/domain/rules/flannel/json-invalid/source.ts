export const source = 'flannel pkg/subnet/config.go ParseConfig: json.Unmarshal';
