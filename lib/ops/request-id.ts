// The request id: taken from an upstream proxy's x-request-id when it looks like one (so a load
// balancer's id follows the request through), otherwise made here. Anything else a client sends
// is replaced: the id is written into every log line, and must not carry log-injection text.
export const REQUEST_ID_HEADER = "x-request-id";

const SANE = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && SANE.test(incoming) ? incoming : crypto.randomUUID();
}
