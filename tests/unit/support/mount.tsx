import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach } from "vitest";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders React trees into detached elements (happy-dom), each unmounted after its test; `unmountAll` closes them early. */
export function useMount() {
  const roots: Root[] = [];
  const unmountAll = () => act(() => roots.splice(0).forEach((r) => r.unmount()));
  afterEach(unmountAll);
  const mount = async (node: ReactNode): Promise<HTMLElement> => {
    const el = document.createElement("div");
    const root = createRoot(el);
    roots.push(root);
    await act(async () => root.render(node));
    return el;
  };
  return { mount, unmountAll };
}
