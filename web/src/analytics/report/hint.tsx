import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface HintProps {
  /** The explanation shown on hover and keyboard focus. */
  text: ReactNode;
  children: ReactNode;
  testId?: string;
}

const GAP = 8;

/**
 * Wraps a badge or label with a tooltip. The bubble is drawn in a fixed layer on the body, so a
 * scrolling table does not clip it; it sits above the anchor, or below when there is no room.
 */
export function Hint({ text, children, testId }: HintProps) {
  const id = useId();
  const anchorRef = useRef<HTMLSpanElement>(null);
  const bubbleRef = useRef<HTMLDivElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const anchor = anchorRef.current?.getBoundingClientRect();
    const bubble = bubbleRef.current?.getBoundingClientRect();
    if (!isOpen || anchor === undefined || bubble === undefined) return;
    const above = anchor.top - bubble.height - GAP;
    const top = above >= GAP ? above : anchor.bottom + GAP;
    const centred = anchor.left + anchor.width / 2 - bubble.width / 2;
    const left = Math.max(GAP, Math.min(centred, window.innerWidth - bubble.width - GAP));
    setPlace({ top, left });
  }, [isOpen]);

  const close = useCallback(() => {
    setIsOpen(false);
    setPlace(null);
  }, []);
  useEffect(() => {
    // The bubble is fixed: when the page scrolls under it, it would point at the wrong place.
    if (!isOpen) return undefined;
    window.addEventListener('scroll', close, true);
    return () => window.removeEventListener('scroll', close, true);
  }, [isOpen, close]);

  const open = () => setIsOpen(true);
  return (
    <span
      ref={anchorRef}
      className="hint"
      tabIndex={0}
      aria-describedby={isOpen ? id : undefined}
      onMouseEnter={open}
      onMouseLeave={close}
      onFocus={open}
      onBlur={close}
      data-testid={testId}
    >
      {children}
      {isOpen &&
        createPortal(
          <div
            ref={bubbleRef}
            id={id}
            role="tooltip"
            className="hint-bubble"
            style={place === null ? { visibility: 'hidden', top: 0, left: 0 } : place}
            data-testid="hint-bubble"
          >
            {text}
          </div>,
          document.body,
        )}
    </span>
  );
}
