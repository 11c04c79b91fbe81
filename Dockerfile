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
ENV NODE_ENV=production
COPY --from=build /app ./
EXPOSE 3000
# Migrations run through Prisma's wasm engine (scripts/db.ts), then the server starts.
CMD ["sh", "-c", "npx tsx scripts/db.ts migrate && npx next start -p 3000"]
