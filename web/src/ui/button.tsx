import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** @default 'secondary' */
  variant?: 'primary' | 'secondary' | 'ghost';
  /** Shows a spinner and disables the button. */
  isBusy?: boolean;
}

export function Button({
  variant = 'secondary',
  isBusy = false,
  disabled = false,
  className,
  children,
  ...rest
}: ButtonProps) {
  const classes = ['button', `button--${variant}`, className].filter(Boolean).join(' ');
  return (
    <button type="button" className={classes} disabled={isBusy || disabled} {...rest}>
      {isBusy && <span className="spinner spinner--small" aria-hidden="true" />}
      {children}
    </button>
  );
}
