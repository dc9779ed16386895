// A share against a goal as one horizontal bar: the filled part is the share, a marked
// line is the goal, and both figures are written out beside it.
export function GoalBar(props: {
  share: number;
  goal: number;
  shareText: string;
  goalText: string;
}) {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const width = 300;
  const shareX = clamp(props.share) * width;
  const goalX = clamp(props.goal) * width;
  return (
    <svg
      className="chart__svg chart__svg--goal"
      viewBox={`0 0 ${width} 72`}
      style={{ maxWidth: 480 }}
      width="100%"
      preserveAspectRatio="xMinYMid meet"
      focusable="false"
      aria-hidden="true"
    >
      <rect x="0" y="8" width={width} height="22" fill="#ffffff" stroke="#4d5560" />
      <rect x="0" y="8" width={shareX} height="22" fill="#1d4f91" />
      <line
        x1={goalX}
        x2={goalX}
        y1="2"
        y2="36"
        stroke="#a4431b"
        strokeWidth="3"
        strokeDasharray="4 2"
      />
      <text x={Math.min(shareX + 4, width - 60)} y="50" fontSize="11" fill="#1b1f24">
        {props.shareText}
      </text>
      <text
        x={goalX}
        y="66"
        dx={goalX > width / 2 ? -4 : 4}
        textAnchor={goalX > width / 2 ? 'end' : 'start'}
        fontSize="11"
        fill="#a4431b"
      >
        {props.goalText}
      </text>
    </svg>
  );
}
