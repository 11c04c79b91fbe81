// 全国地方公共団体コード: 5 digits + a check digit. The check digit is the last digit of
// 11 − (Σ dᵢ·wᵢ mod 11) with weights 6,5,4,3,2 (総務省「全国地方公共団体コード仕様」).
export function lgCheckDigit(first5: string): number {
  const weights = [6, 5, 4, 3, 2];
  const sum = [...first5].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidLgCode(code: string): boolean {
  return /^\d{6}$/.test(code) && lgCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
