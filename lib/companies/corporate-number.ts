// 法人番号 (corporate number): 13 digits, the FIRST of which is a check digit over the other 12
// (国税庁「法人番号の指定等に関する省令」第2条). Shared with client forms: no server imports.

/** Full-width digits and the hyphens/spaces clerks copy from 国税庁's site are tolerated. */
export function normalizeCorporateNumber(raw: string): string {
  return raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s\-‐－ー]/g, "");
}

/**
 * Check digit = 9 − ((Σ_{n=1..12} P_n × Q_n) mod 9), where P_n is the n-th digit of the 12-digit
 * base counted from the RIGHT and Q_n is 1 for odd n, 2 for even n.
 */
export function corporateCheckDigit(base12: string): number {
  if (!/^\d{12}$/.test(base12)) throw new Error("base must be 12 digits");
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const p = Number(base12[12 - n]);
    sum += p * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

export function isValidCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  return Number(value[0]) === corporateCheckDigit(value.slice(1));
}

/** A valid number from a 12-digit base (the scale seed builds bases from a counter). */
export function withCheckDigit(base12: string): string {
  return `${corporateCheckDigit(base12)}${base12}`;
}
