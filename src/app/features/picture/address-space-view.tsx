// The address-space picture: one drawing per family of the stack, side by side, from the domain's model
// (addressSpace, src/domain/address-space.ts). The drawing is an SVG with role="img" and a name stating the CIDR and
// the capacity; over it, one button per block, Service address and node address (one tab stop, arrow keys move)
// gives the range and use on focus or hover; a table under each drawing is the text alternative.
import { type KeyboardEvent, type ReactNode, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Highlight, NodeBlock } from '../../../domain/address-space';
import type { Plan } from '../../../domain/plan';
import { type UiPictureMessages, uiPictureEn } from '../../../content/ui-picture.en';
import { uiPictureZh } from '../../../content/ui-picture.zh';
import { download } from '../../shared/download';
import type { PictureFamily as FamilyAddressSpace } from '../../engine/protocol';
import { useI18n } from '../../shared/i18n';
import { useAnswer } from '../../engine/client';
import { pictureSvg } from './export-svg';
import { countText, drawsEveryBlock, logTicks, scaleFor, span } from './layout';
import './address-space.css';

const LINE = 16;
const BAR = 32;
const SERVICE_BAR = 20;
const MAX_NODES = 6;
/** Roughly 7 px per Latin character and 12 px per Chinese one at 12 px: labels are cut to fit rather than drawn past the picture's edge. */
const fit = (text: string, px: number): string => {
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    used += /[\u2e80-\u9fff\uff00-\uffef]/.test(text[i]!) ? 12 : 7;
    if (used > px) return `${text.slice(0, Math.max(0, i - 1))}…`;
  }
  return text;
};
const clip = (text: string): string => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

interface Hotspot {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
}

interface Drawing {
  name: string;
  height: number;
  shapes: ReactNode[];
  hotspots: Hotspot[];
}

function highlightText(words: UiPictureMessages, h: Highlight): string {
  const text = words.highlight[h.kind](h.range);
  return words.flagged(words.severity[h.severity], h.special ? `${text} (${words.reserved[h.special]})` : text);
}

const worst = (list: Highlight[]): 'error' | 'warning' | null =>
  list.some((h) => h.severity === 'error') ? 'error' : list.some((h) => h.severity === 'warning') ? 'warning' : null;

export function pictureName(model: FamilyAddressSpace, words: UiPictureMessages, maskText: string): string {
  const family = model.label;
  if (!model.pod) return words.nameNoPod(family);
  if (!model.pod.cut) return words.nameNoCut(family, model.pod.cidr, maskText);
  return words.name(family, model.pod.cidr, countText(model.pod.cut.total), model.pod.cut.nodeMask, model.pod.cut.used);
}

function blockUse(words: UiPictureMessages, block: NodeBlock): string {
  return block.planned ? words.usePlanned : words.useFree;
}

function blockLabel(words: UiPictureMessages, block: NodeBlock, last = false): string {
  const order = countText(block.order);
  return `${last ? words.lastBlock(order) : words.block(order)}: ${words.blockRange(block.cidr, block.first, block.last)}, ${blockUse(words, block)}`;
}

/** Lays out one family's drawing at `width` px. */
function draw(model: FamilyAddressSpace, words: UiPictureMessages, width: number, maskText: string): Drawing {
  const shapes: ReactNode[] = [];
  const hotspots: Hotspot[] = [];
  const family = model.label;
  let y = 0;
  const text = (content: string, className = '', x = 0, anchor: 'start' | 'middle' | 'end' = 'start', at = y) =>
    shapes.push(
      <text key={shapes.length} x={x} y={at} className={className || undefined} textAnchor={anchor === 'start' ? undefined : anchor}>
        {content}
      </text>,
    );
  const line = (content: string, className = '') => {
    y += LINE;
    text(fit(content, width), className, 0, 'start', y - 4);
  };

  // The pod CIDR and its node blocks.
  const pod = model.pod;
  line(pod ? words.podCidr(family, pod.cidr) : words.nameNoPod(family), 'asp-title');
  if (pod && !pod.cut) line(words.nameNoCut(family, pod.cidr, maskText), 'asp-muted');
  if (pod?.cut) {
    const cut = pod.cut;
    const top = y + 4;
    const scale = scaleFor(cut.total, width);
    const severity = worst(pod.highlights);
    shapes.push(<rect key={shapes.length} x={0.5} y={top + 0.5} width={width - 1} height={BAR - 1} className="asp-bar" />);
    const cell = (from: bigint, to: bigint, className: string) => {
      const { x, w } = span(scale, from, to, width, 2);
      shapes.push(<rect key={shapes.length} x={x} y={top + 1} width={w} height={BAR - 2} className={className} />);
    };
    if (drawsEveryBlock(cut, scale)) {
      for (let i = 0n; i < cut.total; i++) cell(i, i, 'asp-cell');
    }
    for (const taken of cut.occupied) cell(taken.from, taken.to, 'asp-taken');
    for (const used of cut.usedRanges) cell(used.from, used.to, 'asp-used');
    for (const block of cut.first) {
      const { x, w } = span(scale, block.index, block.index, width, 3);
      if (w >= 14) text(countText(block.order), block.planned ? 'asp-on-used' : '', x + w / 2, 'middle', top + BAR / 2 + 4);
      if (!drawsEveryBlock(cut, scale)) shapes.push(<rect key={shapes.length} x={x} y={top + 1} width={w} height={BAR - 2} className="asp-outline" />);
      hotspots.push({ x, y: top, w: Math.max(w, 10), h: BAR, label: blockLabel(words, block) });
    }
    if (cut.last && !cut.first.some((b) => b.index === cut.last!.index)) {
      const { x, w } = span(scale, cut.last.index, cut.last.index, width, 3);
      shapes.push(<rect key={shapes.length} x={x} y={top + 1} width={w} height={BAR - 2} className="asp-outline" />);
      hotspots.push({ x: Math.min(x, width - 10), y: top, w: Math.max(w, 10), h: BAR, label: blockLabel(words, cut.last, true) });
    }
    for (const taken of cut.occupied) {
      const { x, w } = span(scale, taken.from, taken.to, width, 3);
      hotspots.push({ x, y: top, w: Math.max(w, 10), h: BAR, label: `${words.takenBlocks(countText(taken.from), countText(taken.to))}: ${words.useTaken(taken.service)}` });
    }
    if (severity) shapes.push(<rect key={shapes.length} x={1} y={top + 1} width={width - 2} height={BAR - 2} className={`asp-frame-${severity}`} />);
    y = top + BAR;
    // The scale: its ticks, and what it is.
    y += LINE;
    if (scale.log) {
      const ticks = logTicks(scale, cut.bits);
      ticks.forEach((tick, i) => {
        shapes.push(<line key={shapes.length} x1={tick.x} x2={tick.x} y1={y - LINE} y2={y - LINE + 4} className="asp-tick" />);
        const label = tick.exponent === 0 ? '1' : `2^${tick.exponent}`;
        text(label, 'asp-muted', Math.min(Math.max(tick.x, 0), width), i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle', y - 2);
      });
    } else {
      text('1', 'asp-muted', 0, 'start', y - 2);
      text(countText(cut.total), 'asp-muted', width, 'end', y - 2);
    }
    line(scale.log ? words.scaleLog(cut.bits) : words.scaleLinear, 'asp-muted');
    if (!model.allocates) line(words.notAllocating, 'asp-warning');
    else if (BigInt(model.plannedNodes) > cut.usable) line(words.capacityShort(model.plannedNodes, countText(cut.usable)), 'asp-error');
    else line(words.capacity(cut.used, countText(cut.usable), model.plannedNodes));
    const taken = cut.total - cut.usable;
    if (taken > 0n) line(words.taken(countText(taken)), 'asp-warning');
  }
  if (pod) for (const h of pod.highlights) line(highlightText(words, h), `asp-${h.severity === 'error' ? 'error' : 'warning'}`);

  // The Service CIDR, with the kubernetes Service IP and the DNS IP.
  y += 10;
  const service = model.service;
  line(service ? words.serviceCidr(service.cidr) : words.noService, 'asp-title');
  if (service) {
    const top = y + 4;
    const severity = worst(service.highlights);
    const scale = scaleFor(service.size, width);
    shapes.push(<rect key={shapes.length} x={0.5} y={top + 0.5} width={width - 1} height={SERVICE_BAR - 1} className={severity ? `asp-bar-${severity}` : 'asp-bar'} />);
    hotspots.push({ x: 0, y: top, w: width, h: SERVICE_BAR, label: [words.serviceCidr(service.cidr), ...service.highlights.map((h) => highlightText(words, h))].join('; ') });
    y = top + SERVICE_BAR;
    const marks = [
      { mark: service.kubernetesIp, name: words.kubernetesIp },
      { mark: service.dnsIp, name: words.dnsIp },
    ];
    for (const { mark, name } of marks) {
      if (!mark) continue;
      const { x, w } = span(scale, mark.offset, mark.offset, width, 2);
      const middle = x + w / 2;
      shapes.push(<line key={shapes.length} x1={middle} x2={middle} y1={top} y2={y + 4} className="asp-marker" />);
      y += LINE;
      const label = `${name} ${mark.address}`;
      const anchor = middle > width / 2 ? 'end' : 'start';
      text(fit(label, anchor === 'end' ? middle : width - middle), '', middle, anchor, y - 4);
      hotspots.push({ x: Math.max(0, middle - 6), y: top, w: 12, h: SERVICE_BAR, label: `${name}: ${mark.address}` });
    }
    if (!service.primary && model.service) line(words.serviceIpsElsewhere(model.otherLabel), 'asp-muted');
    if (scale.log) line(words.serviceScaleLog(Number(service.size.toString(2).length - 1)), 'asp-muted');
    for (const h of service.highlights) line(highlightText(words, h), `asp-${h.severity === 'error' ? 'error' : 'warning'}`);
  }

  // Node addresses.
  y += 10;
  line(words.nodeAddresses, 'asp-title');
  if (model.nodes.length === 0) line(words.noNodeAddresses, 'asp-muted');
  for (const node of model.nodes.slice(0, MAX_NODES)) {
    const severity = worst(node.highlights);
    const full = [`${node.node} ${node.address}`, ...node.highlights.map((h) => highlightText(words, h))].join('; ');
    line(full, severity ? `asp-${severity}` : '');
    hotspots.push({ x: 0, y: y - LINE, w: width, h: LINE, label: clip(full) });
  }
  if (model.nodes.length > MAX_NODES) line(words.moreNodes(model.nodes.length - MAX_NODES), 'asp-muted');
  return { name: '', height: y + 4, shapes, hotspots };
}

/** The text alternative: the first node blocks, the Service IP and DNS IP, node addresses and every overlap. */
function FamilyTable({ model, words }: { model: FamilyAddressSpace; words: UiPictureMessages }) {
  const family = model.label;
  // Rows are built only while the table is open: a plan of 500 nodes then costs a keystroke nothing here.
  const [open, setOpen] = useState(false);
  const rows: Array<{ what: string; range: string; note: string; severity?: 'error' | 'warning' | null }> = [];
  const summary = <summary>{words.tableSummary(family)}</summary>;
  if (!open) return <details onToggle={(e) => setOpen(e.currentTarget.open)}>{summary}</details>;
  const note = (list: Highlight[]) => list.map((h) => highlightText(words, h)).join('; ');
  if (model.pod) rows.push({ what: words.rowPod, range: model.pod.cidr, note: note(model.pod.highlights), severity: worst(model.pod.highlights) });
  for (const block of model.pod?.cut?.first ?? []) rows.push({ what: words.block(countText(block.order)), range: block.cidr, note: blockUse(words, block) });
  const last = model.pod?.cut?.last;
  if (last && !model.pod!.cut!.first.some((b) => b.index === last.index)) rows.push({ what: words.lastBlock(countText(last.order)), range: last.cidr, note: blockUse(words, last) });
  for (const taken of model.pod?.cut?.occupied ?? []) rows.push({ what: words.takenBlocks(countText(taken.from), countText(taken.to)), range: taken.blocks, note: words.useTaken(taken.service), severity: 'warning' });
  if (model.service) {
    rows.push({ what: words.rowService, range: model.service.cidr, note: note(model.service.highlights), severity: worst(model.service.highlights) });
    if (model.service.kubernetesIp) rows.push({ what: words.kubernetesIp, range: model.service.kubernetesIp.address, note: '' });
    if (model.service.dnsIp) rows.push({ what: words.dnsIp, range: model.service.dnsIp.address, note: '' });
  }
  for (const node of model.nodes) rows.push({ what: words.rowNode(clip(node.node)), range: node.address, note: note(node.highlights), severity: worst(node.highlights) });
  return (
    <details open onToggle={(e) => setOpen(e.currentTarget.open)}>
      {summary}
      <table>
        <caption>{words.tableCaption(family)}</caption>
        <thead>
          <tr>
            <th scope="col">{words.colWhat}</th>
            <th scope="col">{words.colRange}</th>
            <th scope="col">{words.colNote}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row.what}</th>
              <td>{row.range}</td>
              <td className={row.severity ? `asp-${row.severity}` : undefined}>{row.note || words.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Tracks an element's width; 0 until measured (before the first paint). */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function FamilyPicture({ model, words, maskText, svgRef }: { model: FamilyAddressSpace; words: UiPictureMessages; maskText: string; svgRef: (svg: SVGSVGElement | null) => void }) {
  const [ref, measured] = useWidth();
  const width = Math.max(measured, 200);
  const drawing = useMemo(() => draw(model, words, width, maskText), [model, words, width, maskText]);
  const name = pictureName(model, words, maskText);
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const current = Math.min(active, drawing.hotspots.length - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    const count = drawing.hotspots.length;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? (current + 1) % count
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? (current - 1 + count) % count
      : event.key === 'Home' ? 0
      : event.key === 'End' ? count - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    setShown(next);
    buttons.current[next]?.focus();
  };
  const readout = shown !== null && drawing.hotspots[shown] ? drawing.hotspots[shown].label : null;
  return (
    <figure className="asp-family">
      <div className="asp-canvas" ref={ref}>
        {measured > 0 ? (
          <svg ref={svgRef} role="img" width={width} height={drawing.height} viewBox={`0 0 ${width} ${drawing.height}`} xmlns="http://www.w3.org/2000/svg">
            {/* The name comes from <title> (SVG-AAM), not aria-labelledby, so it never reads as a label of the fields. */}
            <title>{name}</title>
            {drawing.shapes}
          </svg>
        ) : null}
        {measured > 0 ? (
          <div className="asp-hotspots" role="toolbar" aria-label={words.blocksToolbar(model.label)} onKeyDown={onKeyDown} onMouseLeave={() => setShown(null)}>
            {drawing.hotspots.map((spot, i) => (
              <button
                key={i}
                type="button"
                ref={(element) => {
                  buttons.current[i] = element;
                }}
                tabIndex={i === current ? 0 : -1}
                aria-label={spot.label}
                data-active={shown === i}
                style={{ left: spot.x, top: spot.y, width: spot.w, height: spot.h }}
                onFocus={() => {
                  setActive(i);
                  setShown(i);
                }}
                onBlur={() => setShown(null)}
                onMouseEnter={() => setShown(i)}
                onClick={() => setShown(i)}
              />
            ))}
          </div>
        ) : null}
      </div>
      <p className="asp-readout">{readout ?? '\u00a0'}</p>
      <FamilyTable model={model} words={words} />
    </figure>
  );
}

/**
 * The picture of a plan, both families side by side, and its SVG download. The model comes from the engine worker,
 * asked here, in the picture's own code: asked from the picture's index.tsx, the bundler moves the engine's client to another chunk
 * of the first load when the picture is built in (tests/build/first-load-picture.test.ts).
 */
export function AddressSpacePicture({ plan: latest }: { plan: Plan }) {
  const { lang } = useI18n();
  const words = lang === 'zh' ? uiPictureZh : uiPictureEn;
  const answered = useAnswer('picture', latest);
  const svgs = useRef(new Map<string, SVGSVGElement>());
  const headingId = useId();
  // Nothing is drawn until the engine has answered for the first plan; later plans redraw on their answer.
  if (!answered) return null;
  const { request: plan, answer: model } = answered;
  return (
    <section className="asp" aria-labelledby={headingId}>
      <h3 id={headingId}>{words.heading}</h3>
      <p className="hint">{words.intro}</p>
      <div className="asp-families">
        {model.families.map((family) => (
          <FamilyPicture
            key={family.family}
            model={family}
            words={words}
            maskText={plan.nodeMask[family.family]}
            svgRef={(svg) => {
              if (svg) svgs.current.set(family.family, svg);
              else svgs.current.delete(family.family);
            }}
          />
        ))}
      </div>
      <div className="asp-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const drawn = model.families.flatMap((f) => svgs.current.get(f.family) ?? []);
            const names = model.families.map((f) => pictureName(f, words, plan.nodeMask[f.family]));
            download(words.exportFile, pictureSvg(drawn, words.exportTitle, names), 'image/svg+xml');
          }}
        >
          {words.exportButton}
        </button>
      </div>
    </section>
  );
}

export default AddressSpacePicture;
