import { fromSen, readAmount, scaleOfHeader, sumRupiah, toSen } from "../../src/core/money";

describe("readAmount", () => {
  it.each([
    [1250000, 1, 125000000],
    [1234567.89, 1, 123456789],
    ["10.701.893.800,00", 1, 1070189380000],
    ["Rp 1.250.000.000,50", 1, 125000000050],
    ["1,25 M", 1, 125000000000],
    ["750 rb", 1, 75000000],
    ["(1.000)", 1, -100000],
    ["1.234,5", 1000, 123450000],
    [1234.567, 1000, 123456700],
    [2.5, 1e6, 250000000],
  ])("%p × %p = %p sen", (raw, scale, sen) => {
    expect(readAmount(raw, scale)).toEqual({ kind: "amount", sen });
  });

  it.each([null, undefined, "", "  ", "-", "–", "null", "NULL", "nil"])("%p is blank, not zero", (raw) => {
    expect(readAmount(raw)).toEqual({ kind: "blank" });
  });

  it.each([NaN, Infinity, -Infinity, "NaN", "Infinity", "abc", "#N/A", "1.2.3,4,5", true])("%p is invalid, never a number", (raw) => {
    expect(readAmount(raw).kind).toBe("invalid");
  });
});

describe("scaleOfHeader", () => {
  it.each([
    ["Pagu Indikatif (Rp)", 1],
    ["PAGU", 1],
    ["Jumlah (Rp. 000)", 1000],
    ["Rp. (000)", 1000],
    ["Pagu (dalam ribuan rupiah)", 1000],
    ["Anggaran (Rp 000)", 1000],
    ["Pagu (Rp juta)", 1e6],
    ["Pagu Indikatif (juta rupiah)", 1e6],
    ["Kebutuhan Dana (miliar)", 1e9],
  ])("%p → %p", (h, f) => expect(scaleOfHeader(h)).toBe(f));
});

it("15 000 amounts with sen add up to the sen: no float drift", () => {
  // The truth is kept in integer sen by construction.
  let exactSen = 0;
  const values: number[] = [];
  for (let i = 0; i < 15000; i++) {
    const sen = 1_000_000_00 + ((i * 7919) % 99_999_999) * 100 + (i % 100);
    exactSen += sen;
    values.push(sen / 100);
  }
  expect(toSen(sumRupiah(values))).toBe(exactSen);
  expect(fromSen(exactSen)).toBe(exactSen / 100);
});
