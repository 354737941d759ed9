import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { HearthClient, TransportStatus } from "../../api";

const ClientContext = createContext<HearthClient | null>(null);

export function ClientProvider({ client, children }: { client: HearthClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): HearthClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error("useClient outside ClientProvider");
  return client;
}

/** The connection as a person sees it: online, or offline with how much is waiting to be sent. */
export function useConnection(): { status: TransportStatus; pending: number } {
  const client = useClient();
  const [state, setState] = useState({ status: client.status, pending: client.pending });
  useEffect(() => {
    const update = () => setState({ status: client.status, pending: client.pending });
    const off = client.onStatus(update);
    // The number waiting changes without a status change; look again now and then.
    const timer = setInterval(update, 500);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [client]);
  return state;
}
