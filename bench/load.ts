// One bounded autocannon run against one URL: req/s, and latency percentiles over every response.
import autocannon from "autocannon";

export interface LoadResult {
  url: string;
  reqPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Response bytes (headers and body) per request, on average. */
  bytesPerRequest: number;
  seconds: number;
  statusCodes: Record<string, number>;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Paths each connection requests in turn, instead of the URL's own. */
  paths?: string[];
}

/** Nearest-rank percentile of an ascending array (0 when empty). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? 0;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Runs for `seconds` with `connections` keep-alive connections; never longer than seconds + 30 s. */
export function runLoad(url: string, { connections, seconds, paths }: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const timers: { soft?: NodeJS.Timeout; hard?: NodeJS.Timeout } = {};
    const requests = paths?.map((path) => ({ method: "GET" as const, path }));
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10, ...(requests ? { requests } : {}) }, (error, result) => {
      clearTimeout(timers.soft);
      clearTimeout(timers.hard);
      if (error) return reject(error);
      const sorted = Float64Array.from(latencies).sort();
      const requests = result.requests.total ?? latencies.length;
      const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
      resolve({
        url,
        reqPerSec: result.duration > 0 ? Math.round(requests / result.duration) : 0,
        p50Ms: round1(percentile(sorted, 50)),
        p95Ms: round1(percentile(sorted, 95)),
        p99Ms: round1(percentile(sorted, 99)),
        requests,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        bytesPerRequest: requests > 0 ? Math.round((result.throughput.total ?? 0) / requests) : 0,
        seconds: result.duration,
        statusCodes,
      });
    });
    instance.on("response", (_client, _status, _bytes, ms) => {
      latencies.push(ms);
    });
    timers.soft = setTimeout(() => instance.stop(), (seconds + 15) * 1000);
    timers.hard = setTimeout(() => reject(new Error(`load on ${url} did not finish within ${seconds + 30} s`)), (seconds + 30) * 1000);
  });
}
