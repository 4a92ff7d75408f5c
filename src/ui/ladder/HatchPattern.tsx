/** The diagonal hatching of compressed time, defined once per drawing (the ladder, the legend). */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width={8}
      height={8}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <line className="hatch" x1={0} y1={0} x2={0} y2={8} />
    </pattern>
  );
}
