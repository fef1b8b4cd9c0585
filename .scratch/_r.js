import ipaddr from "ipaddr.js";
import { EVENT_ID, dump, getScalarValue, parseEvents } from "js-yaml";
// src/domain/cidr.ts
var FAMILIES = ["ipv4", "ipv6"];
var MAX_ADDRESS_LENGTH = 45;
var bitsOf = (family) => family === "ipv4" ? 32 : 128;
function parseIpv4Parts(text) {
	const parts = text.split(".");
	if (parts.length !== 4) return null;
	let value = 0n;
	let leadingZeros = false;
	for (const part of parts) {
		if (!/^[0-9]{1,3}$/.test(part)) return null;
		const n = Number(part);
		if (n > 255) return null;
		if (part.length > 1 && part.startsWith("0")) leadingZeros = true;
		value = value << 8n | BigInt(n);
	}
	return {
		value,
		leadingZeros
	};
}
function parseIpv6(text) {
	if (!/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(":")) return null;
	if (!ipaddr.IPv6.isValid(text)) return null;
	let value = 0n;
	for (const byte of ipaddr.IPv6.parse(text).toByteArray()) value = value << 8n | BigInt(byte);
	return value;
}
/** Parses one IP address. Never throws. */
function parseIp(text, mode = "strict") {
	if (typeof text !== "string" || text.length === 0) return {
		ok: false,
		error: "empty"
	};
	if (text.length > MAX_ADDRESS_LENGTH) return {
		ok: false,
		error: "too-long"
	};
	if (/\s/.test(text)) return {
		ok: false,
		error: "whitespace"
	};
	if (text.includes("%")) return {
		ok: false,
		error: "zone"
	};
	const v4 = parseIpv4Parts(text);
	if (v4) {
		if (v4.leadingZeros && mode === "strict") return {
			ok: false,
			error: "leading-zeros"
		};
		const ip = makeIp("ipv4", v4.value);
		return {
			ok: true,
			ip,
			leadingZeros: v4.leadingZeros,
			canonical: formatIp(ip)
		};
	}
	const v6 = parseIpv6(text);
	if (v6 === null) return {
		ok: false,
		error: "invalid"
	};
	const ip = makeIp("ipv6", v6);
	return {
		ok: true,
		ip,
		leadingZeros: false,
		canonical: formatIp(ip)
	};
}
/** Parses "address/prefix". Never throws. */
function parseCidr(text, mode = "strict") {
	if (typeof text !== "string" || text.length === 0) return {
		ok: false,
		error: "empty"
	};
	if (text.length > 49) return {
		ok: false,
		error: "too-long"
	};
	if (/\s/.test(text)) return {
		ok: false,
		error: "whitespace"
	};
	const slash = text.indexOf("/");
	if (slash < 0) return {
		ok: false,
		error: "no-prefix"
	};
	const address = parseIp(text.slice(0, slash), "lenient");
	if (!address.ok) return {
		ok: false,
		error: address.error
	};
	const prefixText = text.slice(slash + 1);
	const bits = bitsOf(address.ip.family);
	if (!/^[0-9]{1,3}$/.test(prefixText) || Number(prefixText) > bits) return {
		ok: false,
		error: "bad-prefix"
	};
	const prefix = Number(prefixText);
	const base = address.ip.value & netmask(bits, prefix);
	const hostBitsSet = base !== address.ip.value;
	if (mode === "strict") {
		if (address.leadingZeros) return {
			ok: false,
			error: "leading-zeros"
		};
		if (hostBitsSet) return {
			ok: false,
			error: "host-bits"
		};
	}
	const cidr = {
		family: address.ip.family,
		base,
		prefix
	};
	return {
		ok: true,
		cidr,
		hostBitsSet,
		leadingZeros: address.leadingZeros,
		canonical: formatCidr(cidr)
	};
}
function netmask(bits, prefix) {
	return (1n << BigInt(bits)) - 1n ^ (1n << BigInt(bits - prefix)) - 1n;
}
function makeIp(family, value) {
	return {
		family,
		value
	};
}
function formatIp(ip) {
	if (ip.family === "ipv4") {
		const v = ip.value;
		return [
			24n,
			16n,
			8n,
			0n
		].map((shift) => String(v >> shift & 255n)).join(".");
	}
	const bytes = [];
	for (let shift = 120n; shift >= 0n; shift -= 8n) bytes.push(Number(ip.value >> shift & 255n));
	return new ipaddr.IPv6(bytes).toRFC5952String();
}
function formatCidr(cidr) {
	return `${formatIp({
		family: cidr.family,
		value: cidr.base
	})}/${cidr.prefix}`;
}
/** Number of addresses in the CIDR. */
function cidrSize(cidr) {
	return 1n << BigInt(bitsOf(cidr.family) - cidr.prefix);
}
/** The n-th address of the CIDR (0 = network address); null when the CIDR is too small. */
function nthAddress(cidr, n) {
	const offset = BigInt(n);
	if (offset < 0n || offset >= cidrSize(cidr)) return null;
	return formatIp({
		family: cidr.family,
		value: cidr.base + offset
	});
}
var otherFamily = (family) => family === "ipv4" ? "ipv6" : "ipv4";
var familyLabel = (family) => family === "ipv4" ? "IPv4" : "IPv6";
// src/domain/versions.ts
var NEWEST_KUBERNETES = "1.37";
var NEWEST_FLANNEL = "0.28.9";
var V1BETA3 = "kubeadm.k8s.io/v1beta3";
var V1BETA4 = "kubeadm.k8s.io/v1beta4";
/** "1.33", "v1.33.2" → minor 33. Null when not a 1.x version. */
function parseKubernetesVersion(text) {
	const m = /^v?1\.(\d{1,3})(?:\.(\d{1,4}))?(?:[-+][0-9A-Za-z.-]*)?$/.exec(String(text).trim());
	if (!m) return null;
	const minor = Number(m[1]);
	return {
		minor,
		text: `1.${minor}`
	};
}
/** "0.28.9", "v0.28.9" → semver. Null when not x.y.z. */
function parseFlannelVersion(text) {
	const m = /^v?(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:[-+][0-9A-Za-z.-]*)?$/.exec(String(text).trim());
	if (!m) return null;
	return {
		major: Number(m[1]),
		minor: Number(m[2]),
		patch: Number(m[3])
	};
}
function compareSemver(a, b) {
	return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
var formatSemver = (v) => `${v.major}.${v.minor}.${v.patch}`;
/** The apiVersion we generate: v1beta4 from 1.31, v1beta3 before. */
function preferredKubeadmApi(minor) {
	return minor >= 31 ? V1BETA4 : V1BETA3;
}
// src/domain/plan.ts
var DEFAULT_NODE_MASK = {
	ipv4: 24,
	ipv6: 64
};
var DEFAULT_BIND_PORT = 6443;
var DEFAULT_DNS_DOMAIN = "cluster.local";
function defaultPlan() {
	return {
		kubernetesVersion: NEWEST_KUBERNETES,
		flannelVersion: NEWEST_FLANNEL,
		stack: "dual",
		primaryFamily: "ipv4",
		podCidr: {
			ipv4: "10.244.0.0/16",
			ipv6: "fd00:10:244::/56"
		},
		serviceCidr: {
			ipv4: "10.96.0.0/16",
			ipv6: "fd00:10:96::/112"
		},
		nodeMask: {
			ipv4: "24",
			ipv6: "64"
		},
		dnsDomain: DEFAULT_DNS_DOMAIN,
		controlPlaneEndpoint: "",
		advertiseAddress: "",
		bindPort: DEFAULT_BIND_PORT,
		nodes: [{
			name: "cp-1",
			role: "control-plane",
			ipv4: "192.168.10.11",
			ipv6: "fd00:192:168:10::11"
		}],
		flannel: {
			backend: { type: "vxlan" },
			enableNFTables: false,
			iface: ""
		},
		overrides: {}
	};
}
/** The families the stack uses, primary first. */
function stackFamilies(plan) {
	if (plan.stack === "ipv4") return ["ipv4"];
	if (plan.stack === "ipv6") return ["ipv6"];
	return [plan.primaryFamily, otherFamily(plan.primaryFamily)];
}
function orderedList(values, order) {
	return order.map((family) => values[family]).filter((value) => value !== "");
}
function podSubnetOrder(plan) {
	const families = stackFamilies(plan);
	const override = plan.overrides.podSubnetOrder;
	return override && override.length === families.length && families.every((f) => override.includes(f)) ? override : families;
}
function serviceSubnetOrder(plan) {
	const families = stackFamilies(plan);
	const override = plan.overrides.serviceSubnetOrder;
	return override && override.length === families.length && families.every((f) => override.includes(f)) ? override : families;
}
/** ClusterConfiguration networking.podSubnet as kubeadm will read it. */
function podSubnetText(plan) {
	return plan.overrides.podSubnet ?? orderedList(plan.podCidr, podSubnetOrder(plan)).join(",");
}
function serviceSubnetText(plan) {
	return plan.overrides.serviceSubnet ?? orderedList(plan.serviceCidr, serviceSubnetOrder(plan)).join(",");
}
/** kubelet --node-ip for a node: primary family first. */
function nodeIpText(plan, node) {
	if (node.nodeIp !== void 0) return node.nodeIp;
	return stackFamilies(plan).map((family) => node[family]).filter((ip) => ip !== "").join(",");
}
/** The first control-plane node runs kubeadm init. */
function initNode(plan) {
	return plan.nodes.find((node) => node.role === "control-plane") ?? plan.nodes[0];
}
/** Family of the first serviceSubnet entry, when it parses. */
function primaryServiceFamily(plan) {
	const parsed = parseCidr(serviceSubnetText(plan).split(",")[0] ?? "", "lenient");
	return parsed.ok ? parsed.cidr.family : null;
}
/** The advertise address to write: explicit, else the init node's address in the primary Service family. */
function effectiveAdvertiseAddress(plan) {
	if (plan.advertiseAddress !== "") return plan.advertiseAddress;
	if (plan.overrides.advertiseAddressAutoDetect) return "";
	const node = initNode(plan);
	const family = primaryServiceFamily(plan) ?? stackFamilies(plan)[0];
	return node ? node[family] : "";
}
function firstServiceCidr(plan) {
	const parsed = parseCidr(serviceSubnetText(plan).split(",")[0] ?? "", "lenient");
	return parsed.ok ? parsed.cidr : null;
}
/** kubeadm constants.go GetAPIServerVirtualIP: index 1 of the first service CIDR. */
function kubernetesServiceIp(plan) {
	const cidr = firstServiceCidr(plan);
	return cidr ? nthAddress(cidr, 1) : null;
}
/** kubeadm constants.go GetDNSIP: index 10 of the first service CIDR. */
function clusterDnsIp(plan) {
	const cidr = firstServiceCidr(plan);
	return cidr ? nthAddress(cidr, 10) : null;
}
function nodeMaskNumber(plan, family) {
	const text = plan.nodeMask[family].trim();
	if (text === "") return DEFAULT_NODE_MASK[family];
	return /^\d{1,3}$/.test(text) ? Number(text) : null;
}
/** Capacity per family, for families whose pod CIDR and node mask are usable. */
function nodeCapacity(plan) {
	const result = [];
	for (const family of FAMILIES) {
		if (!stackFamilies(plan).includes(family)) continue;
		const parsed = parseCidr(plan.podCidr[family], "lenient");
		const mask = nodeMaskNumber(plan, family);
		if (!parsed.ok || mask === null || parsed.cidr.family !== family) continue;
		if (mask < parsed.cidr.prefix || mask > bitsOf(family)) continue;
		const podIps = 1n << BigInt(bitsOf(family) - mask);
		result.push({
			family,
			podPrefix: parsed.cidr.prefix,
			nodeMask: mask,
			nodeBlocks: 1n << BigInt(mask - parsed.cidr.prefix),
			podIpsPerNode: podIps > 2n ? podIps - 2n : 0n
		});
	}
	return result;
}
/** "host:port" with IPv6 bracketed, as net.SplitHostPort wants it. */
function joinHostPort(host, port) {
	return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}
/** JoinConfiguration apiServerEndpoint: the control-plane endpoint, else the init node's advertise address. */
function joinEndpoint(plan) {
	const endpoint = plan.controlPlaneEndpoint.trim();
	if (endpoint !== "") {
		if (/^\[.*\]:\d+$/.test(endpoint) || !endpoint.includes("[") && /^[^:]+:\d+$/.test(endpoint)) return endpoint;
		return joinHostPort(endpoint.replace(/^\[(.*)\]$/, "$1"), plan.bindPort);
	}
	return joinHostPort(effectiveAdvertiseAddress(plan), plan.bindPort);
}
// src/domain/rules/context.ts
function effectiveNetConf(plan) {
	const { flannel } = plan;
	const families = stackFamilies(plan);
	const enableIPv4 = flannel.enableIPv4 ?? families.includes("ipv4");
	const enableIPv6 = flannel.enableIPv6 ?? families.includes("ipv6");
	const network = flannel.network ?? (enableIPv4 ? plan.podCidr.ipv4 : "");
	const ipv6Network = flannel.ipv6Network ?? (enableIPv6 ? plan.podCidr.ipv6 : "");
	return {
		enableIPv4,
		enableIPv6,
		network,
		ipv6Network,
		networkParse: network === "" ? null : parseCidr(network, "lenient"),
		ipv6NetworkParse: ipv6Network === "" ? null : parseCidr(ipv6Network, "lenient"),
		backendType: flannel.backend === null ? "udp" : flannel.backend.type.toLowerCase(),
		backendMissing: flannel.backend === null
	};
}
function controllerManagerArgs(plan) {
	const args = { ...plan.overrides.controllerManagerArgs ?? {} };
	for (const family of stackFamilies(plan)) {
		const text = plan.nodeMask[family].trim();
		if (text !== "" && text !== String(DEFAULT_NODE_MASK[family])) args[`node-cidr-mask-size-${family}`] = text;
	}
	return args;
}
// src/domain/parse/yaml.ts
var LIMITS = {
	maxDepth: 64,
	maxAliases: 64,
	maxTotalMergeKeys: 64
};
/** For each document, "a.b.0.c" → 1-based line of that key (or sequence item). */
function keyLines(text) {
	const newlines = [];
	for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) newlines.push(i);
	const lineOf = (offset) => {
		let lo = 0;
		let hi = newlines.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (newlines[mid] < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo + 1;
	};
	const docs = [];
	let current = /* @__PURE__ */ new Map();
	const stack = [];
	const join = (base, part) => base === "" ? part : `${base}.${part}`;
	const childPath = (top) => join(top.path, top.kind === "map" ? top.key : String(top.index));
	const advance = () => {
		const top = stack[stack.length - 1];
		if (!top) return;
		if (top.kind === "map") top.expectKey = true;
		else top.index += 1;
	};
	const record = (path, line) => {
		if (!current.has(path)) current.set(path, line);
	};
	for (const event of parseEvents(text, { maxDepth: LIMITS.maxDepth })) switch (event.type) {
		case EVENT_ID.DOCUMENT:
			current = /* @__PURE__ */ new Map();
			docs.push(current);
			stack.length = 0;
			break;
		case EVENT_ID.MAPPING:
		case EVENT_ID.SEQUENCE: {
			const top = stack[stack.length - 1];
			const path = top ? childPath(top) : "";
			if (top) record(path, top.kind === "map" ? top.keyLine : lineOf(event.start));
			stack.push({
				kind: event.type === EVENT_ID.MAPPING ? "map" : "seq",
				path,
				expectKey: true,
				key: "",
				keyLine: 0,
				index: 0
			});
			break;
		}
		case EVENT_ID.SCALAR: {
			const top = stack[stack.length - 1];
			if (!top) break;
			if (top.kind === "map" && top.expectKey) {
				top.key = getScalarValue(text, event);
				top.keyLine = lineOf(event.valueStart);
				top.expectKey = false;
			} else {
				record(childPath(top), top.kind === "map" ? top.keyLine : lineOf(event.valueStart));
				advance();
			}
			break;
		}
		case EVENT_ID.ALIAS:
			advance();
			break;
		case EVENT_ID.POP: if (stack.length > 0) {
			stack.pop();
			advance();
		}
	}
	return docs;
}
// src/domain/render/yaml-writer.ts
/** One comment line per text line; control characters and line separators cannot escape the "#". */
function commentLines(text, indent) {
	return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029]/g, " ").split("\n").map((line) => `${indent}# ${line}`.trimEnd());
}
function renderYaml(documents) {
	const out = [];
	const annotations = [];
	documents.forEach((doc, index) => {
		if (index > 0) out.push("---");
		const body = dump(doc.value, {
			lineWidth: -1,
			noRefs: true
		}).replace(/\n$/, "").split("\n");
		const lines = keyLines(body.join("\n"))[0] ?? /* @__PURE__ */ new Map();
		const before = /* @__PURE__ */ new Map();
		for (const [path, comment] of Object.entries(doc.comments ?? {})) {
			const line = path === "" ? 1 : lines.get(path);
			if (line === void 0) continue;
			before.set(line, [...before.get(line) ?? [], comment]);
		}
		body.forEach((line, i) => {
			const comments = before.get(i + 1) ?? [];
			const indent = /^\s*(- )?/.exec(line)[0].replace("- ", "  ");
			for (const comment of comments) out.push(...commentLines(comment.text, indent));
			out.push(line);
			for (const comment of comments) annotations.push({
				line: out.length,
				topic: comment.topic,
				text: comment.text
			});
		});
	});
	return {
		text: `${out.join("\n")}\n`,
		annotations
	};
}
// src/domain/render/flannel.ts
var canonical = (text) => {
	const parsed = parseCidr(text, "lenient");
	return parsed.ok ? parsed.canonical : text;
};
function flannelVersion(plan) {
	return parseFlannelVersion(plan.flannelVersion) ?? parseFlannelVersion("0.28.9");
}
var atLeast = (plan, version) => compareSemver(flannelVersion(plan), parseFlannelVersion(version)) >= 0;
var flannelTag = (plan) => `v${formatSemver(flannelVersion(plan))}`;
/** kube-flannel from v0.19.0 (commit d6ad1c1e), kube-system before. */
var flannelNamespace = (plan) => atLeast(plan, "0.19.0") ? "kube-flannel" : "kube-system";
var BACKEND_JSON = [
	["vni", "VNI"],
	["port", "Port"],
	["mtu", "MTU"],
	["gbp", "GBP"],
	["learning", "Learning"],
	["directRouting", "DirectRouting"],
	["listenPort", "ListenPort"],
	["listenPortV6", "ListenPortV6"],
	["persistentKeepaliveInterval", "PersistentKeepaliveInterval"],
	["mode", "Mode"],
	["psk", "PSK"],
	["udpEncap", "UDPEncap"]
];
/** The net-conf.json object Flannel should read for this plan. */
function netConfObject(plan) {
	const net = effectiveNetConf(plan);
	const conf = {};
	if (net.enableIPv4 && net.network !== "") conf.Network = canonical(net.network);
	if (!net.enableIPv4) conf.EnableIPv4 = false;
	if (net.enableIPv6) {
		conf.EnableIPv6 = true;
		if (net.ipv6Network !== "") conf.IPv6Network = canonical(net.ipv6Network);
	}
	if (atLeast(plan, "0.25.0")) conf.EnableNFTables = plan.flannel.enableNFTables;
	if (plan.flannel.backend !== null) {
		const backend = { Type: plan.flannel.backend.type };
		for (const [field, key] of BACKEND_JSON) {
			const value = plan.flannel.backend[field];
			if (value !== void 0 && value !== "") backend[key] = value;
		}
		conf.Backend = backend;
	}
	for (const [field, key] of [
		["subnetLen", "SubnetLen"],
		["subnetMin", "SubnetMin"],
		["subnetMax", "SubnetMax"],
		["ipv6SubnetLen", "IPv6SubnetLen"],
		["ipv6SubnetMin", "IPv6SubnetMin"],
		["ipv6SubnetMax", "IPv6SubnetMax"]
	]) if (plan.flannel[field] !== void 0) conf[key] = plan.flannel[field];
	return conf;
}
function netConfText(plan) {
	return `${JSON.stringify(netConfObject(plan), null, 2)}\n`;
}
function netConfAnnotations(plan, text, offset = 0) {
	const net = effectiveNetConf(plan);
	const lineOf = (key) => {
		const index = text.split("\n").findIndex((line) => line.trimStart().startsWith(`"${key}"`));
		return index < 0 ? null : index + 1 + offset;
	};
	const notes = [];
	if (net.enableIPv6 && net.enableIPv4) notes.push([
		"IPv6Network",
		"Dual-stack: Flannel reads the IPv4 pod network from Network and the IPv6 one from IPv6Network; the order in podSubnet does not matter to it from v0.20.2. Without EnableIPv6 and IPv6Network, Flannel fails, crashes or silently drops IPv6, depending on the version.",
		"net-conf-dual-stack"
	]);
	if (!net.enableIPv4) notes.push([
		"EnableIPv4",
		"IPv6-only: EnableIPv4 must be false (v0.17.0+), or Flannel looks for an IPv4 network and fails.",
		"net-conf-ipv6-only"
	]);
	notes.push([
		"Backend",
		`Backend ${plan.flannel.backend?.type ?? "udp (no Backend key)"}: only vxlan, host-gw and wireguard carry IPv6.`,
		"net-conf-backend"
	]);
	return notes.flatMap(([key, annotation, topic]) => {
		const line = lineOf(key);
		return line ? [{
			line,
			text: annotation,
			topic
		}] : [];
	});
}
function renderNetConf(plan) {
	const content = netConfText(plan);
	return {
		name: "net-conf.json",
		content,
		mediaType: "application/json",
		annotations: netConfAnnotations(plan, content)
	};
}
var CNI_CONF = {
	name: "cbr0",
	cniVersion: "0.3.1",
	plugins: [{
		type: "flannel",
		delegate: {
			hairpinMode: true,
			isDefaultGateway: true
		}
	}, {
		type: "portmap",
		capabilities: { portMappings: true }
	}]
};
function renderConfigMap(plan) {
	const namespace = flannelNamespace(plan);
	const { text, annotations } = renderYaml([{
		value: {
			apiVersion: "v1",
			kind: "ConfigMap",
			metadata: {
				name: "kube-flannel-cfg",
				namespace,
				labels: {
					app: "flannel",
					"k8s-app": "flannel",
					tier: "node"
				}
			},
			data: {
				"cni-conf.json": `${JSON.stringify(CNI_CONF, null, 2)}\n`,
				"net-conf.json": netConfText(plan)
			}
		},
		comments: {
			"metadata.namespace": {
				text: `Flannel ${flannelTag(plan)} runs in ${namespace} (kube-flannel from v0.19.0, kube-system before).`,
				topic: "flannel-namespace"
			},
			"data.net-conf.json": {
				text: "Apply after kube-flannel.yml (kubectl apply -f kube-flannel-cfg.yaml), then restart the DaemonSet so Flannel rereads it.",
				topic: "net-conf-apply"
			}
		}
	}]);
	const netLine = annotations.find((a) => a.topic === "net-conf-apply")?.line ?? 0;
	return {
		name: "kube-flannel-cfg.yaml",
		content: text,
		mediaType: "application/yaml",
		annotations: [...annotations, ...netConfAnnotations(plan, netConfText(plan), netLine)]
	};
}
function manifestUrl(plan) {
	return `https://raw.githubusercontent.com/flannel-io/flannel/${flannelTag(plan)}/Documentation/kube-flannel.yml`;
}
function renderKustomization(plan) {
	const patch = dump([{
		op: "replace",
		path: "/data/net-conf.json",
		value: netConfText(plan)
	}], { lineWidth: -1 });
	const { text, annotations } = renderYaml([{
		value: {
			apiVersion: "kustomize.config.k8s.io/v1beta1",
			kind: "Kustomization",
			resources: [manifestUrl(plan)],
			patches: [{
				target: {
					kind: "ConfigMap",
					name: "kube-flannel-cfg"
				},
				patch
			}]
		},
		comments: {
			resources: {
				text: `The upstream kube-flannel.yml of Flannel ${flannelTag(plan)}, pinned. Apply with: kubectl apply -k .`,
				topic: "kustomize"
			},
			patches: {
				text: "Replaces net-conf.json in the kube-flannel-cfg ConfigMap with the one for this plan.",
				topic: "net-conf-dual-stack"
			}
		}
	}]);
	return {
		name: "kustomization.yaml",
		content: text,
		mediaType: "application/yaml",
		annotations
	};
}
function renderHelmValues(plan) {
	const net = effectiveNetConf(plan);
	const backend = plan.flannel.backend;
	const flannel = {
		image: { tag: flannelTag(plan) },
		backend: backend?.type ?? "udp"
	};
	if (backend?.port !== void 0) flannel.backendPort = backend.port;
	if (backend?.listenPort !== void 0) flannel.backendPort = backend.listenPort;
	if (backend?.listenPortV6 !== void 0) flannel.backendPortv6 = backend.listenPortV6;
	if (backend?.mtu !== void 0) flannel.mtu = backend.mtu;
	if (backend?.vni !== void 0) flannel.vni = backend.vni;
	if (backend?.gbp !== void 0) flannel.GBP = backend.gbp;
	if (backend?.directRouting !== void 0) flannel.directRouting = backend.directRouting;
	if (backend?.mode !== void 0 && backend.mode !== "") flannel.tunnelMode = backend.mode;
	if (backend?.persistentKeepaliveInterval !== void 0) flannel.keepaliveInterval = backend.persistentKeepaliveInterval;
	if (backend?.psk !== void 0 && backend.psk !== "") flannel.psk = backend.psk;
	flannel.enableNFTables = plan.flannel.enableNFTables;
	flannel.args = [
		"--ip-masq",
		"--kube-subnet-mgr",
		...plan.flannel.iface ? [`--iface=${plan.flannel.iface}`] : []
	];
	const { text, annotations } = renderYaml([{
		value: {
			podCidr: net.enableIPv4 ? canonical(net.network) : "",
			podCidrv6: net.enableIPv6 ? canonical(net.ipv6Network) : "",
			flannel
		},
		comments: { podCidr: {
			text: `Values for Flannel's Helm chart (chart/kube-flannel): podCidr is Network, podCidrv6 is IPv6Network and turns on EnableIPv6; an empty podCidr sets EnableIPv4 false. helm install flannel flannel/flannel --version ${flannelTag(plan)} -n ${flannelNamespace(plan)} -f flannel-values.yaml`,
			topic: "helm-values"
		} }
	}]);
	return {
		name: "flannel-values.yaml",
		content: text,
		mediaType: "application/yaml",
		annotations
	};
}
// src/domain/render/kubeadm.ts
/** Canonical form of each piece that parses; anything else stays as written so its error stays visible. */
function canonicalList(text) {
	if (text === "") return "";
	return text.split(",").map((piece) => {
		const parsed = parseCidr(piece, "lenient");
		return parsed.ok ? parsed.canonical : piece;
	}).join(",");
}
var canonicalIps = (text) => text.split(",").map((piece) => {
	const parsed = parseIp(piece.trim(), "lenient");
	return parsed.ok ? parsed.canonical : piece;
}).join(",");
function listFamilies(text) {
	return text.split(",").flatMap((piece) => {
		const parsed = parseCidr(piece, "lenient");
		return parsed.ok ? [parsed.cidr.family] : [];
	});
}
/** v1beta4 wants [{name, value}], v1beta3 a map (kubeadm types.go). */
function extraArgs(apiVersion, args) {
	const entries = Object.entries(args);
	return apiVersion === "kubeadm.k8s.io/v1beta4" ? entries.map(([name, value]) => ({
		name,
		value
	})) : Object.fromEntries(entries);
}
function kubernetesVersionText(plan) {
	const parsed = parseKubernetesVersion(plan.kubernetesVersion);
	return parsed ? `v${parsed.text}.0` : plan.kubernetesVersion;
}
function kubeadmApiVersion(plan) {
	return preferredKubeadmApi(parseKubernetesVersion(plan.kubernetesVersion)?.minor ?? 37);
}
function podSubnetComment(plan) {
	const families = listFamilies(podSubnetText(plan));
	if (families.length !== 2) return null;
	const [first, second] = families;
	const flannel = parseFlannelVersion(plan.flannelVersion);
	const fixed = flannel ? compareSemver(flannel, parseFlannelVersion("0.20.2")) >= 0 : true;
	const services = primaryServiceFamily(plan);
	let text = `${familyLabel(first)} listed first: kube-controller-manager gives each node one block per entry, in this order, and node.spec.podCIDR is the ${familyLabel(first)} block.`;
	if (first === "ipv6") text += fixed ? ` Flannel v0.20.2 and later pick the blocks by family, so this works; older versions crash with "Address is not an IPv4 address".` : ` Flannel v${plan.flannelVersion} reads node.spec.podCIDR as IPv4 and crashes with "Address is not an IPv4 address": upgrade to v0.20.2 or later, or list ${familyLabel(second)} first.`;
	else if (services === "ipv6") text += " IPv4 stays first here while Services prefer IPv6: this keeps Flannel before v0.20.2 working (it reads node.spec.podCIDR as IPv4).";
	else text += " Listing IPv6 first would crash Flannel before v0.20.2 with \"Address is not an IPv4 address\".";
	return {
		text,
		topic: "pod-subnet-order"
	};
}
function serviceSubnetComment(plan) {
	const families = listFamilies(serviceSubnetText(plan));
	if (families.length === 0) return null;
	const first = families[0];
	const ips = `kubernetes Service ${kubernetesServiceIp(plan) ?? "?"}, cluster DNS ${clusterDnsIp(plan) ?? "?"}`;
	return {
		text: families.length === 2 ? `${familyLabel(first)} listed first: the default family of new Services, and the family of the ${ips} (1st and 10th addresses). advertiseAddress must be ${familyLabel(first)} too, or kube-apiserver refuses to start.` : `The ${ips} (1st and 10th addresses) come from this range.`,
		topic: "service-subnet-order"
	};
}
function masksComment(plan) {
	const parts = nodeCapacity(plan).map((c) => `${familyLabel(c.family)} /${c.nodeMask}: ${c.nodeBlocks} node blocks of ${c.podIpsPerNode} pod IPs (2^(${c.nodeMask}-${c.podPrefix}) nodes)`);
	return parts.length ? {
		text: `Each node gets one block per family. ${parts.join("; ")}.`,
		topic: "node-masks"
	} : null;
}
function nodeIpComment(plan, node) {
	const text = nodeIpText(plan, node);
	const first = parseIp(text.split(",")[0]?.trim() ?? "", "lenient");
	if (!text.includes(",") || !first.ok) return null;
	return {
		text: `${familyLabel(first.ip.family)} first: kubelet's primary InternalIP, and the family of hostNetwork pods' first IP. Both families must be listed for a dual-stack node.`,
		topic: "node-ip-order"
	};
}
function kubeletArgs(plan, node) {
	const args = {};
	const ips = nodeIpText(plan, node);
	if (ips !== "") args["node-ip"] = canonicalIps(ips);
	if (plan.overrides.cloudProvider) args["cloud-provider"] = plan.overrides.cloudProvider;
	return args;
}
function nodeRegistration(plan, apiVersion, node) {
	const registration = { name: node.name };
	const args = kubeletArgs(plan, node);
	if (Object.keys(args).length) registration.kubeletExtraArgs = extraArgs(apiVersion, args);
	return registration;
}
var argPath = (apiVersion, base, name, names) => apiVersion === "kubeadm.k8s.io/v1beta4" ? `${base}.${names.indexOf(name)}` : `${base}.${name}`;
function renderKubeadmConfig(plan) {
	const apiVersion = kubeadmApiVersion(plan);
	const node = initNode(plan) ?? {
		name: "control-plane",
		role: "control-plane",
		ipv4: "",
		ipv6: ""
	};
	const advertise = effectiveAdvertiseAddress(plan);
	const init = {
		apiVersion,
		kind: "InitConfiguration"
	};
	if (advertise !== "") init.localAPIEndpoint = {
		advertiseAddress: canonicalIps(advertise),
		bindPort: plan.bindPort
	};
	init.nodeRegistration = nodeRegistration(plan, apiVersion, node);
	const initComments = {};
	const serviceFamily = primaryServiceFamily(plan);
	if (advertise !== "" && serviceFamily) initComments["localAPIEndpoint.advertiseAddress"] = {
		text: `${familyLabel(serviceFamily)}, like the first serviceSubnet entry: kube-apiserver requires it ("service IP family ... must match public address family"). Without it kubeadm detects an address and prefers IPv4.`,
		topic: "advertise-family"
	};
	const ipComment = nodeIpComment(plan, node);
	const kubeletNames = Object.keys(kubeletArgs(plan, node));
	if (ipComment) initComments[argPath(apiVersion, "nodeRegistration.kubeletExtraArgs", "node-ip", kubeletNames)] = ipComment;
	const networking = {};
	const pod = canonicalList(podSubnetText(plan));
	if (pod !== "") networking.podSubnet = pod;
	networking.serviceSubnet = canonicalList(serviceSubnetText(plan));
	networking.dnsDomain = plan.dnsDomain;
	const cluster = {
		apiVersion,
		kind: "ClusterConfiguration",
		kubernetesVersion: kubernetesVersionText(plan)
	};
	if (plan.controlPlaneEndpoint !== "") cluster.controlPlaneEndpoint = plan.controlPlaneEndpoint;
	cluster.networking = networking;
	const managerArgs = controllerManagerArgs(plan);
	if (Object.keys(managerArgs).length) cluster.controllerManager = { extraArgs: extraArgs(apiVersion, managerArgs) };
	const clusterComments = { kubernetesVersion: {
		text: "Set the exact patch release you install; kubeadm deploys this version of the control plane.",
		topic: "kubernetes-version"
	} };
	const podComment = podSubnetComment(plan);
	const masks = masksComment(plan);
	if (masks && cluster.controllerManager) clusterComments.controllerManager = masks;
	const podText = [podComment?.text, cluster.controllerManager ? void 0 : masks?.text].filter(Boolean).join("\n");
	if (podText) clusterComments["networking.podSubnet"] = {
		text: podText,
		topic: podComment?.topic ?? "node-masks"
	};
	const serviceComment = serviceSubnetComment(plan);
	if (serviceComment) clusterComments["networking.serviceSubnet"] = serviceComment;
	const documents = [{
		value: init,
		comments: initComments
	}, {
		value: cluster,
		comments: clusterComments
	}];
	if (plan.overrides.kubeProxyClusterCidr !== void 0) documents.push({
		value: {
			apiVersion: "kubeproxy.config.k8s.io/v1alpha1",
			kind: "KubeProxyConfiguration",
			clusterCIDR: plan.overrides.kubeProxyClusterCidr
		},
		comments: { clusterCIDR: {
			text: "kube-proxy treats traffic from outside this range as external. kubeadm fills in podSubnet when this is absent.",
			topic: "kube-proxy-cluster-cidr"
		} }
	});
	const { text, annotations } = renderYaml(documents);
	return {
		name: "kubeadm-config.yaml",
		content: text,
		mediaType: "application/yaml",
		annotations
	};
}
var TOKEN_PLACEHOLDER = "REPLACE-WITH-TOKEN";
var CA_HASH_PLACEHOLDER = "sha256:REPLACE-WITH-CA-CERT-HASH";
var CERT_KEY_PLACEHOLDER = "REPLACE-WITH-CERTIFICATE-KEY";
function joinFileName(node) {
	return `join-${node.name.replace(/[^a-z0-9.-]/gi, "_") || "node"}.yaml`;
}
/** One JoinConfiguration per node after the init node. */
function renderJoinConfigs(plan) {
	const apiVersion = kubeadmApiVersion(plan);
	const first = initNode(plan);
	const serviceFamily = primaryServiceFamily(plan) ?? stackFamilies(plan)[0];
	return plan.nodes.filter((node) => node !== first).map((node) => {
		const join = {
			apiVersion,
			kind: "JoinConfiguration",
			discovery: { bootstrapToken: {
				apiServerEndpoint: node.joinEndpoint ?? joinEndpoint(plan),
				token: TOKEN_PLACEHOLDER,
				caCertHashes: [CA_HASH_PLACEHOLDER]
			} },
			nodeRegistration: nodeRegistration(plan, apiVersion, node)
		};
		const comments = {
			"discovery.bootstrapToken.apiServerEndpoint": {
				text: "host:port of the API server; an IPv6 address needs brackets, e.g. [fd00::1]:6443.",
				topic: "join-endpoint"
			},
			"discovery.bootstrapToken.token": {
				text: "Placeholders: run `kubeadm token create --print-join-command` on the first control-plane node and copy the token and the sha256 hash from its output.",
				topic: "join-placeholders"
			}
		};
		const ipComment = nodeIpComment(plan, node);
		if (ipComment) comments[argPath(apiVersion, "nodeRegistration.kubeletExtraArgs", "node-ip", Object.keys(kubeletArgs(plan, node)))] = ipComment;
		if (node.role === "control-plane") {
			const address = node[serviceFamily];
			join.controlPlane = {
				...address ? { localAPIEndpoint: {
					advertiseAddress: canonicalIps(address),
					bindPort: plan.bindPort
				} } : {},
				certificateKey: CERT_KEY_PLACEHOLDER
			};
			comments["controlPlane.certificateKey"] = {
				text: "Placeholder: run `kubeadm init phase upload-certs --upload-certs` on the first control-plane node and copy the key it prints.",
				topic: "join-placeholders"
			};
			if (address) comments["controlPlane.localAPIEndpoint.advertiseAddress"] = {
				text: `${familyLabel(serviceFamily)}, like the first serviceSubnet entry.`,
				topic: "advertise-family"
			};
		}
		const { text, annotations } = renderYaml([{
			value: join,
			comments
		}]);
		return {
			name: joinFileName(node),
			content: text,
			mediaType: "application/yaml",
			annotations
		};
	});
}
// src/domain/render/next-steps.ts
var inline = (text) => `\`${text.replace(/[`\r\n]/g, " ")}\``;
function renderNextSteps(plan) {
	const families = stackFamilies(plan);
	const net = effectiveNetConf(plan);
	const first = initNode(plan);
	const others = plan.nodes.filter((node) => node !== first);
	const ns = flannelNamespace(plan);
	const sysctls = [
		...families.includes("ipv4") ? ["net.ipv4.ip_forward = 1"] : [],
		...families.includes("ipv6") ? ["net.ipv6.conf.all.forwarding = 1", "net.ipv6.conf.default.forwarding = 1"] : [],
		"net.bridge.bridge-nf-call-iptables = 1",
		...families.includes("ipv6") ? ["net.bridge.bridge-nf-call-ip6tables = 1"] : []
	];
	const lines = [
		"# Next steps",
		"",
		`Plan: ${families.map(familyLabel).join(" + ")}${families.length === 2 ? ` dual-stack, ${familyLabel(families[0])} primary` : " only"}; Kubernetes ${plan.kubernetesVersion}, Flannel ${flannelTag(plan)}.`,
		`podSubnet ${inline(canonicalList(podSubnetText(plan)))}, serviceSubnet ${inline(canonicalList(serviceSubnetText(plan)))}; kubernetes Service ${inline(kubernetesServiceIp(plan) ?? "?")}, cluster DNS ${inline(clusterDnsIp(plan) ?? "?")}.`,
		"",
		"## 1. Prepare every node",
		"",
		"Load br_netfilter and turn on forwarding (kubeadm preflight checks forwarding per family; Flannel v0.26.0+ checks br_netfilter):",
		"",
		"```sh",
		"cat <<EOF | sudo tee /etc/modules-load.d/k8s.conf",
		"overlay",
		"br_netfilter",
		"EOF",
		"sudo modprobe overlay",
		"sudo modprobe br_netfilter",
		"cat <<EOF | sudo tee /etc/sysctl.d/k8s.conf",
		...sysctls,
		"EOF",
		"sudo sysctl --system",
		"```",
		"",
		...families.length === 2 ? [
			"Each node needs an IPv4 and an IPv6 address on its main interface, and IPv4 and IPv6 default routes through that same interface (Flannel uses the default-route interface). Check:",
			"",
			"```sh",
			"ip -4 route show default; ip -6 route show default",
			"```",
			""
		] : [],
		"Install a container runtime, kubelet, kubeadm and kubectl as in the kubeadm installation guide.",
		"",
		`## 2. Initialise the first control-plane node${first ? ` (${inline(first.name)})` : ""}`,
		"",
		"Copy `kubeadm-config.yaml` to it, set the exact patch release in `kubernetesVersion`, then:",
		"",
		"```sh",
		"sudo kubeadm init --config kubeadm-config.yaml --upload-certs",
		"mkdir -p $HOME/.kube && sudo cp /etc/kubernetes/admin.conf $HOME/.kube/config && sudo chown $(id -u):$(id -g) $HOME/.kube/config",
		"```",
		"",
		"## 3. Install Flannel",
		"",
		"Either apply the pinned upstream manifest with this plan's net-conf.json (kustomize):",
		"",
		"```sh",
		"kubectl apply -k .   # the folder holding kustomization.yaml",
		"```",
		"",
		"or apply the upstream manifest and then replace its ConfigMap:",
		"",
		"```sh",
		`kubectl apply -f ${manifestUrl(plan)}`,
		"kubectl apply -f kube-flannel-cfg.yaml",
		`kubectl -n ${ns} rollout restart daemonset/kube-flannel-ds`,
		"```",
		"",
		`or use Helm with \`flannel-values.yaml\` (see the comment at its top). The stock manifest is IPv4-only: ${net.enableIPv6 ? "without this net-conf.json Flannel fails, crashes or silently drops IPv6, depending on the version." : "this plan needs no change beyond Network."}`,
		"",
		"`net-conf.json` cannot carry comments, so here is what it says:",
		"",
		...net.enableIPv4 ? [`- \`Network\` ${inline(net.network)}: the IPv4 pod network; it must contain the IPv4 podSubnet entry.`] : ["- `EnableIPv4: false`: IPv6-only; without it Flannel looks for an IPv4 network and fails."],
		...net.enableIPv6 ? [`- \`EnableIPv6: true\` and \`IPv6Network\` ${inline(net.ipv6Network)}: the IPv6 pod network. Flannel v0.20.2 and later pick each node's blocks by family, so the podSubnet order does not matter to them; older versions need IPv4 first.`] : [],
		`- \`Backend\` ${inline(plan.flannel.backend?.type ?? "udp")}: ${net.enableIPv6 ? "vxlan, host-gw and wireguard carry IPv6; other backends do not." : "the encapsulation between nodes."}`,
		"",
		"Wait until Flannel runs on the node:",
		"",
		"```sh",
		`kubectl -n ${ns} rollout status daemonset/kube-flannel-ds`,
		"```",
		""
	];
	if (others.length) {
		lines.push("## 4. Join the other nodes", "");
		lines.push("On the first control-plane node, print a token and the CA hash (and, for control-plane nodes, a certificate key):", "");
		lines.push("```sh", "kubeadm token create --print-join-command", ...others.some((n) => n.role === "control-plane") ? ["sudo kubeadm init phase upload-certs --upload-certs"] : [], "```", "");
		lines.push("Put the values in place of the REPLACE-WITH-… placeholders, copy each file to its node and run:", "");
		lines.push("```sh");
		for (const node of others) lines.push(`sudo kubeadm join --config ${joinFileName(node)}   # on ${node.name.replace(/[\r\n]/g, " ")} (${node.role})`);
		lines.push("```", "");
	}
	const step = others.length ? 5 : 4;
	lines.push(`## ${step}. Check`, "");
	lines.push("Every node should list a podCIDR per family and its node IPs:", "");
	lines.push("```sh");
	lines.push("kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name}{\"\\t\"}{.spec.podCIDRs}{\"\\t\"}{.status.addresses}{\"\\n\"}{end}'");
	lines.push("```", "");
	if (families.length === 2) {
		lines.push("Then a dual-stack Service should get one address per family:", "");
		lines.push("```sh");
		lines.push("kubectl create deployment dual-test --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- /agnhost netexec --http-port=8080");
		lines.push("kubectl expose deployment dual-test --port=80 --target-port=8080 --overrides='{\"spec\":{\"ipFamilyPolicy\":\"RequireDualStack\"}}'");
		lines.push("kubectl get service dual-test -o jsonpath='{.spec.clusterIPs}{\"\\n\"}'");
		lines.push("kubectl get pods -l app=dual-test -o jsonpath='{.items[*].status.podIPs}{\"\\n\"}'");
		lines.push("```", "");
		lines.push("`clusterIPs` lists the primary family first. Remove the test with `kubectl delete service,deployment dual-test`.", "");
	}
	if (first) lines.push(`The first node's node-ip is ${inline(nodeIpText(plan, first))}.`, "");
	return {
		name: "NEXT-STEPS.md",
		content: lines.join("\n"),
		mediaType: "text/markdown",
		annotations: []
	};
}
// src/domain/render/files.ts
function renderAll(plan) {
	return [
		renderKubeadmConfig(plan),
		...renderJoinConfigs(plan),
		renderNetConf(plan),
		renderConfigMap(plan),
		renderKustomization(plan),
		renderHelmValues(plan),
		renderNextSteps(plan)
	];
}
// scripts/_r.ts
var p = defaultPlan();
p.primaryFamily = "ipv6";
p.nodes.push({
	name: "w-1",
	role: "worker",
	ipv4: "192.168.10.21",
	ipv6: "fd00:192:168:10::21"
}, {
	name: "cp-2",
	role: "control-plane",
	ipv4: "192.168.10.12",
	ipv6: "fd00:192:168:10::12"
});
for (const f of renderAll(p)) {
	console.log("=====", f.name);
	console.log(f.content);
	console.log(JSON.stringify(f.annotations.map((a) => [a.line, a.topic])));
}
export {};
