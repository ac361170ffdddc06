//! The two languages of the dashboard and every fixed string of the interface.
//!
//! Vietnamese comes first: it is the default and the language of the sources.
//! Strings live in one table per language (a struct, so a missing translation
//! is a compile error, not a blank on screen).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The BCP 47 code, used for `<html lang>`, `?lang=` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

/// A label as it reads mid-sentence in Vietnamese: "Năm 2023" → "năm 2023",
/// "Đầu tư" → "đầu tư". A first word that is an acronym ("GRDP bình quân") keeps its
/// capitals.
pub(crate) fn mid_sentence(label: &str) -> String {
    let mut chars = label.chars();
    let (Some(first), second) = (chars.next(), chars.clone().next()) else {
        return String::new();
    };
    if second.is_some_and(|c| vietnamese_lowercase(c) != c) {
        return label.to_owned();
    }
    std::iter::once(vietnamese_lowercase(first)).chain(chars).collect()
}

/// A phrase as it opens a sentence: "năm 2022" → "Năm 2022", "trong danh sách…" → "Trong danh sách…".
/// Sentences here open with an ASCII letter or a digit, so no case table is needed.
pub(crate) fn sentence_start(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// The lower-case form of a capital letter of the Vietnamese alphabet (with any tone
/// mark); any other character is returned as it is.
///
/// `char::to_lowercase` would do, but it links Unicode's whole case table into the
/// wasm; these are the only blocks Vietnamese letters come from.
fn vietnamese_lowercase(c: char) -> char {
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5A => code + 0x20,
        // Latin-1: À … Þ, except the multiplication sign.
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        // Ă, Đ, Ĩ, Ũ: capitals at even code points, small letters follow.
        0x102 | 0x110 | 0x128 | 0x168 => code + 1,
        // Ơ, Ư.
        0x1A0 => 0x1A1,
        0x1AF => 0x1B0,
        // Letters with tone marks (Ạ … Ỹ): capitals at even code points.
        0x1EA0..=0x1EF8 if code % 2 == 0 => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Every fixed string of the interface in one language.
pub struct Ui {
    pub language_name: &'static str,
    /// Above the site title.
    pub kicker: &'static str,
    pub language_switch: &'static str,
    /// The share action, and what it says once it has copied the link.
    pub share: &'static str,
    pub link_copied: &'static str,
    pub skip_link: &'static str,
    /// Followed by the formatted publication date.
    pub vintage_prefix: &'static str,
    pub vintage_suffix: &'static str,
    /// The first screen's freshness line: the newest period, then the revision date.
    pub latest_prefix: &'static str,
    pub revised_prefix: &'static str,
    /// The footer's line: who publishes the page, then when its data was revised.
    pub published_by: &'static str,
    pub data_revised_prefix: &'static str,
    /// The page's table of contents: its name, its short names of sections, and the way back up.
    pub contents: &'static str,
    pub nav_key_figures: &'static str,
    pub nav_charts: &'static str,
    pub nav_compare: &'static str,
    pub nav_new_province: &'static str,
    pub nav_context: &'static str,
    pub nav_embed: &'static str,
    pub nav_data: &'static str,
    pub back_to_top: &'static str,
    /// The sources list, folded: followed by how many there are.
    pub show_sources: &'static str,
    /// The strip of the newest results: its heading, and its link to the whole section.
    pub latest_heading: &'static str,
    pub latest_more: &'static str,
    /// Followed by the periods the targets are for.
    pub targets_heading: &'static str,
    pub targets_note: &'static str,
    /// Followed by the periods the cards cover.
    pub key_figures_heading: &'static str,
    pub summary_heading: &'static str,
    pub charts_heading: &'static str,
    pub context_heading: &'static str,
    pub sources_heading: &'static str,
    pub sources_intro: &'static str,
    pub source: &'static str,
    pub other_sources_differ: &'static str,
    pub period: &'static str,
    pub value: &'static str,
    pub status: &'static str,
    pub rank: &'static str,
    pub table: &'static str,
    pub download_png: &'static str,
    pub download_csv: &'static str,
    pub download_svg: &'static str,
    /// Copies the chart to the clipboard as an image, and what it says once it has.
    pub copy_image: &'static str,
    pub image_copied: &'static str,
    pub download_dataset: &'static str,
    pub no_data: &'static str,
    pub chart_keyboard_hint: &'static str,
    pub mirror_note: &'static str,
    pub published: &'static str,
    pub no_address: &'static str,
    pub data_error_heading: &'static str,
    pub data_error_kept: &'static str,
    pub open_full: &'static str,
    pub embed_heading: &'static str,
    pub embed_intro: &'static str,
    pub embed_view: &'static str,
    pub view_all: &'static str,
    pub view_figures: &'static str,
    /// The embed panel's choice of the embed's language, which may differ from the page's.
    pub embed_lang: &'static str,
    /// The embed panel's choice of colours, and its three options.
    pub embed_scheme: &'static str,
    pub scheme_auto: &'static str,
    pub scheme_light: &'static str,
    pub scheme_dark: &'static str,
    /// The embed panel's choice of code: an iframe, or the custom element.
    pub embed_form: &'static str,
    pub form_frame: &'static str,
    pub form_element: &'static str,
    pub embed_code: &'static str,
    /// What a host page's Content Security Policy must allow, around the dashboard's origin
    /// (written between the two parts when the page knows it).
    pub embed_csp: &'static str,
    pub embed_csp_rest: &'static str,
    pub copy_code: &'static str,
    pub copied: &'static str,
    pub preview: &'static str,
    pub offline: &'static str,
    /// The link to the one-file offline copy, around its size in MB.
    pub offline_copy_prefix: &'static str,
    pub offline_copy_suffix: &'static str,
    /// Inside the offline copy: what it is, and where the live dashboard is.
    pub offline_copy_notice: &'static str,
    pub offline_copy_live: &'static str,
    pub update_ready: &'static str,
    pub reload: &'static str,
    pub data_heading: &'static str,
    pub data_intro: &'static str,
    pub choose_file: &'static str,
    pub drop_hint: &'static str,
    pub showing_dataset: &'static str,
    pub revised: &'static str,
    pub back_to_embedded: &'static str,
    pub loading_data: &'static str,
    /// After the dataset notice, when the file shown is the copy saved on this device
    /// because the network failed, before the day it was saved on.
    pub saved_copy: &'static str,
    pub saved_on: &'static str,
    pub crash_heading: &'static str,
    pub crash_text: &'static str,
    pub chart_failed: &'static str,
    /// The series charts' titles, and the words of their subtitles.
    pub growth_title: &'static str,
    pub growth_subtitle: &'static str,
    pub exports_title: &'static str,
    pub fdi_title: &'static str,
    pub budget_title: &'static str,
    pub pci_title: &'static str,
    pub pci_score_subtitle: &'static str,
    pub rank_best_first: &'static str,
    pub usd_billion: &'static str,
    pub vnd_trillion: &'static str,
    /// The PCI chart's choice of measure, and its two options.
    pub measure_shown: &'static str,
    pub measure_rank: &'static str,
    pub measure_score: &'static str,
    /// The first column of a ranking table.
    pub province: &'static str,
    /// The notes column of a chart's table.
    pub notes: &'static str,
    /// The legend entry of a fall (a negative change).
    pub legend_fall: &'static str,
    /// The section of ranking tables, and the name of its list of tabs.
    pub compare_heading: &'static str,
    pub compare_intro: &'static str,
    pub compare_tabs: &'static str,
    /// A comparison's legend entry for the provinces neither Bắc Ninh nor of its region.
    pub other_provinces: &'static str,
    /// Said of a position a source gives without its value.
    pub no_value_given: &'static str,
}

pub static VI: Ui = Ui {
    language_name: "Tiếng Việt",
    kicker: "Tỉnh Bắc Ninh · Kinh tế",
    language_switch: "Chọn ngôn ngữ",
    share: "Chia sẻ",
    link_copied: "Đã sao chép liên kết",
    skip_link: "Chuyển đến nội dung chính",
    vintage_prefix: "Số liệu công bố ngày ",
    vintage_suffix: " và các báo cáo sau đó",
    latest_prefix: "Số liệu mới nhất: ",
    revised_prefix: "cập nhật ngày ",
    published_by: "Đơn vị xuất bản: ",
    data_revised_prefix: "Số liệu cập nhật ngày ",
    contents: "Các phần của trang",
    nav_key_figures: "Kết quả",
    nav_charts: "Diễn biến",
    nav_compare: "So sánh",
    nav_new_province: "Tỉnh mới",
    nav_context: "Bối cảnh",
    nav_embed: "Nhúng",
    nav_data: "Tệp dữ liệu",
    back_to_top: "Lên đầu trang",
    show_sources: "Xem danh sách nguồn: ",
    latest_heading: "Mới nhất",
    latest_more: "Xem mọi kết quả của tỉnh mới",
    targets_heading: "Mục tiêu",
    targets_note: "Mục tiêu là kế hoạch tỉnh đặt ra, không phải kết quả đã đạt.",
    key_figures_heading: "Kết quả nổi bật",
    summary_heading: "Tóm tắt",
    charts_heading: "Diễn biến qua các năm",
    context_heading: "Định hướng và bối cảnh",
    sources_heading: "Nguồn số liệu",
    sources_intro: "Mỗi số liệu trên trang dẫn từ một trong các nguồn sau; trích dẫn nguyên văn kèm theo từng số liệu.",
    source: "Nguồn",
    other_sources_differ: "Nguồn khác ghi",
    period: "Kỳ",
    value: "Giá trị",
    status: "Tình trạng",
    rank: "Xếp hạng",
    table: "Bảng số liệu",
    download_png: "Tải ảnh PNG",
    download_csv: "Tải CSV",
    download_svg: "Tải SVG",
    copy_image: "Sao chép hình",
    image_copied: "Đã sao chép hình",
    download_dataset: "Tải toàn bộ dữ liệu",
    no_data: "không có số liệu",
    chart_keyboard_hint: "Dùng các phím mũi tên để đọc từng giá trị.",
    mirror_note: "bản sao trên trang khác, độ tin cậy thấp hơn",
    published: "đăng ngày",
    no_address: "không có địa chỉ trực tuyến",
    data_error_heading: "Không dùng được tệp dữ liệu",
    data_error_kept: "Trang vẫn hiển thị bộ dữ liệu hợp lệ gần nhất.",
    open_full: "Mở bảng điều khiển đầy đủ",
    embed_heading: "Nhúng vào trang web",
    embed_intro: "Chọn phần cần nhúng. Khung nhúng tự điều chỉnh chiều cao theo nội dung khi trang có tệp embed.js.",
    embed_view: "Phần hiển thị",
    view_all: "Toàn bộ bảng điều khiển",
    view_figures: "Các số liệu chính",
    embed_lang: "Ngôn ngữ của khung nhúng",
    embed_scheme: "Màu sắc",
    scheme_auto: "Theo thiết bị của người xem",
    scheme_light: "Nền sáng",
    scheme_dark: "Nền tối",
    embed_form: "Dạng mã",
    form_frame: "Khung iframe",
    form_element: "Thẻ <bac-ninh-dashboard>",
    embed_code: "Mã nhúng",
    embed_csp: "Trang có chính sách bảo mật nội dung (CSP) cần cho phép nguồn (origin) của bảng điều khiển",
    embed_csp_rest: " trong frame-src, và trong script-src cho embed.js.",
    copy_code: "Sao chép mã",
    copied: "Đã sao chép",
    preview: "Xem trước",
    offline: "Đang ngoại tuyến: trang hiển thị bản đã lưu từ lần truy cập trước.",
    offline_copy_prefix: "Tải bản ngoại tuyến (một tệp HTML, ",
    offline_copy_suffix: " MB)",
    offline_copy_notice: "Đây là bản ngoại tuyến: một tệp HTML, mở được khi không có mạng.",
    offline_copy_live: "Bản trực tuyến, có số liệu mới nhất:",
    update_ready: "Đã có phiên bản mới.",
    reload: "Tải lại",
    data_heading: "Xem trước tệp dữ liệu",
    data_intro: "Mở một tệp JSON cùng định dạng để xem trước. Tệp được kiểm tra như khi xây dựng; nếu có lỗi, trang giữ nguyên dữ liệu hiện tại.",
    choose_file: "Chọn tệp JSON",
    drop_hint: "hoặc kéo thả tệp vào đây",
    showing_dataset: "Đang hiển thị bộ dữ liệu",
    revised: "sửa đổi ngày",
    back_to_embedded: "Quay lại dữ liệu gốc",
    loading_data: "Đang tải dữ liệu…",
    saved_copy: "Không tải được bản mới nhất của tệp (không có mạng?): đây là bản đã lưu trên máy này",
    saved_on: "ngày",
    crash_heading: "Đã xảy ra lỗi",
    crash_text: "Một phần của trang gặp lỗi không mong muốn. Vui lòng tải lại trang.",
    chart_failed: "Không vẽ được biểu đồ này; các số liệu có trong bảng số liệu.",
    growth_title: "Tăng trưởng GRDP",
    growth_subtitle: "% so với cùng kỳ năm trước",
    exports_title: "Kim ngạch xuất khẩu hàng hóa",
    fdi_title: "Vốn FDI đăng ký lũy kế",
    budget_title: "Thu ngân sách nhà nước trên địa bàn",
    pci_title: "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI)",
    pci_score_subtitle: "điểm, thang 100",
    rank_best_first: "thứ hạng, 1 là cao nhất",
    usd_billion: "tỷ USD",
    vnd_trillion: "nghìn tỷ đồng",
    measure_shown: "Chỉ số hiển thị",
    measure_rank: "Thứ hạng",
    measure_score: "Điểm",
    province: "Tỉnh, thành phố",
    notes: "Ghi chú",
    legend_fall: "giảm",
    other_provinces: "tỉnh, thành phố khác",
    compare_heading: "Bắc Ninh giữa các tỉnh, thành phố",
    compare_intro: "Mỗi bảng là một bảng xếp hạng như nguồn đã công bố, với trích dẫn; không có số nào do chúng tôi tính thêm.",
    compare_tabs: "Bảng xếp hạng",
    no_value_given: "nguồn không nêu giá trị",
};

pub static EN: Ui = Ui {
    language_name: "English",
    kicker: "Bắc Ninh province · Economy",
    language_switch: "Choose language",
    share: "Share",
    link_copied: "Link copied",
    skip_link: "Skip to main content",
    vintage_prefix: "Figures published on ",
    vintage_suffix: " and in later reports",
    latest_prefix: "Latest figures: ",
    revised_prefix: "updated ",
    published_by: "Published by ",
    data_revised_prefix: "Data updated ",
    contents: "Sections of this page",
    nav_key_figures: "Results",
    nav_charts: "Trends",
    nav_compare: "Rankings",
    nav_new_province: "New province",
    nav_context: "Context",
    nav_embed: "Embed",
    nav_data: "Data file",
    back_to_top: "Back to top",
    show_sources: "Show the list of sources: ",
    latest_heading: "Latest",
    latest_more: "All results of the new province",
    targets_heading: "Targets for",
    targets_note: "Targets are plans the province has set, not results achieved.",
    key_figures_heading: "Headline results for",
    summary_heading: "Summary",
    charts_heading: "Trends over the years",
    context_heading: "Aims and context",
    sources_heading: "Sources",
    sources_intro:
        "Every figure on this page comes from one of these sources; the exact quote is given with each figure.",
    source: "Source",
    other_sources_differ: "Other sources give",
    period: "Period",
    value: "Value",
    status: "Status",
    rank: "Rank",
    table: "Data table",
    download_png: "Download PNG",
    download_csv: "Download CSV",
    download_svg: "Download SVG",
    copy_image: "Copy image",
    image_copied: "Image copied",
    download_dataset: "Download the whole dataset",
    no_data: "no data",
    chart_keyboard_hint: "Use the arrow keys to read each value.",
    mirror_note: "third-party copy, less reliable",
    published: "published",
    no_address: "no web address",
    data_error_heading: "The data file could not be used",
    data_error_kept: "The page still shows the last valid dataset.",
    open_full: "Open the full dashboard",
    embed_heading: "Embed on a website",
    embed_intro: "Choose what to embed. The frame sizes itself to its content on pages that include embed.js.",
    embed_view: "What to show",
    view_all: "The whole dashboard",
    view_figures: "Key figures",
    embed_lang: "Language of the embed",
    embed_scheme: "Colours",
    scheme_auto: "Follow the reader’s device",
    scheme_light: "Light background",
    scheme_dark: "Dark background",
    embed_form: "Code",
    form_frame: "An iframe",
    form_element: "A <bac-ninh-dashboard> element",
    embed_code: "Embed code",
    embed_csp: "A host page with a Content Security Policy must allow the dashboard’s origin",
    embed_csp_rest: " in frame-src, and in script-src for embed.js.",
    copy_code: "Copy code",
    copied: "Copied",
    preview: "Preview",
    offline: "Offline: showing the copy saved on your last visit.",
    offline_copy_prefix: "Download the offline copy (one HTML file, ",
    offline_copy_suffix: " MB)",
    offline_copy_notice: "This is the offline copy: one HTML file that opens without a network.",
    offline_copy_live: "The live dashboard, with the latest figures:",
    update_ready: "A new version is available.",
    reload: "Reload",
    data_heading: "Preview a data file",
    data_intro: "Open a JSON file in the same format to preview it. It is checked as at build time; if it has errors, the page keeps the current data.",
    choose_file: "Choose a JSON file",
    drop_hint: "or drop a file here",
    showing_dataset: "Showing the dataset",
    revised: "revised",
    back_to_embedded: "Back to the built-in data",
    loading_data: "Loading data…",
    saved_copy: "The latest version of the file could not be loaded (no network?): this is the copy saved on this device",
    saved_on: "on",
    crash_heading: "Something went wrong",
    crash_text: "Part of the page failed unexpectedly. Please reload the page.",
    chart_failed: "This chart could not be drawn; its figures are in the data table.",
    growth_title: "GRDP growth",
    growth_subtitle: "% on the same period of the previous year",
    exports_title: "Exports of goods",
    fdi_title: "Cumulative registered FDI",
    budget_title: "State budget revenue",
    pci_title: "Provincial Competitiveness Index (PCI)",
    pci_score_subtitle: "score out of 100",
    rank_best_first: "rank, 1 is the best",
    usd_billion: "USD billion",
    vnd_trillion: "VND trillion",
    measure_shown: "Measure shown",
    measure_rank: "Rank",
    measure_score: "Score",
    province: "Province",
    notes: "Notes",
    legend_fall: "fall",
    other_provinces: "other provinces",
    compare_heading: "Bắc Ninh among provinces",
    compare_intro: "Each table is a ranking as its source published it, quoted; we computed no figure of our own.",
    compare_tabs: "Rankings",
    no_value_given: "the source gives no value",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::default(), Lang::Vi);
    }

    #[test]
    fn mid_sentence_lowers_a_word_but_not_an_acronym() {
        assert_eq!(mid_sentence("Năm 2023"), "năm 2023");
        assert_eq!(mid_sentence("Đầu tư FDI"), "đầu tư FDI");
        assert_eq!(mid_sentence("Ước tính"), "ước tính");
        assert_eq!(mid_sentence("GRDP bình quân đầu người"), "GRDP bình quân đầu người");
        assert_eq!(mid_sentence("6 tháng đầu năm 2023"), "6 tháng đầu năm 2023");
        assert_eq!(mid_sentence("A"), "a");
        assert_eq!(mid_sentence(""), "");
    }

    #[test]
    fn vietnamese_lowercase_agrees_with_unicode_on_every_vietnamese_letter() {
        let capitals = "ABCDĐEGHIKLMNOPQRSTUVXYĂÂÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ";
        for c in capitals.chars() {
            assert_eq!(vietnamese_lowercase(c).to_string(), c.to_lowercase().to_string(), "{c}");
        }
        let small: String = capitals.to_lowercase();
        assert!(
            small.chars().all(|c| vietnamese_lowercase(c) == c),
            "small letters stay"
        );
        assert_eq!(vietnamese_lowercase('×'), '×');
        assert_eq!(vietnamese_lowercase('7'), '7');
    }
}
