import type { SnippetPart } from '../../../electron/domain/archive';

/** A search snippet with the matched words marked; text is rendered as text, never as HTML. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  if (parts.length === 0) return null;
  return (
    <div className="archive-snippet" style={{ color: '#666', fontSize: 12, marginTop: 2 }}>
      {parts.map((p, i) => (p.hit ? <mark key={i} style={{ background: '#ffe58f', padding: 0 }}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </div>
  );
}
