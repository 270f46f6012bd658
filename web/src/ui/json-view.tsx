import { tokenizeJson } from './tokenize-json.js';

/**
 * Pretty-printed, colour-coded JSON. Every token is rendered as a text node, so markup inside
 * a value (say `<script>`) shows as the characters it is.
 */
export function JsonView({ value, testId }: { value: unknown; testId?: string }) {
  const text = JSON.stringify(value, null, 2) ?? 'undefined';
  return (
    <pre className="json-view" data-testid={testId}>
      <code>
        {tokenizeJson(text).map((token, index) =>
          token.kind === 'plain' ? (
            token.text
          ) : (
            <span key={index} className={`json-view__${token.kind}`}>
              {token.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
