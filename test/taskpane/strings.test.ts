/** Both languages carry every string, and placeholders survive translation. */
import { STRINGS, format } from "../../src/taskpane/strings";
import { isDarkColor } from "../../src/taskpane/theme";

test("English has exactly the Indonesian keys, none empty, with the same placeholders", () => {
  const { id, en } = STRINGS;
  expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const k of Object.keys(id) as (keyof typeof id)[]) {
    expect(en[k].trim()).not.toBe("");
    expect({ k, holes: holes(en[k]) }).toEqual({ k, holes: holes(id[k]) });
  }
});

test("format fills placeholders and leaves unknown ones visible", () => {
  expect(format("{count} lembar ditulis.", { count: 3 })).toBe("3 lembar ditulis.");
  expect(format("Buka sel {cell}")).toBe("Buka sel {cell}");
});

test("Office's dark themes are recognised by their background colour", () => {
  expect(isDarkColor("#262626")).toBe(true);
  expect(isDarkColor("#FFFFFF")).toBe(false);
  expect(isDarkColor(undefined)).toBe(false);
});
