/**
 * Hand-written names that are NOT verbatim nomenclature: abbreviated or reworded programme lines and
 * real-style innovation titles, each with the pillar a planner would give it. Written for this project
 * (not taken from shared/data). `alt` marks the cases where real regions disagree (shared/domain.md §1:
 * job portals, waste banks): either pillar counts as agreement.
 */
import type { PillarId } from "../src/core/pillars";

export interface LabelledName {
  readonly name: string;
  readonly pillar: PillarId;
  readonly kind: "reworded" | "innovation";
  readonly alt?: PillarId;
}

export const HAND_NAMES: readonly LabelledName[] = [
  // Reworded / abbreviated programme lines
  { name: "Pengemb. Sist. Informasi Yankes Puskesmas", pillar: "living", kind: "reworded" },
  { name: "Pelayanan Adminduk Keliling", pillar: "governance", kind: "reworded" },
  { name: "Pembinaan UMKM Binaan", pillar: "economy", kind: "reworded" },
  { name: "Penyediaan Infrastruktur TIK Perangkat Daerah", pillar: "governance", kind: "reworded" },
  { name: "Penerapan SPBE di lingkup Pemda", pillar: "governance", kind: "reworded" },
  { name: "Rehab Gedung SD Negeri", pillar: "society", kind: "reworded" },
  { name: "Beasiswa Siswa Berprestasi", pillar: "society", kind: "reworded" },
  { name: "Penanganan Sampah di TPS 3R", pillar: "environment", kind: "reworded" },
  { name: "Pembangunan IPAL Komunal", pillar: "environment", kind: "reworded" },
  { name: "Pemasangan PJU Tenaga Surya", pillar: "environment", kind: "reworded" },
  { name: "Penataan RTH dan Taman Kota", pillar: "environment", kind: "reworded", alt: "branding" },
  { name: "Perbaikan Jalan Lingkungan dan Jembatan", pillar: "living", kind: "reworded" },
  { name: "Peningkatan Layanan Angkutan Umum Perkotaan", pillar: "living", kind: "reworded" },
  { name: "Penyaluran Bansos bagi Fakir Miskin", pillar: "economy", kind: "reworded" },
  { name: "Pelatihan Kerja bagi Pencari Kerja di BLK", pillar: "economy", kind: "reworded" },
  { name: "Operasi Pasar Stabilisasi Harga Bahan Pokok", pillar: "economy", kind: "reworded" },
  { name: "Promosi Destinasi Wisata Daerah", pillar: "branding", kind: "reworded" },
  { name: "Festival Budaya Tahunan", pillar: "branding", kind: "reworded" },
  { name: "Fasilitasi Perizinan Investasi melalui OSS", pillar: "branding", kind: "reworded" },
  { name: "Penyusunan RPJMD dan Renstra", pillar: "governance", kind: "reworded" },
  { name: "Pengelolaan Satu Data Daerah", pillar: "governance", kind: "reworded" },
  { name: "Pembinaan Karang Taruna dan Pemuda", pillar: "society", kind: "reworded" },
  { name: "Pencegahan Kekerasan terhadap Perempuan dan Anak", pillar: "society", kind: "reworded" },
  { name: "Patroli Satpol PP dan Penegakan Perda", pillar: "society", kind: "reworded" },
  { name: "Kesiapsiagaan dan Mitigasi Bencana Banjir", pillar: "society", kind: "reworded", alt: "environment" },
  { name: "Imunisasi Dasar Lengkap Balita", pillar: "living", kind: "reworded" },
  { name: "Penurunan Stunting Terintegrasi", pillar: "living", kind: "reworded" },
  { name: "Rumah Tidak Layak Huni (RTLH) Bedah Rumah", pillar: "living", kind: "reworded" },
  { name: "Pengelolaan Keuangan Daerah berbasis Elektronik", pillar: "governance", kind: "reworded" },
  { name: "Peningkatan Kapasitas ASN melalui Diklat", pillar: "governance", kind: "reworded" },
  { name: "Pengembangan Perpustakaan Digital Sekolah", pillar: "society", kind: "reworded" },
  { name: "Penyuluhan Pertanian dan Bantuan Benih Padi", pillar: "economy", kind: "reworded" },
  { name: "Pemberdayaan Nelayan dan Pembudidaya Ikan", pillar: "economy", kind: "reworded" },
  { name: "Rehabilitasi Hutan Mangrove Pesisir", pillar: "environment", kind: "reworded" },
  { name: "Pengendalian Pencemaran Udara dan Air Sungai", pillar: "environment", kind: "reworded" },
  { name: "Pengelolaan Pengaduan Masyarakat Terpadu", pillar: "governance", kind: "reworded" },
  { name: "Pemasangan CCTV di Titik Rawan", pillar: "society", kind: "reworded" },
  { name: "Pengembangan Pasar Rakyat dan Pembayaran Non Tunai Retribusi", pillar: "economy", kind: "reworded" },
  // Innovation titles (acronym + expansion, brand names, digital services)
  { name: "Lakone (Layanan Administrasi Kependudukan Online)", pillar: "governance", kind: "innovation" },
  { name: "Bank Sampah Digital", pillar: "environment", kind: "innovation", alt: "society" },
  { name: "SIPANDU (Sistem Informasi Pengaduan Terpadu)", pillar: "governance", kind: "innovation" },
  { name: "Si-Kerja: Portal Lowongan Kerja Online", pillar: "economy", kind: "innovation", alt: "society" },
  { name: "Job Fair Virtual Pencari Kerja", pillar: "economy", kind: "innovation", alt: "society" },
  { name: "Telemedicine Puskesmas Keliling", pillar: "living", kind: "innovation" },
  { name: "Antrean Online Rumah Sakit Umum Daerah", pillar: "living", kind: "innovation" },
  { name: "Si Bidan (Sistem Informasi Ibu Hamil dan Persalinan)", pillar: "living", kind: "innovation" },
  { name: "Smart Parking Berbasis Aplikasi", pillar: "living", kind: "innovation" },
  { name: "ATCS Simpang Terpadu", pillar: "living", kind: "innovation" },
  { name: "Bus Sekolah Gratis Terjadwal", pillar: "living", kind: "innovation", alt: "society" },
  { name: "Pasar Online UMKM (e-Marketplace Produk Lokal)", pillar: "economy", kind: "innovation" },
  { name: "QRIS Retribusi Pasar", pillar: "economy", kind: "innovation" },
  { name: "Kampung UMKM Digital", pillar: "economy", kind: "innovation" },
  { name: "e-Budgeting Terintegrasi", pillar: "governance", kind: "innovation" },
  { name: "e-Kinerja ASN", pillar: "governance", kind: "innovation" },
  { name: "Tanda Tangan Elektronik Naskah Dinas", pillar: "governance", kind: "innovation" },
  { name: "Dashboard Command Center Kepala Daerah", pillar: "governance", kind: "innovation" },
  { name: "Open Data Portal Satu Data", pillar: "governance", kind: "innovation" },
  { name: "Mal Pelayanan Publik Terpadu", pillar: "governance", kind: "innovation" },
  { name: "Wisata Virtual Desa Wisata", pillar: "branding", kind: "innovation" },
  { name: "Kalender Event Pariwisata Online", pillar: "branding", kind: "innovation" },
  { name: "City Branding dan Logo Daerah", pillar: "branding", kind: "innovation" },
  { name: "Galeri Produk Kreatif dan Kuliner Khas", pillar: "branding", kind: "innovation", alt: "economy" },
  { name: "Revitalisasi Alun-Alun dan Pedestrian Kota Lama", pillar: "branding", kind: "innovation", alt: "living" },
  { name: "Sistem Peringatan Dini Banjir (EWS)", pillar: "society", kind: "innovation", alt: "environment" },
  { name: "Public Safety Center 112", pillar: "society", kind: "innovation" },
  { name: "Desa Cerdas (Smart Village) Berbasis Komunitas", pillar: "society", kind: "innovation" },
  { name: "Kelas Digital Guru Penggerak", pillar: "society", kind: "innovation" },
  { name: "Pojok Baca Digital di Taman", pillar: "society", kind: "innovation" },
  { name: "Ruang Ramah Anak dan Forum Anak", pillar: "society", kind: "innovation" },
  { name: "PLTS Atap Gedung Pemerintah", pillar: "environment", kind: "innovation" },
  { name: "Lampu Jalan Hemat Energi LED", pillar: "environment", kind: "innovation" },
  { name: "Aplikasi Pemilahan Sampah Rumah Tangga", pillar: "environment", kind: "innovation" },
  { name: "Kampung Iklim (ProKlim) Mandiri", pillar: "environment", kind: "innovation" },
  { name: "Pantau Kualitas Udara Real Time", pillar: "environment", kind: "innovation" },
  { name: "SIMTARU (Sistem Informasi Tata Ruang)", pillar: "living", kind: "innovation" },
  { name: "Sertifikat Tanah Elektronik", pillar: "living", kind: "innovation", alt: "governance" },
  { name: "Bansos Tepat Sasaran Berbasis DTKS", pillar: "economy", kind: "innovation" },
  { name: "Lumbung Pangan Desa Digital", pillar: "economy", kind: "innovation" },
  { name: "Sistem Informasi Harga Komoditas Pertanian", pillar: "economy", kind: "innovation" },
];
