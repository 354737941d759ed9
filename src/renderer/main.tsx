import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { ClientProvider } from "./app/ClientContext";
import { createHearthClient } from "./app/create-client";
import "./ui/styles.css";
import "./ui/follow-up.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <ClientProvider client={createHearthClient()}>
      <App />
    </ClientProvider>
  </StrictMode>,
);
