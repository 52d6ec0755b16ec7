import { parseRupiah, parseIndonesianNumber, formatRupiah, formatRupiahShort } from "../../src/core/money";

describe("Rupiah as OPD workbooks write it", () => {
  test.each([
    ["Rp 1.250.000.000,00", 1_250_000_000],
    ["Rp. 500.000", 500_000],
    ["1.250.000.000", 1_250_000_000],
    ["1,25 M", 1_250_000_000],
    ["1,25 miliar", 1_250_000_000],
    ["1.250 jt", 1_250_000_000],
    ["750 juta", 750_000_000],
    ["750 rb", 750_000],
    ["2 T", 2_000_000_000_000],
    [1500000, 1_500_000],
    ["(1.000)", -1000],
  ])("%s is %d", (text, expected) => {
    expect(parseRupiah(text)).toBe(expected);
  });

  test.each(["", "-", "abc", "Rp", "1,2,3", "12 apel"])("%s is not an amount", (text) => {
    expect(parseRupiah(text)).toBeNull();
  });

  test("a single dot followed by other than three digits is a decimal point", () => {
    expect(parseIndonesianNumber("12.5")).toBe(12.5);
    expect(parseIndonesianNumber("12.500")).toBe(12500);
    expect(parseIndonesianNumber("3,55")).toBe(3.55);
  });

  test("formats with Indonesian grouping", () => {
    expect(formatRupiah(1250000000)).toBe("Rp 1.250.000.000");
    expect(formatRupiahShort(1250000000)).toBe("Rp 1,25 M");
    expect(formatRupiahShort(750000000)).toBe("Rp 750 jt");
  });
});
