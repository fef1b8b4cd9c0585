// The picture as a standalone SVG file: the families' drawings side by side under one root, with the picture's title
// and names as <title> and <desc>, and every colour and font written onto the shapes (the page styles them with its
// stylesheet and the theme's variables, which a file opened on its own does not have).
const SVG_NS = 'http://www.w3.org/2000/svg';
const GAP = 24;
const PAD = 12;
// What the page's stylesheet sets on the drawing's shapes and text.
const PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'text-anchor'] as const;

function inlineStyles(original: Element, copy: Element): void {
  const computed = getComputedStyle(original);
  if (original.namespaceURI === SVG_NS && !['svg', 'title', 'desc'].includes(original.localName)) {
    for (const property of PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) copy.setAttribute(property, value);
    }
  }
  copy.removeAttribute('class');
  for (let i = 0; i < original.children.length; i++) inlineStyles(original.children[i]!, copy.children[i]!);
}

/** One SVG document holding the given drawings side by side; `names` are each drawing's accessible name. */
export function pictureSvg(drawings: SVGSVGElement[], title: string, names: string[]): string {
  const root = document.createElementNS(SVG_NS, 'svg');
  const widths = drawings.map((svg) => Number(svg.getAttribute('width')));
  const heights = drawings.map((svg) => Number(svg.getAttribute('height')));
  const width = widths.reduce((sum, w) => sum + w, 0) + GAP * Math.max(0, drawings.length - 1) + PAD * 2;
  const height = Math.max(0, ...heights) + PAD * 2 + 24;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', 'picture-title picture-desc');
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.id = 'picture-title';
  titleElement.textContent = title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.id = 'picture-desc';
  desc.textContent = names.join('\n');
  root.append(titleElement, desc);
  const page = getComputedStyle(document.documentElement);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', page.getPropertyValue('--bg').trim() || '#ffffff');
  root.append(background);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', String(PAD));
  heading.setAttribute('y', String(PAD + 14));
  heading.setAttribute('fill', page.getPropertyValue('--fg').trim() || '#000000');
  heading.setAttribute('font-family', 'system-ui, sans-serif');
  heading.setAttribute('font-size', '15');
  heading.setAttribute('font-weight', '600');
  heading.textContent = title;
  root.append(heading);
  let x = PAD;
  drawings.forEach((svg, i) => {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, copy);
    copy.removeAttribute('role');
    copy.setAttribute('x', String(x));
    copy.setAttribute('y', String(PAD + 24));
    root.append(copy);
    x += widths[i]! + GAP;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
