// Whether the page opens exactly as the build prerendered it: English, no plan in the link.
export function isDefaultStart(hash: string, lang: string): boolean {
  return lang === 'en' && (hash === '' || hash === '#' || hash === '#v=1');
}
