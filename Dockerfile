# Production image: one image for the web app and (from the matching issue on) the worker.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build

FROM node:24-bookworm-slim
WORKDIR /app
# HOSTNAME: Docker sets it to the container id, which would bind the server to that name only.
ENV NODE_ENV=production HOSTNAME=0.0.0.0 PORT=3000
COPY --from=build /app ./
EXPOSE 3000
# Migrations run through Prisma's wasm engine (scripts/db.ts), then the server starts: scripts/serve.ts, the one
# production server (it sees the socket, so it knows the client's address; WEB_CONCURRENCY processes, default 1;
# TRUSTED_PROXIES or TRUSTED_PROXY_HOPS behind a load balancer, docs/operations.md). exec: SIGTERM reaches it.
CMD ["sh", "-c", "npx tsx scripts/db.ts migrate && exec node --import tsx scripts/serve.ts"]
