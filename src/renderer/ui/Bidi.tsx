import type { ReactNode } from "react";

/**
 * User text in a line of other text: isolated with <bdi> so Arabic or Urdu (or a stray
 * U+202E) cannot reorder what is around it. React renders it as text, never as HTML.
 */
export function Bidi({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="auto" className={className}>
      {children}
    </bdi>
  );
}
