/**
 * Indonesian lexicon per pillar element: words and phrases a programme or innovation name uses when it
 * belongs there, each with a weight (3 = specific, decides on its own; 2 = clear; 1 = a hint). Written
 * by hand from the vocabulary of the affairs in shared/domain.md §4 and of smart-city innovation titles;
 * entries go through the same `normalize.ts` as the names, so write them as plain words.
 *
 * Format per element: "term:weight, term:weight, …" (weight defaults to 2; 0.5 = a faint hint). A term of several words is
 * a phrase: it matches the same stems in a row and then its words do not count again.
 */
import type { ElementId, PillarId } from "../pillars";
import { analyse, type Token } from "./normalize";

const RAW: Readonly<Record<ElementId, string>> = {
  "governance.publicService": `
    surat keterangan:2,
    nikah:2, talak:3, cerai:2,
    pelayanan publik:3, layanan publik:3, mal pelayanan publik:3, pelayanan terpadu:2, satu pintu:2, pengaduan:3, aduan:3,
    lapor:1, kependudukan:2, pendaftaran penduduk:3, pencatatan sipil:3, catatan sipil:3, administrasi kependudukan:3, akta:3, akta kelahiran:3, kartu tanda penduduk:3,
    kartu identitas anak:3, kartu keluarga:3, penduduk:1, peristiwa penting:2, perkawinan:1, kelahiran:1, kematian:1, pindah datang:3, biodata:2,
    nomor induk kependudukan:3, identitas:1, perizinan online:2, izin online:2, informasi publik:3, keterbukaan informasi:3,
    pengelola informasi dokumentasi:3, komunikasi publik:3, hubungan masyarakat:3, humas:3, diseminasi informasi:3, media massa:2,
    media sosial:2, siaran pers:3, website:2, portal:1, call center:2, kecamatan:2, kelurahan:2, pelayanan administrasi:2,
    kepuasan masyarakat:3, survei kepuasan:3, antrean:2, antrian:2, loket:2, layanan online:2, layanan digital:1, pelayanan:0.5,
    keluhan:2, tanggap:1, aspirasi:2, konsultasi publik:2, informasi:0.5, publikasi:2, pelayanan umum:2, pos pelayanan:2, sipil:1,
    rekam:1, registrasi:1, keprotokolan:2, tamu:1, relasi media:3, konten:2
  `,
  "governance.bureaucracy": `
    command center:3, pusat komando:3,
    kota cerdas:3, kabupaten cerdas:3, provinsi cerdas:3, smart city:3, arsip:3, alih media arsip:3,
    tugas belajar:3, diploma:2, strata:1, dosen:1, izin belajar:3, afirmasi:1, aplikasi umum:3,
    sistem pemerintahan berbasis elektronik:3, pemerintahan elektronik:3, pemerintahan digital:3, egovernment:3, government:2,
    aparatur sipil negara:3, aparatur:2, pegawai:2, pegawai negeri sipil:3, kepegawaian:3, jabatan:2, jabatan fungsional:3, pensiun:2,
    pemberhentian:2, mutasi:2, kenaikan pangkat:3, disiplin:2, diklat:2, prajabatan:3, kompetensi aparatur:3, manajemen talenta:3, assesment:2,
    keuangan daerah:3, barang milik daerah:3, aset daerah:3, kas daerah:3, anggaran:2, akuntansi:3, pertanggungjawaban:2, penatausahaan:2,
    pajak daerah:3, pajak:2, retribusi:2, pendapatan daerah:3, pendapatan asli daerah:3, pajak bumi bangunan:3, bea perolehan:3, piutang:3,
    belanja:1, laporan keuangan:3, perbendaharaan:3, anggaran pendapatan belanja daerah:2, verifikasi:1, rekonsiliasi:2, hibah:1,
    pengawasan internal:3, inspektorat:3, audit:3, reviu:3, pemeriksaan:1, tindak lanjut:1, korupsi:3, gratifikasi:3, integritas:2,
    reformasi birokrasi:3, birokrasi:3, tata laksana:2, ketatalaksanaan:3, organisasi:1, akuntabilitas kinerja:3, kinerja:1,
    sistem akuntabilitas kinerja instansi pemerintah:3, pusat data:3, data center:3, jaringan intranet:3, intranet:3, jaringan komunikasi:2,
    infrastruktur teknologi:3, teknologi informasi komunikasi:2, aplikasi:0.5, sistem informasi:0.5, aplikasi umum:3, aplikasi khusus:3,
    domain:2, server:3, cloud:2, keamanan informasi:3, persandian:3, sandi:3, kriptografi:3, sertifikat elektronik:3, tanda tangan elektronik:3,
    arsip:3, kearsipan:3, arsiparis:3, naskah dinas:3, tata naskah:3, surat elektronik:2, kantor:1, rapat:1,
    dokumen:1, administrasi:1, pengadaan barang jasa:3, layanan pengadaan secara elektronik:3, tender:3, lelang:2, katalog elektronik:3,
    kepala daerah:2, wakil kepala daerah:2, bupati:2, wali kota:2, sekretariat:2, protokol:2, dinas:1, rumah tangga:2, kendaraan dinas:3,
    elektronik:0.5, digital:0.5, online:0.5, smart:0.5, teknologi informasi:1, jaringan:0.5, internet:0.5, otomasi:2, tata kelola:2, manajemen:1,
    perangkat daerah:1, korps pegawai:3, korpri:3, mal:1, sistem:0.5, kinerja pegawai:3, absensi:3, presensi:3, gaji:3, tunjangan:2,
    pengelolaan keuangan:3, badan layanan umum daerah:3, blud:3, dana cadangan:3, dana bagi hasil:3, kebijakan umum anggaran:3, prioritas plafon anggaran sementara:3,
    budgeting:3, ppas:3, penataan kelembagaan:3, pemerintahan dalam negeri:3, otonomi khusus:3, otsus:3, keistimewaan:2, kerugian daerah:3, penyelesaian kerugian:3, pengawasan dengan tujuan tertentu:3, pelantikan:3, gubernur:2, wakil gubernur:2,
    pengawasan keuangan:3, pengawasan umum:3, lembaga pemerintah:3, bina mental spiritual:2, bina spiritual:2
  `,
  "governance.policy": `
    kebijakan:0.5, kesejahteraan rakyat:3, perencanaan pembangunan:3, perencanaan:1, rencana pembangunan jangka menengah daerah:3, rencana kerja pemerintah daerah:3,
    rencana pembangunan jangka panjang:3, rencana strategis:3, musyawarah perencanaan pembangunan:3, pengendalian pembangunan:3,
    evaluasi pembangunan:3, monitoring evaluasi:0.5, statistik:3, statistik sektoral:3, satu data:3, data sektoral:3, metadata:3, data:0.5,
    penelitian:3, riset:3, kajian:2, pengkajian:3, inovasi daerah:3, inovasi:2, invensi:3, ilmu pengetahuan:3, iptek:3, litbang:3,
    peraturan daerah:2, peraturan:0.5, peraturan perundang undangan:0, ketentuan peraturan perundang undangan:0, peraturan bupati:3, peraturan wali kota:3, produk hukum:3, rancangan peraturan:3, naskah akademik:3,
    perundang undangan:1, legislasi:3, hukum:1, bantuan hukum:2, jaringan dokumentasi informasi hukum:3, dprd:3, dewan perwakilan:3, fraksi:3,
    reses:3, pokok pikiran:2, anggota dewan:3, rapat paripurna:3, alat kelengkapan:3, partisipasi publik:2, harmonisasi:1,
    dokumen perencanaan:2, indikator:1, analisis:1, dasbor:2, dashboard:2, pengambilan keputusan:3, executive:1, big data:2, visualisasi data:2,
    kerja sama daerah:2, kerja sama:0.5, kerjasama:0.5, rencana kerja:1, otonomi:2, pemerintah pusat:1, kebijakan publik:3, perumusan:1
  `,
  "branding.tourism": `
    storytelling:2, story telling:2,
    agrowisata:3, ekowisata:3, wisata religi:3, kampung tematik:3, tenun:2,
    kekayaan intelektual komunal:3, kekayaan intelektual:2, ppkd:3, pokok pikiran kebudayaan:3, budayawan:3, seniman:3, kultural:2, adat:1, palemahan:3, parahyangan:3, pawongan:3, pakaian adat:3, peradilan adat:2, mediasi adat:2, pranata adat:3, maa:2, selendang:2, cagar:3, warisan:2, rekreasi:2, diorama:3,
    pariwisata:3, wisata:3, wisatawan:3, destinasi:3, daya tarik:3, objek wisata:3, desa wisata:3, kepariwisataan:3, pemandu:2, homestay:3,
    kebudayaan:3, budaya:3, cagar budaya:3, museum:3, warisan budaya:3, kesenian:3, seni:2, sanggar:3, tari:3, tradisi:2, tradisional:1,
    adat istiadat:3, sejarah:2, situs:2, benda cagar:3, galeri:2, festival:3, event:2, kalender event:3, atraksi:3, seni pertunjukan:3,
    ekonomi kreatif:3, kreatif:2, kuliner:3, sadar wisata:3, pokdarwis:3, hotel:2, penginapan:2, restoran:2, tiket:1, pemajuan kebudayaan:3,
    objek pemajuan:3, permuseuman:3, kasultanan:1, kadipaten:1, taman budaya:3, kesejarahan:3, nilai budaya:3, film:2,
    musik:2, geopark:3, pemasaran pariwisata:3, promosi wisata:3, virtual tour:3, tur:2
  `,
  "branding.business": `
    logo:3,
    pma:3, pmdn:3, penanaman modal asing:3, penanaman modal dalam negeri:3,
    penanaman modal:3, investasi:3, investor:3, modal:2, promosi investasi:3, peluang investasi:3, iklim investasi:3, perizinan berusaha:1.5,
    perizinan:1, izin usaha:1.5, online single submission:3, berbasis risiko:2, insentif:2, kemudahan berusaha:3, pelaku usaha:1, dunia usaha:2,
    kawasan industri:1, kawasan ekonomi khusus:3, promosi daerah:3, promosi investasi daerah:3, branding:3, merek daerah:3, logo daerah:3, citra daerah:3, brand:3,
    pameran:2, expo:3, bisnis:2, kemitraan:0.5, pelayanan terpadu satu pintu:3
  `,
  "branding.cityAppearance": `
    wajah kota:3, estetika:3, keindahan kota:3, taman kota:3, alun alun:3, ruang publik:3, pedestrian:3, trotoar:3, gapura:3, tugu:3,
    ikon kota:3, landmark:3, landscape:3, lanskap:3, tugu:2, papan nama:2, reklame:3, penerangan jalan umum:2, lampu hias:3, mural:3, revitalisasi kawasan:2, kota lama:3,
    heritage:3, jalur hijau:2, penataan kawasan:1, tata kota:2, kota tua:3, wajah:2, tematik:2, signage:3, videotron:3, baliho:3
  `,
  "economy.industry": `
    puskeswan:3, inseminasi buatan:3, rumpon:3, andon:3, dam parit:3, alat mesin:2, penyuluh:1,
    gt:2, gross tonnage:3, notaris koperasi:3, berukuran:1,
    start up:2, kewirausahaan:3, simpan pinjam:3, koperasi simpan pinjam:3,
    siinas:3, sipjaki:3, penggembalaan:3, rumput laut:3, garam:3, hasil perikanan:3, kapal perikanan:3, perizinan perikanan:3, pembudidaya:3, sertifikasi produk:2,
    industri:3, perindustrian:3, industri kecil menengah:3, usaha mikro kecil menengah:3, usaha mikro:3, usaha kecil:3, koperasi:3, perkoperasian:3,
    wirausaha:3, kewirausahaan:3, kapal:3, nelayan:3, ikan:3, perikanan:3, kelautan:3, budidaya:3, pembudidayaan:3, tambak:3, garam:3, laut:1,
    pesisir:2, pertanian:3, tani:3, petani:3, tanaman:3, pangan:1, benih:3, bibit:3, pupuk:3, irigasi:1, hortikultura:3, perkebunan:3,
    kebun:3, ternak:3, peternakan:3, hewan:3, pakan:3, veteriner:3, penyuluh pertanian:3, alat mesin pertanian:3, panen:3, pascapanen:3,
    produk:2, produksi:2, produktivitas:2, pengolahan hasil:3, hilirisasi:3, sentra:3, klaster:2, kemasan:3, sertifikasi halal:2, halal:1,
    jasa konstruksi:3, konstruksi:2, badan usaha jasa konstruksi:3, tenaga konstruksi:3, kontraktor:3, rantai pasok:3, standar nasional indonesia:3,
    mesin:2, teknologi industri:3, inkubator:3, startup:2, usaha:1, pelaku usaha:2, produk unggulan:3, pembiayaan usaha:3, permodalan:2,
    kredit usaha rakyat:3, akses pembiayaan:3, pendampingan usaha:3, lahan pertanian:3, sawah:3, padi:3, jagung:3, kedelai:3, organik:2,
    karantina:2, zoonosis:3, kesehatan hewan:3, rumah potong:3, pelabuhan perikanan:3, penangkapan ikan:3, ekspor:2, tambang:2, desa mandiri:1
  `,
  "economy.welfare": `
    pemulihan ekonomi:3, padat karya:3,
    keselamatan kesehatan kerja:3, lumbung sosial:3, kampung siaga bencana:3, taruna siaga bencana:3, keterampilan dasar:2, kedaruratan:1,
    satuan pemukiman:3, penduduk setempat:1,
    tagana:3, ipwl:3, penyalahgunaan:2, serikat buruh:3, buruh:3, tripartit:3, konfederasi:2, embarkasi:3, instruktur:1,
    pemberangkatan:3, penampungan:2, reunifikasi:3, psikososial:3, penelusuran keluarga:3, pemulangan:2, lptks:3, undian:3, hadiah:2, pengumpulan uang barang:3, debarkasi:3, pengangkatan anak:3, aktivitas hidup sehari hari:3, makam pahlawan:3, penyandang disabilitas:3, anak terlantar:3, lanjut usia terlantar:3, bantuan langsung:3, sembilan bahan pokok:2,
    permakanan:3, makanan:1, pengungsi:2, asrama:1, rentan:2, kelompok rentan:3, pengasuhan anak terlantar:3, pemulasaraan:3, komunitas adat terpencil:3, kat:2, sumbangan:2, konsumsi:2, pemagangan:3, anak jalanan:3, korban:1, bimbingan sosial:3, pekerja sosial:3, taruna siaga bencana:2, bahan makanan:3,
    kesejahteraan sosial:3, sosial:2, bantuan sosial:3, penyandang masalah kesejahteraan sosial:3, fakir miskin:3, kemiskinan:3, miskin:3,
    disabilitas:2, penyandang:2, lanjut usia:2, lansia:2, panti:3, anak terlantar:3, terlantar:3, gelandangan:3, pengemis:3, rehabilitasi sosial:3,
    jaminan sosial:3, perlindungan sosial:3, program keluarga harapan:3, data terpadu kesejahteraan sosial:3, pahlawan:3, taman makam:3,
    kepahlawanan:3, keperintisan:3, kesetiakawanan:3, korban bencana:2, tenaga kerja:3, ketenagakerjaan:3, pencari kerja:3, pekerja migran:3, pekerja anak:3,
    kerja:1, lowongan kerja:3, bursa kerja:3, pelatihan kerja:3, balai latihan kerja:3, lembaga pelatihan kerja:3, penempatan tenaga:3,
    pekerja migran indonesia:3, hubungan industrial:3, pengangguran:3, upah:3, produktivitas tenaga:3, pasar kerja:3, magang:2, sosial ekonomi:1,
    pangan:2, ketahanan pangan:3, cadangan pangan:3, keamanan pangan:3, konsumsi pangan:3, diversifikasi pangan:3, gizi:1, kerawanan pangan:3,
    neraca pangan:3, distribusi pangan:3, pangan segar:3, lumbung:3, transmigrasi:3, transmigran:3, kesejahteraan:2, sejahtera:2,
    bantuan:1, santunan:3, zakat:2, sembako:2, beras:2
  `,
  "economy.transactions": `
    srg:2, sistem resi gudang:3,
    waralaba:3, stpw:3, alkohol:3, minuman beralkohol:3, swalayan:3, grosir:3, kulakan:3, eceran:3, pengecer:3, nib:2, agen:2, label:1, pasar modern:3, pusat perbelanjaan:3, toko:3, gudang:2, bapok:3, barang kebutuhan pokok:3, distribusi:1, ekspor:2,
    perdagangan:3, pasar:2, pasar rakyat:3, pedagang:3, pedagang kaki lima:3, pkl:1, harga:2, stabilisasi harga:3, bahan pokok:3, kebutuhan pokok:3,
    barang penting:3, distribusi barang:3, distributor:3, ekspor impor:3, metrologi:3, tera:3, tera ulang:3, timbangan:2, perlindungan konsumen:3,
    konsumen:2, pembayaran non tunai:3, non tunai:3, nontunai:3, pembayaran digital:3, pembayaran elektronik:3, transaksi:3, transaksi elektronik:3,
    qris pembayaran non tunai:3, dompet digital:3, uang elektronik:3, elektronifikasi transaksi pemerintah daerah:3, percepatan perluasan digitalisasi daerah:3,
    e commerce:3, lokapasar:3, marketplace:3, toko online:3, belanja online:3, perdagangan elektronik:3, pasar online:3, payment:3, bank:2, perbankan:2,
    keuangan inklusif:3, lembaga keuangan:2, kios:2, gudang:2, resi gudang:3, niaga:3, dagang:3, penjualan:2, jual beli:3, lelang:1, minyak goreng:2
  `,
  "living.harmony": `
    santunan tanah:3, sempadan:2,
    kepentingan umum:2, penetapan lokasi:2, standar teknis kawasan:2,
    mbr:3, berpenghasilan rendah:3, pkp:3, perumahan kawasan permukiman:3,
    arsitek:3, psu:3, turbinlak:2, kawasan khusus:1, tanah kasultanan:3, tanah kadipaten:3, bangunan gedung negara:3, penataan bangunan:3,
    rtrw:3, rdtr:3, rtr:3, tora:3, reforma agraria:3, agraria:3, tanah objek:2, kawasan siap bangun:3, lingkungan siap bangun:3, kasiba:3, lisiba:3, permukiman kumuh:3, tanah terlantar:3, redistribusi tanah:3, ulayat:3, hak guna:2,
    tata ruang:3, penataan ruang:3, rencana tata ruang:3, rencana detail tata ruang:3, pemanfaatan ruang:3, zonasi:2, kawasan strategis:2, kalibrasi:1,
    perumahan:3, rumah:1, permukiman:3, rumah layak huni:3, rumah tidak layak huni:3, kumuh:3, kawasan kumuh:3, relokasi:2, rusunawa:3, rumah susun:3,
    prasarana sarana utilitas:3, bangunan gedung:3, izin mendirikan bangunan:3, persetujuan bangunan gedung:3, sertifikat laik fungsi:3,
    air minum:3, penyediaan air minum:3, sistem penyediaan air minum:3, spam:3, sanitasi:2, tanah:2, pertanahan:3, sengketa tanah:3, hak atas tanah:3,
    tanah ulayat:3, ganti kerugian:2, pengadaan tanah:3, inventarisasi tanah:3, penguasaan tanah:3, konsolidasi tanah:3, sertifikat tanah:3,
    lahan:1, kawasan permukiman:3, pembangunan kawasan:2, infrastruktur:1, penataan bangunan:3, lingkungan permukiman:3,
    geospasial:3, peta:2, pemetaan:2, informasi geospasial:3, sistem informasi geografis:3, gis:3, batas wilayah:2, penamaan rupabumi:3, rupabumi:3,
    pemakaman:3, makam:2, tempat pemakaman umum:3, perencanaan kota:2, bedah rumah:3, backlog:3, pengembang perumahan:3
  `,
  "living.health": `
    pandemi:2, isolasi mandiri:3, isoman:3,
    berwawasan kependudukan:3, dampak kependudukan:3, proyeksi kependudukan:3, parameter kependudukan:3, isu kependudukan:3, peduli kependudukan:3, siaga kependudukan:3, kebijakan kependudukan:3, siga:3, sistem informasi keluarga:3, ibangga:3, bangga:2, penyiapan kehidupan berkeluarga:3, berkeluarga:2, menikah:2, pendidik sebaya:3, keswan:2, kesmavet:2,
    implan:3, pengasuhan:2, asuh:2, tumbuh kembang:3, seribu hari pertama kehidupan:3, hari pertama kehidupan:3, mkjp:3, kehamilan:3, kkbpk:3, pkb:2, plkb:3, ayah teladan:2, ukbm:3, jkn:3, jaminan kesehatan nasional:3, kesehatan tradisional:3, pemberian makanan tambahan:3,
    kencana:3, bangga kencana:3, bkb:3, bkr:3, bkl:3, uppka:3, ipbk:3, pik remaja:3, sayang ibu:3, kb:3, advokasi komunikasi informasi edukasi:1, rokok:3, kawasan tanpa rokok:3, kalibrasi:1, obstetri:3, neonatal:3, emergensi:2, pkrt:3, vektor:3, jajanan:2, p irt:3, keselamatan pasien:3, kejadian luar biasa:3, klb:3, kelanjutusiaan:3,
    kesehatan:3, puskesmas:3, rumah sakit:3, rumah sakit umum daerah:3, klinik:3, dokter:3, perawat:3, bidan:3, tenaga kesehatan:3,
    pelayanan kesehatan:3, fasilitas kesehatan:3, obat:3, farmasi:3, alat kesehatan:3, vaksin:3, imunisasi:3, penyakit:3, penyakit menular:3,
    penyakit tidak menular:3, epidemiologi:3, wabah:3, tuberkulosis:3, malaria:3, demam berdarah:3, hiv aids:3, gizi:3, stunting:3, ibu hamil:3,
    persalinan:3, balita:2, bayi:2, posyandu:3, pasien:3, rujukan:2, ambulans:3, ambulance:3, gawat darurat:2, jaminan kesehatan:3, bpjs kesehatan:3,
    rekam medis:3, telemedicine:3, telemedis:3, kesehatan masyarakat:3, kesehatan lingkungan:2, kesehatan jiwa:3, laboratorium kesehatan:3,
    keluarga berencana:3, kontrasepsi:3, akseptor:3, kependudukan keluarga berencana:3, keluarga berkualitas:3, ketahanan keluarga:2,
    bina keluarga:3, remaja:1, pengendalian penduduk:3, pembangunan keluarga:3, kampung keluarga:3, penyuluh keluarga:3, genre:2, pusat informasi konseling:2,
    sanitarian:3, air bersih:1, jamban:2, medis:3, medik:3, higiene:3, kefarmasian:3, makanan minuman:2, pangan olahan:1, germas:3, napza:2,
    lanjut usia:1, kematian ibu:3, kesehatan ibu:3, angka kematian:2, krisis kesehatan:3, kesehatan kerja:2, kesehatan olahraga:2, apotek:3, odgj:3
  `,
  "living.mobility": `
    zona selamat sekolah:3, rute aman selamat sekolah:3, keselamatan lalu lintas:3, keselamatan angkutan:3, sistem manajemen keselamatan:2,
    lapangan terbang:3, helikopter:3, batas kecepatan:3, pendaratan:2, pelabuhan pengumpan:3, angkutan sungai:3,
    llaj:3, lalu lintas angkutan jalan:3, andalalin:3, analisis dampak lalu lintas:3, zoss:3, rass:3, bandarudara:3, underpass:3, flyover:3, tunnel:2, terowongan:3, pengemudi:3, antarkota:3, perkeretaapian:3, aksesibilitas:1, perparkiran:3, kapal angkutan:3, lintas:1,
    perhubungan!:3, transportasi:3, angkutan:2, angkutan umum:3, angkot:3, angkutan kota:3, lalu lintas:3, area traffic control system lalu lintas:3, parkir:2, smart parking:3, parkir elektronik:3, terminal:3,
    halte:3, bus:3, trayek:3, kendaraan:2, pengujian kendaraan:3, uji kendaraan:3, kendaraan bermotor:3, rambu:3, marka:3, pelabuhan:3,
    penyeberangan:3, angkutan laut:3, angkutan sungai danau:3, perawatan kapal:3, perbaikan kapal:3, dermaga:3, bandar udara:3, bandara:3, penerbangan:3, kereta:3, perkeretaapian:3, sungai danau:2, jalan:3, jembatan:3,
    jalan raya:3, jalan desa:3, jalan lingkungan:2, jaringan jalan:3, perlengkapan jalan:3, keselamatan jalan:3, penerangan jalan:2, mudik:2,
    mobilitas:2, ojek:3, becak:3, sepeda:2, pejalan kaki:2, kemacetan:3, simpang:2, pelayaran:3, kapal penumpang:3, moda:3, transit:3, navigasi:2,
    rute:2, armada:2, jalur:1, persimpangan:3
  `,
  "society.community": `
    sport science:3, lomba:1, olahraga tradisional:3, pekan olahraga:3,
    teknologi tepat guna:3, wilayah adat:3, kampung adat:3, rumah adat:2, orang asli papua:2, pemerintahan kampung:3, bpd:3, badan permusyawaratan desa:3, kelembagaan desa:3, lembaga kemasyarakatan desa:3, orang asli papua:1, ruang bersama:2,
    lkk:3, lak:3, pug:3, pengarusutamaan:3, kesetaraan gender:3, olahragawan:3, olahraga prestasi:3, olahraga rekreasi:3, lembaga adat:2, masyarakat adat:2, perempuan kepala keluarga:3, partisipasi perempuan:3, pemberdayaan perempuan:3, kualitas keluarga:2, organisasi kepemudaan:3, kewirausahaan pemuda:3,
    pemberdayaan masyarakat:3, masyarakat:0.5, desa:2, kampung:2, nagari:3, gampong:3, pemerintahan desa:3, kepala desa:3, perangkat desa:3, dana desa:3,
    badan usaha milik desa:3, lembaga kemasyarakatan:3, pemberdayaan kesejahteraan keluarga:3, gotong royong:3, swadaya:3, partisipasi masyarakat:3,
    perempuan:3, anak:2, perlindungan anak:3, kekerasan:3, kekerasan terhadap perempuan:3, pengarusutamaan gender:3, gender:3, kota layak anak:3,
    layak anak:3, forum anak:3, hak anak:3, tindak pidana perdagangan orang:3, perdagangan orang:3, pendampingan korban:2, keluarga:1, ibu:1,
    pemuda:3, kepemudaan:3, kepramukaan:3, pramuka:3, olahraga:3, keolahragaan:3, atlet:3, kejuaraan:3, prestasi:1, organisasi kemasyarakatan:2,
    komunitas:3, relawan:3, karang taruna:3, forum warga:3, warga:2, rukun tetangga:3, rukun warga:3, sosial kemasyarakatan:2, hukum adat:2,
    masyarakat hukum adat:2, lembaga adat:2, pembangunan desa:3, administrasi desa:3, keuangan desa:3, musyawarah desa:3, kerukunan:2, lintas agama:2,
    keagamaan:2, agama:2, rumah ibadah:3, masjid:2, gereja:2, pesantren:2, santri:2, ulama:2, syariat:2, dakwah:2
  `,
  "society.learning": `
    ensiklopedia:3,
    bibliografi:3, katalog induk:3, deposit:2, pembudayaan kegemaran membaca:3,
    tunarungu:3, tunagrahita:3, tunadaksa:3, tunalaras:3, tunanetra:3, berkebutuhan khusus:3, alih media:3, bakat:2, karya cetak:3, karya rekam:3, serah simpan:3, naskah nusantara:3, peserta didik:3, sekolah luar biasa:3, santri:1, pendidikan kesetaraan:3,
    sudut baca:3, ruang baca:3, aula:1, mebel:1, bengkel:1, dayah:3, madrasah:3, bahasa daerah:3, sastra:3, kebahasaan:3, kesastraan:3, kamus:3, bahan ajar:3, modul:2, sarana mobilitas sekolah:3, unit kesehatan sekolah:3, laboratorium:2,
    pendidikan:3, sekolah:3, sekolah dasar:3, sekolah menengah pertama:3, sekolah menengah atas:3, sekolah menengah kejuruan:3, pendidikan anak usia dini:3,
    guru:3, pendidik:3, tenaga kependidikan:3, peserta didik:3, murid:3, siswa:3, pelajar:3, mahasiswa:3, beasiswa:3, kurikulum:3, pembelajaran:3,
    belajar:3, kelas:2, ruang kelas:3, perpustakaan:3, pustakawan:3, koleksi:2, gemar membaca:3, membaca:3, minat baca:3, literasi:3, literasi digital:3,
    buku:2, naskah kuno:3, pendidikan nonformal:3, kesetaraan:2, kursus:2, pelatihan:1, akademi:3, komunitas belajar:3, pembelajaran jarak jauh:3,
    penerimaan peserta didik baru:3, ujian:2, akreditasi:2, laboratorium:1, edukasi:2, bimbingan belajar:3, kelas digital:3, e learning:3,
    elektronik learning:3, universitas:3, perguruan tinggi:3, muatan lokal:3, pendidikan khusus:3, sekolah inklusi:3, unit sekolah baru:3, bahasa:1,
    pustaka:3, taman bacaan:3, pojok baca:3, cerdas:2, pengetahuan:1, keterampilan:1, diklat:1, vokasi:2
  `,
  "society.security": `
    forum koordinasi pimpinan daerah:3, forkopimda:3,
    kontijensi:3, kontinjensi:3, rencana kontinjensi:3, polisi pamong:3,
    paskibraka:3, ppns:3, penyidik pegawai negeri sipil:3, qanun:2, wilayatul hisbah:3, hisbah:3, pelanggaran:2, pascabencana:3, cambuk:3, penyidikan:3, penyelidikan:3, kebakaran:3, wilayah manajemen kebakaran:3, kesiapsiagaan:3, pengungsian:2, rispkp:3, sarana proteksi kebakaran:3, keamanan:2,
    ketenteraman ketertiban umum:3, ketertiban umum:3, ketenteraman:3, ketertiban:3, polisi pamong praja:3, pamong praja:3, perlindungan masyarakat:3,
    keamanan:2, keamanan lingkungan:3, siskamling:3, pemadam kebakaran:3, kebakaran:3, pemadaman:3, penyelamatan:3, evakuasi:3, bencana:3,
    penanggulangan bencana:3, kebencanaan:3, rawan bencana:3, tanggap darurat:3, mitigasi:3, kesiapsiagaan:3, peringatan dini bencana:3,
    early warning system peringatan dini bencana:3, logistik bencana:3, pasca bencana:3, public safety center:3, kamera pengawas:3, cctv kamera pengawas:3,
    darurat:2, panggilan darurat:3, kriminal:3, kriminalitas:3, narkoba:3, narkotika:3, terorisme:3, radikalisme:3, konflik sosial:3, konflik:2,
    kesatuan bangsa:3, kebangsaan:3, wawasan kebangsaan:3, bela negara:3, ideologi:3, pancasila:3, politik:3, partai politik:3, pemilihan umum:3,
    pemilu:3, pilkada:3, demokrasi:3, organisasi kemasyarakatan:2, ormas:3, kewaspadaan:3, intelijen:3, orang asing:3, penegakan peraturan daerah:3,
    penegakan:2, satuan tugas:1, satgas:1, patroli:3, pengamanan:2, aman:2, penjagaan:2, hak asasi manusia:2, pembauran:3, bhinneka tunggal ika:3,
    karakter bangsa:3, kewarganegaraan:2
  `,
  "environment.protection": `
    mitigasi perubahan iklim:3, adaptasi perubahan iklim:3, tanaman hutan:3, benih tanaman hutan:3, perbenihan tanaman hutan:3, kelompok tani hutan:3, hutan produksi:3, irigasi tambak:3, jaringan irigasi tambak:3, alat pemantau kualitas lingkungan:3, ekosistem penting:3,
    rhl:3, sumur resapan:3, gully plug:3, satwa liar:3, koridor:1, biosfer:3, taman nasional:3,
    mha:1, pplh:3, khdtk:3, kph:3, hhbk:3, das:3, sumber daya alam:3, eksploitasi:2, alam:2, ekoregion:3, kerusakan:2, kebakaran lahan:3, karhutla:3, penghargaan lingkungan:3, kalpataru:3, pengelolaan sungai:3, wilayah sungai:3, hutan adat:3,
    sabo:3, check dam:3, polder:3, kolam retensi:3, situ:3, tampungan air:3, breakwater:3, tebing:2, rpplh:3, klhs:3, sda:2, remediasi:3, restorasi:3, flood:3, genangan:2, alokasi air:3, pantai:2, pengamanan pantai:3, sedimen:2, rencana perlindungan pengelolaan lingkungan hidup:3,
    lingkungan hidup:3, lingkungan:1, pencemaran:3, kerusakan lingkungan:3, pencemaran udara:3, kualitas udara:3, kualitas air:3, emisi:3,
    gas rumah kaca:3, perubahan iklim:3, iklim:2, keanekaragaman hayati:3, hayati:3, konservasi:3, ekosistem:3, hutan:3, kehutanan:3, hutan lindung:3,
    hutan kota:3, taman hutan raya:3, reboisasi:3, penghijauan:3, pohon:3, mangrove:3, terumbu karang:3, daerah aliran sungai:3, sumber daya air:3,
    air tanah:2, mata air:3, sungai:2, danau:2, waduk:3, embung:3, bendungan:3, irigasi:2, banjir:3, pengendalian banjir:3, rawa:2, pantai:2,
    abrasi:3, erosi:3, longsor:1, analisis mengenai dampak lingkungan:3, amdal:3, izin lingkungan:3, persetujuan lingkungan:3, dampak lingkungan:3,
    kajian lingkungan hidup strategis:3, daya dukung:3, daya tampung:3, ruang terbuka hijau:3, taman:1, satwa:3, tumbuhan:2, flora:3, fauna:3,
    kehati:3, adiwiyata:3, proklim:3, kampung iklim:3, kebun raya:3, lahan kritis:3, rehabilitasi lahan:3, kebakaran hutan:3, hasil hutan:3,
    kayu:2, pengaduan lingkungan:3, penegakan hukum lingkungan:3, pemantauan lingkungan:3, laboratorium lingkungan:3, geologi:2, cekungan air tanah:3,
    air baku:3, pengelolaan sumber daya air:3, jaringan irigasi:3, pemanfaatan hutan:3, perhutanan sosial:3, kesatuan pengelolaan hutan:3, tahura:3
  `,
  "environment.waste": `
    iplt:3, instalasi pengolahan lumpur tinja:3, tpst:3, timbulan:3, timbunan sampah:3, tempat penampungan sementara:3, landfill:3,
    sampah:3, persampahan:3, bank sampah:3, pengolahan sampah:3, tempat pengolahan sampah:3, tempat pemrosesan akhir sampah:3, reduce reuse recycle:3,
    daur ulang:3, kompos:3, limbah:3, air limbah:3, limbah domestik:3, bahan berbahaya beracun:3, limbah bahan berbahaya beracun:3,
    instalasi pengolahan air limbah:3, pengolahan air limbah:3, lumpur tinja:3, tinja domestik:3, tinja:3, septik:3, septic tank:3, sanitasi:2, drainase:3,
    saluran:2, gorong gorong:3, kebersihan:3, bersih:2, pemilahan:3, retribusi sampah:3, plastik:3, kantong plastik:3, zero waste:3, sirkular:3,
    ekonomi sirkular:3, maggot:3, insinerator:3, pengangkutan sampah:3, armada sampah:3, sistem pengelolaan air limbah domestik:3, spald:3, jamban:1
  `,
  "environment.energy": `
    pemanfaatan langsung panas bumi:3, jasa pertambangan:3, usaha jasa pertambangan:3, komoditas pertambangan:3,
    bbm:3, lifting:3, geoheritage:3, minyak gas:3,
    wilayah izin usaha pertambangan:3, izin usaha pertambangan:3, wiup:3, iup:3, komoditas mineral:3, air tanah:1, gas:2, migas:3, pembangkit listrik:3, jaringan transmisi:3,
    energi:3, energi baru terbarukan:3, energi terbarukan:3, listrik:3, ketenagalistrikan:3, kelistrikan:3, pembangkit:3, pembangkit listrik tenaga surya:3,
    tenaga surya:3, surya:3, panel surya:3, solar panel:3, biogas:3, biomassa:3, mikrohidro:3, panas bumi:3, hemat energi:3, efisiensi energi:3,
    konservasi energi:3, penerangan jalan umum:2, lampu:2, bahan bakar:3, minyak bumi:3, gas bumi:3, mineral:3, batubara:3, pertambangan:3,
    tambang:2, mineral bukan logam:3, batuan:3, logam:2, air tanah:1, geologi:1, jaringan listrik:3, elektrifikasi:3, kendaraan listrik:3, bioenergi:3
  `,
};

/**
 * English words of innovation titles ("Smart Parking", "Tourism Information Center", "Trash Bank"): regions
 * name many innovations in English. Written from the same element definitions as RAW (domain.md §2); a
 * word that only says how a thing is built ("app", "system", "online") is left out on purpose.
 */
const ENGLISH: Readonly<Partial<Record<ElementId, string>>> = {
  "governance.publicService": `public service:3, citizen service:3, complaint:3, helpdesk:2, front office:2, one stop service:3, civil registration:3`,
  "governance.bureaucracy": `egov:3, e government:3, government office:2, virtual office:3, paperless:3, archive:3, payroll:3, civil servant:3, procurement:3, data center:3, cyber security:3`,
  "governance.policy": `open data:3, one data:3, planning:2, dashboard:2, executive information:3, decision support:3`,
  "branding.tourism": `tourism:3, tourist:3, travel:2, culture:3, cultural:3, heritage:3, festival:3, carnival:3, museum:3, culinary:3, destination:3, souvenir:3, homestay:3`,
  "branding.business": `investment:3, investor:3, business:2, branding:3, city branding:3, expo:3`,
  "branding.cityAppearance": `city park:3, landmark:3, mural:3, signage:3, facade:3, city light:2, pedestrian:3, city walk:3`,
  "economy.industry": `creative hub:2, startup:3, entrepreneur:3, msme:3, sme:3, farmer:3, farming:3, fishery:3, fisherman:3, agriculture:3, factory:3, industry:3, industrial:3, batik:2, weaving:2`,
  "economy.welfare": `job:3, jobs:3, job fair:3, employment:3, labour:3, labor:3, poverty:3, social welfare:3, social assistance:3, food security:3`,
  "economy.transactions": `market:3, marketplace:3, payment:3, cashless:3, e commerce:3, ecommerce:3, online shop:3, trade:3, retail:3, qris:3, transaction:3`,
  "living.harmony": `housing:3, settlement:3, spatial:3, water supply:3, clean water:3, drinking water:3, sanitation:3, street light:2`,
  "living.health": `health:3, healthy:3, hospital:3, clinic:3, ambulance:3, medical:3, doctor:3, nurse:3, patient:3, telemedicine:3, vaccine:3, stunting:3, nutrition:3`,
  "living.mobility": `parking:3, traffic:3, transport:3, transportation:3, bus:3, shuttle:3, mobility:3, bike:2, bicycle:2, airport:3, harbor:3, ferry:3, train:3, commuter:3, smart parking:3`,
  "society.community": `community:3, youth:3, women:3, woman:3, volunteer:3, sport:3, sports:3, religious:2`,
  "society.learning": `school:3, student:3, teacher:3, education:3, learning:3, library:3, literacy:3, academy:3, academia:2, training:2, scholarship:3, coding:3, digital literacy:3`,
  "society.security": `safety:3, security:3, police:3, cctv:3, disaster:3, firefighter:3, rescue:3, early warning:3, public safety:3, patrol:3, crime:3, emergency call:3`,
  "environment.protection": `green:2, river:3, forest:3, tree:3, mangrove:3, climate:3, air quality:3, water quality:3, pollution:3, environment:3, environmental:3, conservation:3, coral:3, biodiversity:3, go green:3`,
  "environment.waste": `waste:3, trash:3, garbage:3, rubbish:3, recycle:3, recycling:3, compost:3, plastic:3, zero waste:3, waste bank:3, trash bank:3, sewage:3`,
  "environment.energy": `energy:3, solar:3, solar panel:3, electricity:3, renewable:3, biogas:3, smart grid:3`,
};

export interface LexiconEntry {
  /** Stems of the term, in order. */
  readonly stems: readonly string[];
  /** The term as written, for reasons. */
  readonly term: string;
  readonly element: ElementId;
  readonly weight: number;
  /** Weight per written form (words joined by spaces) of the terms that share these stems. */
  readonly forms: ReadonlyMap<string, number>;
  /**
   * Counts only as written (a term ending in "!"): "perhubungan" names the transport office, while
   * "menghubungkan" (to connect), which meets it through the stemmer, says nothing about transport.
   */
  readonly exactOnly?: boolean;
}

/**
 * A name's words that meet a term only through the stemmer ("pelaporan" ~ "lapor", "penumbuhan" ~
 * "tumbuhan", "kelautan" ~ "laut") are weaker evidence than the word as written: the affix often
 * changes the sense. They score the term's weight times this factor (chosen on the tuning half).
 */
export const STEM_ONLY_FACTOR = 0.75;

function compile(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  const sources = [...Object.entries(RAW), ...Object.entries(ENGLISH)] as [ElementId, string][];
  for (const [element, text] of sources) {
    for (const item of text.split(",")) {
      const t = item.trim();
      if (!t) continue;
      const m = /^(.*?)(?::(\d+(?:\.\d+)?))?$/.exec(t);
      const raw = (m?.[1] ?? t).trim();
      const exactOnly = raw.endsWith("!");
      const term = exactOnly ? raw.slice(0, -1).trim() : raw;
      // Weight 0: boilerplate phrases ("sesuai ketentuan peraturan perundang-undangan") that claim their words.
      const weight = m?.[2] !== undefined ? Number(m[2]) : 2;
      const toks = analyse(term);
      if (toks.length === 0) continue;
      out.push({ stems: toks.map((t) => t.stem), term, element, weight, forms: new Map([[toks.map((t) => t.word).join(" "), weight]]), ...(exactOnly ? { exactOnly } : {}) });
    }
  }
  // One entry per (stems, element): "kesehatan" and "sehat" share a stem and must not count twice.
  const seen = new Map<string, LexiconEntry>();
  for (const e of out) {
    const k = `${e.element}|${e.stems.join(" ")}`;
    const prev = seen.get(k);
    if (!prev) {
      seen.set(k, e);
      continue;
    }
    const forms = new Map(prev.forms);
    for (const [f, w] of e.forms) forms.set(f, Math.max(w, forms.get(f) ?? 0));
    const exactOnly = prev.exactOnly === true && e.exactOnly === true;
    seen.set(k, { ...(prev.weight >= e.weight ? prev : e), forms, ...(exactOnly ? { exactOnly } : { exactOnly: undefined }) });
  }
  // Longest phrases first: they claim their tokens before single words do.
  return [...seen.values()].sort((a, b) => b.stems.length - a.stems.length);
}

export const LEXICON: readonly LexiconEntry[] = compile();

export interface LexiconHit {
  readonly entry: LexiconEntry;
}

export interface LexiconScore {
  readonly byElement: ReadonlyMap<ElementId, number>;
  readonly byPillar: ReadonlyMap<PillarId, number>;
  readonly hits: readonly LexiconEntry[];
}

const byFirstStem = new Map<string, LexiconEntry[]>();
for (const e of LEXICON) {
  const k = e.stems[0]!;
  const list = byFirstStem.get(k) ?? [];
  list.push(e);
  byFirstStem.set(k, list);
}

/**
 * Score stemmed tokens against the lexicon. Each token counts once: a phrase claims its tokens, then
 * single words score what is left. A term found in several elements (e.g. "air tanah") scores each.
 */
export function scoreTokens(words: readonly Token[]): LexiconScore {
  const toks = words.map((w) => w.stem);
  const used = new Array<boolean>(toks.length).fill(false);
  const byElement = new Map<ElementId, number>();
  const hits: LexiconEntry[] = [];
  const add = (e: LexiconEntry) => {
    byElement.set(e.element, (byElement.get(e.element) ?? 0) + e.weight);
    hits.push(e);
  };
  // Pass 1: phrases (longest first across the whole name), pass 2: single words.
  for (const phrase of [true, false]) {
    for (let i = 0; i < toks.length; i++) {
      if (used[i]) continue;
      const cands = byFirstStem.get(toks[i]!) ?? [];
      let claimedLen = 0;
      for (const e of cands) {
        const n = e.stems.length;
        if (phrase ? n < 2 : n !== 1) continue;
        if (claimedLen && n !== claimedLen) continue;
        let ok = i + n <= toks.length;
        for (let k = 0; ok && k < n; k++) if (used[i + k] || toks[i + k] !== e.stems[k]) ok = false;
        if (!ok) continue;
        const written = words.slice(i, i + n).map((w) => w.word).join(" ");
        const exact = e.forms.get(written);
        if (exact === undefined && e.exactOnly) continue;
        const weight = exact !== undefined ? e.weight : e.weight * STEM_ONLY_FACTOR;
        add(weight === e.weight ? e : { ...e, weight });
        claimedLen = n;
      }
      if (claimedLen) for (let k = 0; k < claimedLen; k++) used[i + k] = true;
    }
  }
  const byPillar = new Map<PillarId, number>();
  for (const [el, s] of byElement) {
    const p = el.split(".")[0] as PillarId;
    byPillar.set(p, (byPillar.get(p) ?? 0) + s);
  }
  return { byElement, byPillar, hits };
}

/** Convenience: score a raw name. */
export function scoreText(text: string): LexiconScore {
  return scoreTokens(analyse(text));
}
