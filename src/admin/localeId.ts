/**
 * Decap CMS ships no Indonesian locale, and the people who edit this site are public-relations
 * staff working in Indonesian, so the editor's own labels are translated here and registered over
 * English with `CMS.registerLocale('id', LOCALE_ID)`. The keys mirror decap-cms-locales' `en`
 * exactly (localeId.test.ts enforces it) so no English string leaks through a gap. Terms match
 * docs/panduan-editor.md (entri, draf, terbitkan, "Siap terbit"); a workflow board column is a
 * "lajur" because "kolom" already means a form field there.
 */
export const LOCALE_ID = {
  auth: {
    login: 'Masuk',
    loggingIn: 'Sedang masuk...',
    loginWithNetlifyIdentity: 'Masuk dengan Netlify Identity',
    loginWithAzure: 'Masuk dengan Azure',
    loginWithBitbucket: 'Masuk dengan Bitbucket',
    loginWithGitHub: 'Masuk dengan GitHub',
    loginWithGitLab: 'Masuk dengan GitLab',
    loginWithGitea: 'Masuk dengan Gitea',
    loginWithForgejo: 'Masuk dengan Forgejo',
    errors: {
      email: 'Pastikan Anda sudah memasukkan alamat email.',
      password: 'Silakan masukkan kata sandi Anda.',
      identitySettings:
        'Pengaturan identitas tidak dapat diakses. Jika menggunakan backend git-gateway, pastikan layanan Identity dan Git Gateway sudah diaktifkan.',
    },
  },
  app: {
    header: {
      content: 'Konten',
      workflow: 'Alur kerja',
      media: 'Media',
      quickAdd: 'Tambah cepat',
    },
    app: {
      errorHeader: 'Gagal memuat konfigurasi CMS',
      configErrors: 'Kesalahan konfigurasi',
      checkConfigYml: 'Periksa berkas config.yml.',
      loadingConfig: 'Memuat konfigurasi...',
      waitingBackend: 'Menunggu server...',
    },
    notFoundPage: {
      header: 'Halaman tidak ditemukan',
    },
  },
  collection: {
    sidebar: {
      collections: 'Koleksi',
      allCollections: 'Semua koleksi',
      searchAll: 'Cari di semua koleksi',
      searchIn: 'Cari di',
    },
    collectionTop: {
      sortBy: 'Urutkan menurut',
      viewAs: 'Tampilkan sebagai',
      viewAsList: 'Tampilan daftar',
      viewAsGrid: 'Tampilan kisi',
      newButton: '%{collectionLabel} baru',
      newButtonAriaLabel: 'Buat entri %{collectionLabel} baru',
      ascending: 'Urutan naik',
      descending: 'Urutan turun',
      searchResults: 'Hasil pencarian untuk "%{searchTerm}"',
      searchResultsInCollection: 'Hasil pencarian untuk "%{searchTerm}" di %{collection}',
      filterBy: 'Saring menurut',
      groupBy: 'Kelompokkan menurut',
    },
    entries: {
      loadingEntries: 'Memuat entri...',
      cachingEntries: 'Menyiapkan entri...',
      longerLoading: 'Proses ini mungkin memakan waktu beberapa menit',
      noEntries: 'Belum ada entri',
      unpublishedHeader: 'Entri yang belum terbit',
    },
    groups: {
      other: 'Lainnya',
      negateLabel: 'Bukan %{label}',
    },
    defaultFields: {
      author: {
        label: 'Penulis',
      },
      updatedOn: {
        label: 'Diperbarui pada',
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: 'opsional',
        widgetLabel: 'Kolom %{widgetLabel}',
      },
    },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel} wajib diisi.',
        regexPattern: '%{fieldLabel} tidak sesuai dengan pola: %{pattern}.',
        processing: '%{fieldLabel} sedang diproses.',
        range: '%{fieldLabel} harus bernilai antara %{minValue} dan %{maxValue}.',
        min: '%{fieldLabel} harus bernilai paling sedikit %{minValue}.',
        max: '%{fieldLabel} harus bernilai paling banyak %{maxValue}.',
        rangeCount: '%{fieldLabel} harus berisi antara %{minCount} dan %{maxCount} butir.',
        rangeCountExact: '%{fieldLabel} harus berisi tepat %{count} butir.',
        rangeMin: '%{fieldLabel} harus berisi paling sedikit %{minCount} butir.',
        rangeMax: '%{fieldLabel} harus berisi paling banyak %{maxCount} butir.',
        invalidPath: "Jalur '%{path}' tidak valid",
        pathExists: "Jalur '%{path}' sudah ada",
      },
      i18n: {
        writingInLocale: 'Menulis dalam bahasa %{locale}',
        copyFromLocale: 'Isi dari bahasa lain',
        copyFromLocaleConfirm:
          'Isi data dari bahasa %{locale}?\nSemua konten yang sudah ada akan ditimpa.',
      },
    },
    editor: {
      onLeavePage: 'Apakah Anda yakin ingin meninggalkan halaman ini?',
      onUpdatingWithUnsavedChanges:
        'Ada perubahan yang belum disimpan. Simpan terlebih dahulu sebelum mengubah status.',
      onPublishingNotReady: 'Ubah status menjadi "Siap terbit" sebelum menerbitkan.',
      onPublishingWithUnsavedChanges:
        'Ada perubahan yang belum disimpan. Simpan terlebih dahulu sebelum menerbitkan.',
      onPublishing: 'Apakah Anda yakin ingin menerbitkan entri ini?',
      onUnpublishing: 'Apakah Anda yakin ingin membatalkan penerbitan entri ini?',
      onDeleteWithUnsavedChanges:
        'Apakah Anda yakin ingin menghapus entri yang sudah terbit ini, beserta perubahan yang belum disimpan pada sesi ini?',
      onDeletePublishedEntry: 'Apakah Anda yakin ingin menghapus entri yang sudah terbit ini?',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'Semua perubahan yang belum terbit pada entri ini akan dihapus, beserta perubahan yang belum disimpan pada sesi ini. Tetap hapus?',
      onDeleteUnpublishedChanges:
        'Semua perubahan yang belum terbit pada entri ini akan dihapus. Tetap hapus?',
      loadingEntry: 'Memuat entri...',
      confirmLoadBackup:
        'Ditemukan cadangan lokal untuk entri ini. Apakah Anda ingin menggunakannya?',
    },
    editorInterface: {
      toggleI18n: 'Tampilkan/sembunyikan terjemahan',
      togglePreview: 'Tampilkan/sembunyikan pratinjau',
      toggleScrollSync: 'Gulir bersamaan',
      toggleNotes: 'Tampilkan/sembunyikan catatan',
    },
    editorNotesPane: {
      title: 'Catatan',
      emptyState:
        'Belum ada catatan. Tambahkan catatan pertama di bawah untuk mulai berkolaborasi.',
      addNote: 'Tambah catatan',
      addPlaceholder: 'Tulis catatan...',
      editPlaceholder: 'Ubah catatan Anda...',
      save: 'Simpan',
      cancel: 'Batal',
      edit: 'Ubah',
      delete: 'Hapus',
      resolve: 'Tandai selesai',
      unresolve: 'Buka kembali',
      confirmDelete: 'Apakah Anda yakin ingin menghapus catatan ini?',
      shortcut: 'Kiat: tekan Ctrl+Enter untuk menambahkan catatan dengan cepat',
    },
    editorToolbar: {
      publishing: 'Menerbitkan...',
      publish: 'Terbitkan',
      published: 'Sudah terbit',
      unpublish: 'Batalkan penerbitan',
      duplicate: 'Gandakan',
      unpublishing: 'Membatalkan penerbitan...',
      publishAndCreateNew: 'Terbitkan lalu buat baru',
      publishAndDuplicate: 'Terbitkan lalu gandakan',
      deleteUnpublishedChanges: 'Hapus perubahan yang belum terbit',
      deleteUnpublishedEntry: 'Hapus entri yang belum terbit',
      deletePublishedEntry: 'Hapus entri yang sudah terbit',
      deleteEntry: 'Hapus entri',
      saving: 'Menyimpan...',
      save: 'Simpan',
      statusInfoTooltipDraft:
        'Status entri ini masih draf. Untuk menyelesaikan dan mengajukannya agar ditinjau, ubah statusnya menjadi ‘Sedang ditinjau’',
      statusInfoTooltipInReview:
        'Entri sedang ditinjau, tidak ada tindakan lain yang diperlukan. Namun, Anda tetap dapat melakukan perubahan selama peninjauan.',
      deleting: 'Menghapus...',
      updating: 'Memperbarui...',
      status: 'Status: %{status}',
      backCollection: ' Menulis di koleksi %{collectionLabel}',
      unsavedChanges: 'Perubahan belum disimpan',
      changesSaved: 'Perubahan tersimpan',
      draft: 'Draf',
      inReview: 'Sedang ditinjau',
      ready: 'Siap terbit',
      publishNow: 'Terbitkan sekarang',
      deployPreviewPendingButtonLabel: 'Periksa pratinjau',
      deployPreviewButtonLabel: 'Lihat pratinjau',
      deployButtonLabel: 'Lihat di situs',
    },
    editorWidgets: {
      markdown: {
        bold: 'Tebal',
        italic: 'Miring',
        strikethrough: 'Coret',
        code: 'Kode',
        link: 'Tautan',
        linkPrompt: 'Masukkan URL tautan',
        headings: 'Subjudul',
        quote: 'Kutipan blok',
        bulletedList: 'Daftar berbutir',
        numberedList: 'Daftar bernomor',
        addComponent: 'Tambah komponen',
        richText: 'Teks berformat',
        markdown: 'Markdown',
        toggleMode: {
          rich: 'Beralih ke mode teks berformat',
          markdown: 'Beralih ke mode Markdown',
        },
      },
      image: {
        choose: 'Pilih gambar',
        chooseMultiple: 'Pilih beberapa gambar',
        chooseUrl: 'Sisipkan dari URL',
        replaceUrl: 'Ganti dengan URL',
        promptUrl: 'Masukkan URL gambar',
        chooseDifferent: 'Pilih gambar lain',
        addMore: 'Tambah gambar lagi',
        remove: 'Hapus gambar',
        removeAll: 'Hapus semua gambar',
      },
      file: {
        choose: 'Pilih berkas',
        chooseUrl: 'Sisipkan dari URL',
        chooseMultiple: 'Pilih beberapa berkas',
        replaceUrl: 'Ganti dengan URL',
        promptUrl: 'Masukkan URL berkas',
        chooseDifferent: 'Pilih berkas lain',
        addMore: 'Tambah berkas lagi',
        remove: 'Hapus berkas',
        removeAll: 'Hapus semua berkas',
      },
      unknownControl: {
        noControl: "Tidak ada kontrol untuk widget '%{widget}'.",
      },
      unknownPreview: {
        noPreview: "Tidak ada pratinjau untuk widget '%{widget}'.",
      },
      headingOptions: {
        headingOne: 'Judul 1',
        headingTwo: 'Subjudul',
        headingThree: 'Subjudul kecil',
        headingFour: 'Judul 4',
        headingFive: 'Judul 5',
        headingSix: 'Judul 6',
      },
      datetime: {
        now: 'Sekarang',
        clear: 'Kosongkan',
        setToNow: 'Isi %{fieldLabel} dengan waktu sekarang',
      },
      list: {
        add: 'Tambah %{item}',
        addType: 'Tambah %{item}',
      },
      object: {
        expand: 'Perluas',
        collapse: 'Ciutkan',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Draf',
      copy: 'Salin',
      copyUrl: 'Salin URL',
      copyPath: 'Salin jalur',
      copyName: 'Salin nama',
      copied: 'Tersalin',
    },
    mediaLibrary: {
      onDelete: 'Apakah Anda yakin ingin menghapus media yang dipilih?',
      fileTooLarge: 'Berkas terlalu besar.\nUkuran berkas paling besar %{size} kB.',
    },
    mediaLibraryModal: {
      loading: 'Memuat...',
      close: 'Tutup',
      noResults: 'Tidak ada hasil.',
      noAssetsFound: 'Tidak ada berkas media.',
      noImagesFound: 'Tidak ada gambar.',
      private: 'Pribadi: ',
      images: 'Gambar',
      mediaAssets: 'Berkas media',
      search: 'Cari...',
      uploading: 'Mengunggah...',
      upload: 'Unggah',
      download: 'Unduh',
      deleting: 'Menghapus...',
      deleteSelected: 'Hapus yang dipilih',
      chooseSelected: 'Gunakan yang dipilih',
    },
  },
  ui: {
    default: {
      goBackToSite: 'Kembali ke situs',
    },
    errorBoundary: {
      title: 'Terjadi kesalahan',
      details: 'Terjadi kesalahan. Silakan ',
      reportIt: 'laporkan melalui GitHub.',
      detailsHeading: 'Rincian',
      privacyWarning:
        'Laporan akan otomatis berisi pesan kesalahan dan data teknis untuk menelusuri masalah.\nPastikan informasinya benar dan hapus data pribadi atau rahasia jika ada.',
      recoveredEntry: {
        heading: 'Dokumen yang dipulihkan',
        warning: 'Salin dan tempel isi ini ke tempat lain sebelum meninggalkan halaman!',
        copyButtonLabel: 'Salin ke papan klip',
      },
    },
    settingsDropdown: {
      logOut: 'Keluar',
      account: 'Menu akun',
    },
    toast: {
      onFailToLoadEntries: 'Gagal memuat entri: %{details}',
      onFailToLoadDeployPreview: 'Gagal memuat pratinjau: %{details}',
      onFailToPersist: 'Gagal menyimpan entri: %{details}',
      onFailToDelete: 'Gagal menghapus entri: %{details}',
      onFailToUpdateStatus: 'Gagal memperbarui status: %{details}',
      missingRequiredField:
        'Maaf, masih ada kolom wajib diisi yang kosong. Lengkapi terlebih dahulu sebelum menyimpan.',
      entrySaved: 'Entri tersimpan',
      entryPublished: 'Entri sudah diterbitkan',
      entryUnpublished: 'Penerbitan entri dibatalkan',
      onFailToPublishEntry: 'Gagal menerbitkan: %{details}',
      onFailToUnpublishEntry: 'Gagal membatalkan penerbitan entri: %{details}',
      entryUpdated: 'Status entri diperbarui',
      onDeleteUnpublishedChanges: 'Perubahan yang belum terbit sudah dihapus',
      noteAdded: 'Catatan ditambahkan',
      onFailToAddNote: 'Gagal menambahkan catatan: %{details}',
      noteUpdated: 'Catatan diperbarui',
      onFailToUpdateNote: 'Gagal memperbarui catatan: %{details}',
      noteDeleted: 'Catatan dihapus',
      onFailToDeleteNote: 'Gagal menghapus catatan: %{details}',
      noteResolved: 'Catatan ditandai selesai',
      noteReopened: 'Catatan dibuka kembali',
      onFailToToggleNote: 'Gagal mengubah status catatan: %{details}',
      onFailToAuth: '%{details}',
      onLoggedOut: 'Sesi Anda telah berakhir. Cadangkan data yang diperlukan, lalu masuk kembali.',
      onBackendDown:
        'Layanan server sedang mengalami gangguan. Lihat %{details} untuk informasi lebih lanjut.',
    },
  },
  workflow: {
    workflow: {
      loading: 'Memuat entri alur kerja redaksi',
      workflowHeading: 'Alur kerja redaksi',
      newPost: 'Entri baru',
      description:
        '%{smart_count} entri menunggu ditinjau, %{readyCount} siap terbit. |||| %{smart_count} entri menunggu ditinjau, %{readyCount} siap terbit.',
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      lastChange: '%{date} oleh %{author}',
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: 'oleh %{author}',
      deleteChanges: 'Hapus perubahan',
      deleteNewEntry: 'Hapus entri baru',
      publishChanges: 'Terbitkan perubahan',
      publishNewEntry: 'Terbitkan entri baru',
    },
    workflowList: {
      onDeleteEntry: 'Apakah Anda yakin ingin menghapus entri ini?',
      onPublishingNotReadyEntry:
        'Hanya entri berstatus "Siap terbit" yang dapat diterbitkan. Seret kartunya ke lajur "Siap terbit" agar dapat diterbitkan.',
      onPublishEntry: 'Apakah Anda yakin ingin menerbitkan entri ini?',
      draftHeader: 'Draf',
      inReviewHeader: 'Sedang ditinjau',
      readyHeader: 'Siap terbit',
      currentEntries: '%{smart_count} entri |||| %{smart_count} entri',
    },
  },
} as const;
