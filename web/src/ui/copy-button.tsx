import { useEffect, useState } from 'react';
import { CheckIcon, CopyIcon } from './icons.js';

/** Copies `text` to the clipboard and confirms for a moment. */
export function CopyButton({
  text,
  label = 'Copy',
  testId,
}: {
  text: string;
  label?: string;
  testId?: string;
}) {
  const [isCopied, setIsCopied] = useState(false);
  useEffect(() => {
    if (!isCopied) return undefined;
    const timer = setTimeout(() => setIsCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [isCopied]);

  const copy = () => {
    // `navigator.clipboard` is missing on plain-http origins other than localhost.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => setIsCopied(true),
        () => undefined, // clipboard refused (insecure origin): the text is still selectable
      );
  };
  return (
    <button type="button" className="copy-button" onClick={copy} data-testid={testId}>
      {isCopied ? <CheckIcon width={14} height={14} /> : <CopyIcon width={14} height={14} />}
      {isCopied ? 'Copied' : label}
    </button>
  );
}
