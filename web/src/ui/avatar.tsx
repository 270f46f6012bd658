export interface AvatarProps {
  /** Used for the initials and, hashed, for the colour. */
  name: string;
  /** @default 'medium' */
  size?: 'small' | 'medium' | 'large';
}

/** Initials on a colour derived from the name, so a person keeps their colour everywhere. */
export function Avatar({ name, size = 'medium' }: AvatarProps) {
  const hue = hashHue(name);
  return (
    <span
      className={`avatar avatar--${size}`}
      style={{ background: `hsl(${hue} 55% 92%)`, color: `hsl(${hue} 45% 32%)` }}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}

/** "Ada Lovelace" → "AL", "ada@example.com" → "AD", "" → "?". */
export function initials(name: string): string {
  const words = name
    .replace(/@.*$/, '')
    .split(/[\s._-]+/)
    .filter((word) => word !== '');
  if (words.length === 0) return '?';
  if (words.length === 1) return (words[0] ?? '').slice(0, 2).toUpperCase();
  return `${words[0]?.[0] ?? ''}${words[words.length - 1]?.[0] ?? ''}`.toUpperCase();
}

function hashHue(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return hash;
}
