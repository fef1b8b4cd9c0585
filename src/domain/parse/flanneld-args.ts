// flanneld's command line → the flanneld settings the Plan holds. flanneld parses it with Go's flag package
// (flannel main.go): -name=value, --name=value, -name value and --name value all set a flag, and --iface may be
// given several times (a flagSlice, tried in order). The Plan holds one --iface: the last one given is kept. A value
// over several lines is not read as one.

export interface FlanneldArgs {
  iface?: string;
}

export function readFlanneldArgs(args: readonly unknown[]): FlanneldArgs {
  let iface: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const flag = typeof arg === 'string' ? /^--?iface(?:=(.*))?$/.exec(arg) : null;
    if (!flag) continue;
    if (flag[1] !== undefined) iface = flag[1];
    else if (typeof args[i + 1] === 'string' && !/\n/.test(args[i + 1] as string)) iface = args[++i] as string;
  }
  return iface !== undefined ? { iface } : {};
}
