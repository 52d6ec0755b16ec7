// office-addin-mock only needs this enum; the real package's ESM-only dependency chain breaks Jest's
// CommonJS runtime on Node 20 (shared notes §0.3).
module.exports = { OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" } };
