import type { Explanation } from './next-order-explain.js';

/** A tooltip's body: the verdict in bold, then why. */
export function ExplanationText({ explanation }: { explanation: Explanation }) {
  return (
    <>
      <strong>{explanation.title}</strong>
      {explanation.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}
