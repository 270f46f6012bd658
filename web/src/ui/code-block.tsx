import { CopyButton } from './copy-button.js';

/** A dark, copyable block of shell or code text. */
export function CodeBlock({ code, testId }: { code: string; testId?: string }) {
  return (
    <div className="code-block">
      <CopyButton text={code} testId={testId === undefined ? undefined : `${testId}-copy`} />
      <pre data-testid={testId}>
        <code>{code}</code>
      </pre>
    </div>
  );
}
