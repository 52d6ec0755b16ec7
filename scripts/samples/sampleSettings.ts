/**
 * The demo's region: a fictional kabupaten, so the books read like a real plan without naming a real
 * region's figures. Only the demo uses this; a planner's own values live in the `Pengaturan` sheet.
 */
import { defaultSettings, type Settings } from "../../src/core/settings";

export function sampleSettings(today: Date): Settings {
  return {
    ...defaultSettings(today),
    regionName: "Kabupaten Sukamaju",
    regionType: "kabupaten",
    province: "Jawa Tengah",
    documentVersion: "1.0 (demo)",
    vision:
      "Sukamaju Cerdas 2031: kabupaten yang melayani warganya dengan cepat, terbuka dan berbasis data, dengan ekonomi lokal yang tumbuh dan lingkungan yang lestari.",
    mission: [
      "1. Mewujudkan pelayanan publik terpadu dan daring di semua kecamatan.",
      "2. Mengembangkan ekonomi lokal dan UMKM melalui transaksi digital dan promosi wisata.",
      "3. Meningkatkan kualitas hidup warga melalui layanan kesehatan, mobilitas dan permukiman yang cerdas.",
      "4. Menjaga lingkungan melalui pengelolaan sampah dan energi yang berkelanjutan.",
    ].join("\n"),
    objectives: [
      "1. Indeks SPBE mencapai predikat Sangat Baik pada akhir periode.",
      "2. Seluruh layanan administrasi kependudukan dapat diakses daring.",
      "3. Timbulan sampah yang terkelola mencapai 80 %.",
    ].join("\n"),
    regionProfile:
      "Kabupaten agraris di pesisir utara dengan 18 kecamatan dan 250 desa, sekitar 1,1 juta penduduk; sektor utama pertanian, perikanan, industri pengolahan dan pariwisata pantai.",
  };
}
