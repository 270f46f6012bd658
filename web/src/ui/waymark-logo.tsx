/** The Waymark mark: a trail marker pointing onward. */
export function WaymarkLogo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--color-accent)" />
      <path d="M9 22 16 8l7 14-7-4z" fill="#fff" />
    </svg>
  );
}
