// The floor beneath the board benchmark: a bare page on loopback that draws the same 1,000
// notes as plain elements (the same class names, so the same measuring code works), and sends
// a note typed with Enter through the bare room (bare-room.ts), drawing every note it pushes.
// No React, no state, no layout beyond the browser's own.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface BareBoard {
  readonly url: string;
  close(): Promise<void>;
}

const page = (notes: readonly string[], wsPort: number) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bare board</title>
<label for="note-box">New note</label> <input id="note-box">
<div class="unsorted"></div><div id="board"></div>
<script type="application/json" id="notes">${JSON.stringify(notes).replace(/</g, "\\u003c")}</script>
<script>
  const add = (where, text) => {
    const card = document.createElement("div");
    card.className = "sticky";
    const p = document.createElement("p");
    p.className = "sticky__text";
    p.textContent = text;
    card.append(p);
    where.append(card);
  };
  const board = document.getElementById("board");
  // Drawn once the document is parsed, as an app's first render is.
  document.addEventListener("DOMContentLoaded", () => {
    for (const text of JSON.parse(document.getElementById("notes").textContent)) add(board, text);
  });
  const ws = new WebSocket("ws://127.0.0.1:${wsPort}");
  let id = 0;
  ws.onmessage = (e) => {
    const m = JSON.parse(e.data);
    if (m.type === "note") add(document.querySelector(".unsorted"), m.text);
  };
  const box = document.getElementById("note-box");
  box.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    ws.send(JSON.stringify({ id: ++id, kind: "note", text: box.value }));
    box.value = "";
  });
</script></html>`;

export async function startBareBoard(notes: readonly string[], wsPort: number): Promise<BareBoard> {
  const html = page(notes, wsPort);
  const server: Server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
