import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let parallel builds (CI, e2e, a developer) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // npm test typechecks the whole project (tsc) before it builds: the build need not do it again (saves ~25 s of CI).
  // Every other build (npm start, next build) still refuses type errors.
  typescript: { ignoreBuildErrors: process.env.PATHWAY_TYPECHECKED === "1" },
  // forbidden() renders app/forbidden.tsx with HTTP 403.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["pg-boss", "nodemailer", "exceljs", "pdfkit", "qrcode", "@digitalbazaar/vc", "@digitalcredentials/security-document-loader", "yauzl"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // Permissions-Policy, the Content-Security-Policy with its nonce and HSTS come from proxy.ts (per request).
      // SCORM content plays in an iframe of the lesson page: framed by Pathway's own pages only (the later rule wins;
      // its route also sends frame-ancestors 'self' in its own Content-Security-Policy, server/scorm/serve.ts).
      { source: "/scorm/:path*", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
