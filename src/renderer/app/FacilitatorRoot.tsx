import { App } from "./App";
import { ClientProvider } from "./ClientContext";
import { createHearthClient } from "./create-client";

const client = createHearthClient();

/** The facilitator's app and its connection: a chunk of its own, never loaded on a phone. */
export default function FacilitatorRoot() {
  return (
    <ClientProvider client={client}>
      <App />
    </ClientProvider>
  );
}
