import type { ReactNode } from 'react';

export interface MetricTileProps {
  label: string;
  value: ReactNode;
  /** The line under the value: counts behind a rate, a scale, a caveat. */
  foot?: ReactNode;
  /** What the number means; the tile's tooltip. */
  help?: string;
  /** Opens the people behind the number; without it the tile is not clickable. */
  onOpen?: () => void;
  testId?: string;
}

/** A number in a KPI tile (the dashboard's look); clickable when it has people behind it. */
export function MetricTile({ label, value, foot, help, onOpen, testId }: MetricTileProps) {
  const content = (
    <>
      <span className="kpi-tile__label">{label}</span>
      <span className="kpi-tile__value" data-testid="metric-value">
        {value}
      </span>
      {foot !== undefined && <span className="kpi-tile__foot kpi-tile__detail">{foot}</span>}
    </>
  );
  return (
    <TileFrame onOpen={onOpen} help={help} title={help} testId={testId}>
      {content}
    </TileFrame>
  );
}

export interface TileFrameProps {
  /** Opens the people behind the number; without it the tile is a plain box. */
  onOpen?: (() => void) | undefined;
  /** What the number means: the clickable tile's tooltip, before "Click to see the people." */
  help?: string | undefined;
  /** The tooltip of the tile when it is not clickable. */
  title?: string | undefined;
  testId?: string | undefined;
  children: ReactNode;
}

/** The box of a KPI tile: a button when there are people behind the number, else a div. */
export function TileFrame({ onOpen, help, title, testId, children }: TileFrameProps) {
  if (onOpen === undefined) {
    return (
      <div className="kpi-tile" title={title} data-testid={testId}>
        {children}
      </div>
    );
  }
  return (
    <button
      type="button"
      className="kpi-tile is-clickable"
      onClick={onOpen}
      title={help === undefined ? 'Click to see the people.' : `${help} Click to see the people.`}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
