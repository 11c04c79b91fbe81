export const PAGE_CACHE_CHANNEL = "kyoso_public";
