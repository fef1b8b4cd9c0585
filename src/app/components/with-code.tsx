// The words mark commands and values with backticks, as in markdown: show those as code, never as markup.
export function WithCode({ text }: { text: string }) {
  const parts = text.split('`');
  // An unmatched backtick is shown as it is.
  if (parts.length < 3 || parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
