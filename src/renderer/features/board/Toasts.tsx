import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

export interface Toast {
  readonly id: number;
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

type Show = (message: string, action?: Toast["action"]) => void;
const ToastContext = createContext<Show>(() => undefined);

/** Short messages with an optional action ("Note deleted. Undo"): never a blocking dialog. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const show = useCallback<Show>((message, action) => {
    const toast: Toast = { id: next.current++, message, ...(action && { action }) };
    setToasts((all) => [...all.slice(-2), toast]);
  }, []);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-label="Messages" aria-live="polite">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} onDone={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDone }: { toast: Toast; onDone: (id: number) => void }) {
  // Long enough to read and reach the button; a toast with an action stays a little longer.
  useEffect(() => {
    const timer = setTimeout(() => onDone(toast.id), toast.action ? 10_000 : 6_000);
    return () => clearTimeout(timer);
  }, [toast, onDone]);
  return (
    <div className="toast">
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            toast.action?.run();
            onDone(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast__close" aria-label="Dismiss message" onClick={() => onDone(toast.id)}>
        ×
      </button>
    </div>
  );
}

export const useToast = (): Show => useContext(ToastContext);

