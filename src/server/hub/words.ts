/** What went wrong with the hub, in words an organiser can act on. */
export function hubErrorWords(err: unknown, host: string): string {
  const e = (typeof err === "object" && err !== null ? err : {}) as { status?: unknown; code?: unknown; name?: unknown; reason?: unknown; message?: unknown; cause?: unknown };
  const cause = (typeof e.cause === "object" && e.cause !== null ? e.cause : {}) as { code?: unknown };
  const code = String(e.code ?? cause.code ?? "");
  const status = typeof e.status === "number" ? e.status : 0;
  if (status === 401) return "The hub refused this laptop's account: the name or password is wrong.";
  if (status === 403 || e.name === "forbidden" || (e as { error?: unknown }).error === "forbidden") return `The hub refused a record: ${String(e.reason ?? e.message ?? "not allowed")}`;
  if (status === 404) return "There is no such partnership on the hub (check the address).";
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `The hub's certificate is not trusted by this computer (${host}).`;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "EAI_AGAIN")
    return `The hub is not reachable (${host}); this laptop keeps recording and sends when it is back.`;
  if (code === "ECONNRESET" || code === "EPIPE" || code === "ETIMEDOUT" || code === "UND_ERR_SOCKET")
    return `The connection to the hub (${host}) was cut; trying again.`;
  if (e.name === "TimeoutError" || e.name === "AbortError") return `The hub (${host}) did not answer in time; trying again.`;
  if (status >= 500) return `The hub had a problem of its own (${status}); trying again.`;
  const message = typeof e.message === "string" && e.message !== "" ? e.message : String(err);
  return `Replication with the hub failed: ${message}`;
}

/** An error of the network, not of Hearth: replication retries it, and it must never end the process. */
export function isNetworkError(err: unknown): boolean {
  const e = (typeof err === "object" && err !== null ? err : {}) as { code?: unknown; cause?: { code?: unknown } | undefined; name?: unknown; type?: unknown };
  const code = String(e.code ?? e.cause?.code ?? "");
  return /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|UND_ERR_SOCKET)$/.test(code) || e.name === "FetchError" || e.type === "system";
}
