//! A problem found in a dataset, with where it is, worded in both languages.
//!
//! Reading (`load`, through serde_json) and checking (`validate`) both report
//! problems; the type lives here, below both, so neither depends on the other.
//! serde's few message shapes (missing field, unknown field, wrong type, unknown
//! variant, duplicate field) and serde_json's syntax errors are each given a kind
//! of their own, so a data editor reads them in Vietnamese as well as English.

use std::fmt;

use crate::dataset::Unit;
use crate::format::{format_megabytes, format_number, format_value};
use crate::i18n::Lang;
use crate::period::Date;

/// The schema version this build reads.
pub(crate) const SCHEMA_VERSION: u32 = 1;

/// Where in the text a problem was found, as an editor counts: lines and characters from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPosition {
    pub line: usize,
    pub column: usize,
}

/// Why a text is not JSON, one per serde_json syntax error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxReason {
    EndInObject,
    EndInArray,
    EndInString,
    EndBeforeValue,
    ExpectedValue,
    ExpectedColon,
    ExpectedCommaOrBrace,
    ExpectedCommaOrBracket,
    KeyNotString,
    TrailingComma,
    TrailingCharacters,
    UnknownWord,
    InvalidNumber,
    NumberTooLarge,
    InvalidEscape,
    ControlCharacter,
    TooDeep,
    /// A message serde_json may add in a later version, kept as it says it.
    Other(String),
}

impl SyntaxReason {
    /// The reason serde_json gave, by its message (stable across serde_json 1.x).
    pub(crate) fn from_message(message: &str) -> SyntaxReason {
        use SyntaxReason::*;
        match message {
            "EOF while parsing an object" => EndInObject,
            "EOF while parsing a list" => EndInArray,
            "EOF while parsing a string" => EndInString,
            "EOF while parsing a value" => EndBeforeValue,
            "expected value" => ExpectedValue,
            "expected `:`" => ExpectedColon,
            "expected `,` or `}`" => ExpectedCommaOrBrace,
            "expected `,` or `]`" => ExpectedCommaOrBracket,
            "key must be a string" => KeyNotString,
            "trailing comma" => TrailingComma,
            "trailing characters" => TrailingCharacters,
            "expected ident" => UnknownWord,
            "invalid number" => InvalidNumber,
            "number out of range" => NumberTooLarge,
            "invalid escape"
            | "invalid unicode code point"
            | "lone leading surrogate in hex escape"
            | "unexpected end of hex escape" => InvalidEscape,
            "recursion limit exceeded" => TooDeep,
            _ if message.starts_with("control character") => ControlCharacter,
            other => Other(other.to_owned()),
        }
    }

    pub(crate) fn describe(&self, lang: Lang) -> &str {
        use SyntaxReason::*;
        match (self, lang) {
            (EndInObject, Lang::Vi) => "tệp kết thúc khi một đối tượng {…} chưa đóng",
            (EndInArray, Lang::Vi) => "tệp kết thúc khi một mảng […] chưa đóng",
            (EndInString, Lang::Vi) => "tệp kết thúc khi một chuỗi chưa đóng ngoặc kép",
            (EndBeforeValue, Lang::Vi) => "tệp kết thúc khi còn thiếu một giá trị",
            (ExpectedValue, Lang::Vi) => "cần một giá trị (chuỗi, số, đối tượng, mảng, true, false hoặc null)",
            (ExpectedColon, Lang::Vi) => "thiếu dấu : sau tên trường",
            (ExpectedCommaOrBrace, Lang::Vi) => "thiếu dấu , hoặc }",
            (ExpectedCommaOrBracket, Lang::Vi) => "thiếu dấu , hoặc ]",
            (KeyNotString, Lang::Vi) => "tên trường phải là chuỗi trong ngoặc kép",
            (TrailingComma, Lang::Vi) => "dấu phẩy thừa trước dấu đóng",
            (TrailingCharacters, Lang::Vi) => "có ký tự thừa sau dữ liệu",
            (UnknownWord, Lang::Vi) => "từ không hợp lệ (chỉ dùng true, false hoặc null)",
            (InvalidNumber, Lang::Vi) => "số không hợp lệ",
            (NumberTooLarge, Lang::Vi) => "số quá lớn",
            (InvalidEscape, Lang::Vi) => "ký tự thoát (\\) không hợp lệ",
            (ControlCharacter, Lang::Vi) => "chuỗi chứa ký tự điều khiển (tab, xuống dòng…) chưa thoát",
            (TooDeep, Lang::Vi) => "lồng nhau quá nhiều cấp",
            (EndInObject, Lang::En) => "the file ends inside an object {…}",
            (EndInArray, Lang::En) => "the file ends inside an array […]",
            (EndInString, Lang::En) => "the file ends inside a string",
            (EndBeforeValue, Lang::En) => "the file ends where a value should be",
            (ExpectedValue, Lang::En) => "expected a value (string, number, object, array, true, false or null)",
            (ExpectedColon, Lang::En) => "expected : after the field name",
            (ExpectedCommaOrBrace, Lang::En) => "expected , or }",
            (ExpectedCommaOrBracket, Lang::En) => "expected , or ]",
            (KeyNotString, Lang::En) => "a field name must be a string in double quotes",
            (TrailingComma, Lang::En) => "trailing comma before the closing bracket",
            (TrailingCharacters, Lang::En) => "trailing characters after the data",
            (UnknownWord, Lang::En) => "not a JSON word (only true, false or null)",
            (InvalidNumber, Lang::En) => "invalid number",
            (NumberTooLarge, Lang::En) => "number too large",
            (InvalidEscape, Lang::En) => "invalid escape (\\)",
            (ControlCharacter, Lang::En) => "unescaped control character (tab, line break…) in a string",
            (TooDeep, Lang::En) => "nested too deeply",
            (Other(message), _) => message,
        }
    }
}

/// The JSON type a field must have, for "expected …" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Object,
    Array,
    String,
    Number,
    WholeNumber,
    Boolean,
}

impl JsonType {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (JsonType::Object, Lang::Vi) => "một đối tượng {…}",
            (JsonType::Array, Lang::Vi) => "một mảng […]",
            (JsonType::String, Lang::Vi) => "một chuỗi văn bản trong ngoặc kép",
            (JsonType::Number, Lang::Vi) => "một số",
            (JsonType::WholeNumber, Lang::Vi) => "một số nguyên không âm",
            (JsonType::Boolean, Lang::Vi) => "true hoặc false",
            (JsonType::Object, Lang::En) => "an object {…}",
            (JsonType::Array, Lang::En) => "an array […]",
            (JsonType::String, Lang::En) => "a string in quotes",
            (JsonType::Number, Lang::En) => "a number",
            (JsonType::WholeNumber, Lang::En) => "a whole number, 0 or more",
            (JsonType::Boolean, Lang::En) => "true or false",
        }
    }
}

/// What is wrong, without where.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The text is not JSON at all.
    Syntax(SyntaxReason),
    /// The file could not be fetched or read at all (HTTP 404, not JSON, no network…).
    Unreadable(ReadFailure),
    /// `?data=` named something other than a file of the site's data folder.
    NotOnThisSite(String),
    WrongType(JsonType),
    MissingField(String),
    UnknownField(String),
    /// A field given twice in one object.
    RepeatedField(String),
    /// A unit, status, qualifier, tone or sentence that is not one of the allowed names.
    UnknownName {
        found: String,
        allowed: Vec<String>,
    },
    BadPeriod(String),
    /// A shape error serde words in a way this build does not know, kept as serde says it.
    Shape(String),
    UnsupportedSchema(u32),
    MissingTranslation(Lang),
    Empty,
    UnknownSource(String),
    DuplicateId(String),
    NotHttpLink(String),
    BadDate(String),
    NotFinite,
    RankOutOfRange {
        position: u32,
        of: u32,
    },
    /// A value in unit `rank` that is not a whole number from 1 to `of` (3.5, 0, −2, 1e10).
    RankValue {
        value: f64,
        of: u32,
    },
    /// A count that must be at least 1 (the number of provinces ranked).
    NotPositive,
    RankTotal {
        of: u32,
        expected: u32,
    },
    UnitMismatch {
        expected: Unit,
        found: Unit,
    },
    NoCitation,
    UnknownIndicator(String),
    /// A summary sentence names a key figure the dataset does not have.
    UnknownKeyFigure(String),
    /// A summary sentence names a comparison the dataset does not have.
    UnknownComparison(String),
    /// A ranking table must list Bắc Ninh (`subject`) exactly once; it has this many.
    SubjectCount(usize),
    /// Ranks must increase down a ranking table, each once.
    RankOrder,
    /// A value higher than the value ranked above it.
    ValueOrder,
    /// A list said to be complete that does not list every unit ranked.
    IncompleteList {
        listed: usize,
        of: u32,
    },
    /// A summary sentence names a series the dataset does not have.
    UnknownSeries(String),
    /// A summary sentence's figure lacks what the sentence states (a rank, a unit).
    SentenceNeeds(Need),
    OutOfOrder,
    /// A figure on the other unit's side of the day the new province was formed: one of the
    /// former province (`former`) that ends on or after it, so that the new province's figures
    /// would join the former one's, or one of the new province that ends before it.
    MergerSide {
        former: bool,
        formed: Date,
    },
    NothingDiffers,
    /// A source on a host the ministry cannot put its name to (`public/weak-hosts.json`).
    WeakHost {
        host: String,
        why: String,
    },
    /// The list of weak hosts built into the app could not be read.
    WeakHostList(String),
    /// A target among results, in a series or in a ranking table: a plan is never drawn as data.
    TargetOutOfPlace,
    /// A figure listed as a target whose status is not `target`.
    NotATarget,
    /// A range (`upper`) on a figure that is not a target, or one whose upper end is not above its value.
    BadRange,
    /// A table that says Bắc Ninh is absent (`absent`) yet lists it this many times.
    AbsentButListed(usize),
    /// The file is larger than the dashboard reads; it was not parsed. `bytes` is its
    /// size, unknown for a stream read only up to the limit.
    FileTooLarge {
        bytes: Option<u64>,
        limit: u64,
    },
    /// The file is not UTF-8 text; `offset` is the first bad byte, counted from 0.
    NotUtf8 {
        offset: usize,
    },
    /// A count (of a list, or of provinces ranked) above its bound.
    OverLimit {
        count: u64,
        max: u64,
    },
    /// A string longer than any text of the dashboard may be.
    TooLong {
        chars: usize,
        max: usize,
    },
    /// A value larger in magnitude than any figure of a province.
    ValueTooLarge {
        value: f64,
        max: f64,
    },
    /// A series a chart draws is in a unit the chart's captions are not written for.
    ChartUnit {
        chart: &'static str,
        found: Unit,
        needs: &'static [Unit],
    },
    /// Two figures of one fact (indicator, province, period) that disagree, and neither
    /// lists the other among its alternatives.
    Disagrees {
        fact: Fact,
        /// The path of the figure this one disagrees with.
        other_path: String,
    },
}

/// What two figures of one fact disagree on.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    Value {
        found: f64,
        found_unit: Unit,
        other: f64,
        other_unit: Unit,
    },
    /// Positions among `of`.
    Rank { found: u32, other: u32, of: u32 },
}

/// A file that could not be used at all, and why: what the page says instead of its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFailure {
    /// The file as the reader knows it: `data/update.json`, or a file name on their disk.
    pub file: String,
    pub reason: ReadReason,
}

/// Why a file could not be read, before any of it was read as JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadReason {
    /// The server answered with this HTTP status instead of the file.
    Status(u16),
    /// The server did not send it as JSON: the content type it gave, if any.
    NotJson(Option<String>),
    /// The server sent the request elsewhere, which is refused: only the data folder is read.
    Redirected,
    /// No answer, and no copy saved on this device: the network or the server is down.
    Network,
    /// The browser could not read it, in the browser's words (a file picked from the disk).
    Other(String),
}

impl ReadReason {
    fn describe(&self, lang: Lang) -> String {
        use ReadReason::*;
        let vi = lang == Lang::Vi;
        match self {
            Status(404) if vi => "máy chủ không có tệp này (HTTP 404)".into(),
            Status(404) => "the server has no such file (HTTP 404)".into(),
            Status(status) if vi => format!("máy chủ trả lời HTTP {status}"),
            Status(status) => format!("the server answered HTTP {status}"),
            NotJson(Some(kind)) if vi => format!("máy chủ gửi tệp với kiểu \"{kind}\", không phải application/json"),
            NotJson(Some(kind)) => format!("the server sent it as \"{kind}\", not as application/json"),
            NotJson(None) if vi => "máy chủ không gửi tệp với kiểu application/json".into(),
            NotJson(None) => "the server did not send it as application/json".into(),
            Redirected if vi => "máy chủ chuyển yêu cầu sang địa chỉ khác, mà trang chỉ đọc thư mục data/".into(),
            Redirected => "the server redirected the request elsewhere, and only the data/ folder is read".into(),
            Network if vi => "không kết nối được máy chủ (mất mạng?) và máy này chưa lưu bản nào của tệp".into(),
            Network => "the server could not be reached (no network?) and this device has no saved copy".into(),
            Other(detail) => detail.clone(),
        }
    }
}

/// What a summary sentence needs of a figure it states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The figure must carry a rank ("thứ 7").
    Rank,
    /// The figure must be in one of these units (a change in percent, USD, a rank…).
    Unit(&'static [Unit]),
}

/// One problem in a dataset, with the JSON path where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
    /// Where the text broke, for problems found while reading it.
    pub position: Option<TextPosition>,
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
            position: None,
        }
    }

    /// The problem in words, in the reader's language, with the line and column when known.
    pub fn message(&self, lang: Lang) -> String {
        let what = self.kind.message(lang);
        let Some(TextPosition { line, column }) = self.position else {
            return what;
        };
        match (&self.kind, lang) {
            (ProblemKind::Syntax(_), Lang::Vi) => {
                format!("không phải JSON hợp lệ (dòng {line}, cột {column}): {what}")
            }
            (ProblemKind::Syntax(_), Lang::En) => {
                format!("not valid JSON (line {line}, column {column}): {what}")
            }
            (_, Lang::Vi) => format!("{what} (dòng {line}, cột {column})"),
            (_, Lang::En) => format!("{what} (line {line}, column {column})"),
        }
    }
}

impl ProblemKind {
    fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let vi = lang == Lang::Vi;
        let whole = |n: u64| format_number(n as f64, Some(0), lang);
        match self {
            Syntax(reason) => reason.describe(lang).to_owned(),
            Unreadable(ReadFailure { file, reason }) if vi => {
                format!("không đọc được tệp \"{file}\": {}", reason.describe(lang))
            }
            Unreadable(ReadFailure { file, reason }) => {
                format!("the file \"{file}\" could not be read: {}", reason.describe(lang))
            }
            NotOnThisSite(value) if vi => format!(
                "chỉ dùng được tệp dữ liệu trong thư mục data/ của chính trang này, ghi bằng tên tệp \
                 (ví dụ ?data=cap-nhat-2024.json), không dùng được \"{value}\""
            ),
            NotOnThisSite(value) => format!(
                "only a data file in this site's data/ folder, given by its name \
                 (for example ?data=update-2024.json), can be used, not \"{value}\""
            ),
            WrongType(expected) if vi => format!("phải là {}", expected.name(lang)),
            WrongType(expected) => format!("expected {}", expected.name(lang)),
            MissingField(field) if vi => format!("thiếu trường \"{field}\""),
            MissingField(field) => format!("missing field \"{field}\""),
            UnknownField(field) if vi => format!("trường \"{field}\" không có trong định dạng"),
            UnknownField(field) => format!("unknown field \"{field}\""),
            RepeatedField(field) if vi => format!("trường \"{field}\" xuất hiện hơn một lần"),
            RepeatedField(field) => format!("field \"{field}\" is given more than once"),
            UnknownName { found, allowed } if vi => {
                format!(
                    "\"{found}\" không phải tên hợp lệ (dùng một trong: {})",
                    allowed.join(", ")
                )
            }
            UnknownName { found, allowed } => format!("unknown name \"{found}\" (allowed: {})", allowed.join(", ")),
            BadPeriod(period) if vi => {
                format!("kỳ \"{period}\" không hợp lệ (cần YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-01/MM hoặc YYYY-MM-DD)")
            }
            BadPeriod(period) => {
                format!("malformed period \"{period}\" (expected YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-01/MM or YYYY-MM-DD)")
            }
            Shape(message) if vi => format!("sai cấu trúc: {message}"),
            Shape(message) => format!("wrong shape: {message}"),
            UnsupportedSchema(v) if vi => {
                format!("phiên bản lược đồ {v} không được hỗ trợ (cần {SCHEMA_VERSION})")
            }
            UnsupportedSchema(v) => {
                format!("schema version {v} is not supported (expected {SCHEMA_VERSION})")
            }
            MissingTranslation(Lang::Vi) if vi => "thiếu bản tiếng Việt".into(),
            MissingTranslation(Lang::En) if vi => "thiếu bản tiếng Anh".into(),
            MissingTranslation(Lang::Vi) => "the Vietnamese text is missing".into(),
            MissingTranslation(Lang::En) => "the English text is missing".into(),
            Empty if vi => "không được để trống".into(),
            Empty => "must not be empty".into(),
            UnknownSource(id) if vi => format!("nguồn \"{id}\" không có trong danh sách nguồn"),
            UnknownSource(id) => format!("source \"{id}\" is not in the list of sources"),
            DuplicateId(id) if vi => format!("mã \"{id}\" bị trùng"),
            DuplicateId(id) => format!("id \"{id}\" is used twice"),
            NotHttpLink(url) if vi => {
                format!("liên kết \"{url}\" phải bắt đầu bằng http:// hoặc https://")
            }
            NotHttpLink(url) => format!("link \"{url}\" must start with http:// or https://"),
            BadDate(d) if vi => format!("ngày \"{d}\" không hợp lệ (cần YYYY-MM-DD)"),
            BadDate(d) => format!("date \"{d}\" is malformed (expected YYYY-MM-DD)"),
            NotFinite if vi => "phải là một số hữu hạn".into(),
            NotFinite => "must be a finite number".into(),
            RankOutOfRange { position, of } if vi => {
                format!("thứ hạng {position} nằm ngoài khoảng 1..{of}")
            }
            RankOutOfRange { position, of } => format!("rank {position} is outside 1..{of}"),
            RankValue { value, of } if vi => format!("thứ hạng {value} phải là số nguyên từ 1 đến {of}"),
            RankValue { value, of } => format!("rank {value} must be a whole number from 1 to {of}"),
            NotPositive if vi => "phải lớn hơn 0".into(),
            NotPositive => "must be greater than 0".into(),
            RankTotal { of, expected } if vi => {
                format!("xếp hạng trên {of} tỉnh, nhưng số liệu ở đây xếp hạng trong {expected} tỉnh, thành phố")
            }
            RankTotal { of, expected } => {
                format!("ranked of {of}, but figures here are ranked among {expected} provinces")
            }
            UnitMismatch { expected, found } if vi => format!(
                "đơn vị \"{}\" khác đơn vị của chỉ tiêu (\"{}\")",
                found.name(),
                expected.name()
            ),
            UnitMismatch { expected, found } => format!(
                "unit \"{}\" differs from the indicator's unit (\"{}\")",
                found.name(),
                expected.name()
            ),
            NoCitation if vi => "cần ít nhất một nguồn".into(),
            NoCitation => "needs at least one citation".into(),
            UnknownIndicator(id) if vi => {
                format!("chuỗi \"{id}\" không có chỉ tiêu tương ứng trong indicators")
            }
            UnknownIndicator(id) => format!("series \"{id}\" has no matching entry in indicators"),
            UnknownKeyFigure(id) if vi => format!("không có số liệu nổi bật nào mang mã \"{id}\""),
            UnknownKeyFigure(id) => format!("there is no key figure with id \"{id}\""),
            UnknownComparison(id) if vi => format!("không có bảng so sánh nào mang mã \"{id}\""),
            UnknownComparison(id) => format!("there is no comparison with id \"{id}\""),
            SubjectCount(n) if vi => {
                format!("bảng phải có đúng một dòng Bắc Ninh (\"subject\": true), nhưng có {n}")
            }
            SubjectCount(n) => format!("the table must list Bắc Ninh (\"subject\": true) exactly once, not {n} times"),
            RankOrder if vi => "thứ hạng phải tăng dần theo danh sách và không trùng nhau".into(),
            RankOrder => "ranks must increase down the list, each once".into(),
            ValueOrder if vi => "giá trị cao hơn giá trị của tỉnh xếp trên".into(),
            ValueOrder => "the value is higher than the value ranked above it".into(),
            IncompleteList { listed, of } if vi => {
                format!("danh sách ghi là đầy đủ phải có cả {of} tỉnh, nhưng chỉ có {listed}")
            }
            IncompleteList { listed, of } => {
                format!("a list said to be complete must rank all {of}, but it lists {listed}")
            }
            UnknownSeries(id) if vi => format!("không có chuỗi số liệu \"{id}\""),
            UnknownSeries(id) => format!("there is no series \"{id}\""),
            SentenceNeeds(need) => need.message(lang),
            OutOfOrder if vi => "các kỳ phải tăng dần và không trùng nhau".into(),
            OutOfOrder => "periods must be in increasing order, each once".into(),
            MergerSide { former, formed } => {
                let day = formed.format(lang);
                match (former, vi) {
                    (true, true) => format!(
                        "số liệu của tỉnh cũ phải kết thúc trước ngày tỉnh mới được thành lập ({day}): số liệu của tỉnh mới không nối vào số liệu của tỉnh cũ"
                    ),
                    (true, false) => format!(
                        "a figure of the former province must end before the day the new one was formed ({day}): the new province's figures never join the former one's"
                    ),
                    (false, true) => format!("số liệu của tỉnh mới không thể kết thúc trước ngày tỉnh được thành lập ({day})"),
                    (false, false) => format!("a figure of the new province cannot end before the day it was formed ({day})"),
                }
            }
            NothingDiffers if vi => "phương án khác phải ghi giá trị, kỳ, thứ hạng hoặc chi tiết".into(),
            NothingDiffers => "an alternative must give a value, period, rank or details".into(),
            WeakHost { host, why } if vi => format!(
                "không được dẫn nguồn từ \"{host}\" ({why}): hãy dẫn ấn phẩm gốc hoặc một nguồn khác nêu cùng số liệu"
            ),
            WeakHost { host, why } => format!(
                "a source on \"{host}\" cannot be cited ({why}): cite the original publication or another source of the same figure"
            ),
            WeakHostList(detail) if vi => format!("không đọc được danh sách trang yếu: {detail}"),
            WeakHostList(detail) => format!("the list of weak hosts could not be read: {detail}"),
            TargetOutOfPlace if vi => {
                "mục tiêu (\"target\") chỉ được nằm trong new_province.targets, không bao giờ là kết quả hay điểm của chuỗi số liệu".into()
            }
            TargetOutOfPlace => {
                "a target (status \"target\") belongs in new_province.targets, never among results, series or rankings".into()
            }
            NotATarget if vi => "mỗi số liệu trong targets phải có trạng thái \"target\"".into(),
            NotATarget => "every figure in targets must have status \"target\"".into(),
            BadRange if vi => "chỉ mục tiêu mới được ghi khoảng (upper), và upper phải lớn hơn value".into(),
            BadRange => "only a target may state a range (upper), and upper must be above value".into(),
            AbsentButListed(n) if vi => {
                format!("bảng ghi Bắc Ninh không có trong danh sách (\"absent\") nhưng lại có {n} dòng Bắc Ninh")
            }
            AbsentButListed(n) => format!("the table says Bắc Ninh is absent (\"absent\") yet lists it {n} times"),
            FileTooLarge { bytes, limit } => {
                let bytes_word = if vi { "byte" } else { "bytes" };
                let limit = format!("{} {bytes_word} ({} MB)", whole(*limit), format_megabytes(*limit, lang));
                match (bytes.map(whole), vi) {
                    (Some(size), true) => format!("tệp dài {size} byte, vượt giới hạn {limit}; tệp không được đọc"),
                    (None, true) => format!("tệp dài hơn giới hạn {limit}; tệp không được đọc"),
                    (Some(size), false) => {
                        format!("the file is {size} bytes, over the limit of {limit}; it was not read")
                    }
                    (None, false) => format!("the file is larger than the limit of {limit}; it was not read"),
                }
            }
            NotUtf8 { offset } if vi => format!("không phải văn bản UTF-8: byte không hợp lệ ở vị trí {offset}"),
            NotUtf8 { offset } => format!("not UTF-8 text: invalid byte at offset {offset}"),
            OverLimit { count, max } if vi => format!("{} vượt giới hạn {} của định dạng", whole(*count), whole(*max)),
            OverLimit { count, max } => format!("{} is over the format's limit of {}", whole(*count), whole(*max)),
            TooLong { chars, max } if vi => {
                format!(
                    "dài {} ký tự, vượt giới hạn {} ký tự",
                    whole(*chars as u64),
                    whole(*max as u64)
                )
            }
            TooLong { chars, max } => format!(
                "is {} characters long, over the limit of {}",
                whole(*chars as u64),
                whole(*max as u64)
            ),
            ValueTooLarge { value, max } => {
                let (value, max) = (format_number(*value, None, lang), format_number(*max, Some(0), lang));
                match vi {
                    true => format!("giá trị {value} vượt giới hạn ±{max} của định dạng"),
                    false => format!("the value {value} is beyond the format's limit of ±{max}"),
                }
            }
            ChartUnit { chart, found, needs } if vi => format!(
                "biểu đồ \"{chart}\" ghi chú thích cho đơn vị {}, nhưng chuỗi này có đơn vị \"{}\"",
                unit_names(needs, lang),
                found.name()
            ),
            ChartUnit { chart, found, needs } => format!(
                "the chart \"{chart}\" is captioned for unit {}, but this series is in \"{}\"",
                unit_names(needs, lang),
                found.name()
            ),
            Disagrees { fact, other_path } => fact.message(other_path, lang),
        }
    }
}

/// Units as a message names them: `"usd"`, `"usd"` or `"usd_million"`.
fn unit_names(units: &[Unit], lang: Lang) -> String {
    let names: Vec<String> = units.iter().map(|u| format!("\"{}\"", u.name())).collect();
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let or = if lang == Lang::Vi { "hoặc" } else { "or" };
            format!("{} {or} {last}", rest.join(", "))
        }
        None => String::new(),
    }
}

impl Fact {
    fn message(&self, other_path: &str, lang: Lang) -> String {
        match (self, lang) {
            (
                Fact::Value {
                    found,
                    found_unit,
                    other,
                    other_unit,
                },
                Lang::Vi,
            ) => format!(
                "giá trị {} khác {} ở {other_path} (cùng chỉ tiêu, cùng kỳ); sửa cho khớp, \
                 hoặc ghi giá trị kia trong alternatives",
                format_value(*found, *found_unit, None, lang),
                format_value(*other, *other_unit, None, lang)
            ),
            (
                Fact::Value {
                    found,
                    found_unit,
                    other,
                    other_unit,
                },
                Lang::En,
            ) => format!(
                "the value {} disagrees with {} at {other_path} (same indicator and period); \
                 make them agree, or list the other in alternatives",
                format_value(*found, *found_unit, None, lang),
                format_value(*other, *other_unit, None, lang)
            ),
            (Fact::Rank { found, other, of }, Lang::Vi) => format!(
                "thứ hạng {found}/{of} khác {other}/{of} ở {other_path} (cùng chỉ tiêu, cùng kỳ); \
                 sửa cho khớp, hoặc ghi thứ hạng kia trong alternatives"
            ),
            (Fact::Rank { found, other, of }, Lang::En) => format!(
                "the rank {found}/{of} disagrees with {other}/{of} at {other_path} (same indicator and \
                 period); make them agree, or list the other in alternatives"
            ),
        }
    }
}

impl Need {
    fn message(self, lang: Lang) -> String {
        match (self, lang) {
            (Need::Rank, Lang::Vi) => "câu tóm tắt này nêu thứ hạng, nhưng số liệu không có thứ hạng".into(),
            (Need::Rank, Lang::En) => "this summary sentence states a rank, but the figure has none".into(),
            (Need::Unit(units), Lang::Vi) => {
                format!("câu tóm tắt này cần một số liệu có đơn vị {}", unit_names(units, lang))
            }
            (Need::Unit(units), Lang::En) => {
                format!(
                    "this summary sentence needs a figure in unit {}",
                    unit_names(units, lang)
                )
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message(Lang::En))
    }
}

/// The line that stands for the problems a page leaves out of a long list.
pub fn more_problems(hidden: usize, lang: Lang) -> String {
    let count = format_number(hidden as f64, Some(0), lang);
    match lang {
        Lang::Vi => format!("…và {count} lỗi khác (lệnh validate liệt kê đầy đủ)."),
        Lang::En => format!("…and {count} more (the validate command lists them all)."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_cannot_be_read_is_named_with_the_reason() {
        let failure = |reason| {
            Problem::new(
                "?data=",
                ProblemKind::Unreadable(ReadFailure {
                    file: "data/x.json".into(),
                    reason,
                }),
            )
        };
        assert_eq!(
            failure(ReadReason::Status(404)).message(Lang::Vi),
            "không đọc được tệp \"data/x.json\": máy chủ không có tệp này (HTTP 404)"
        );
        assert_eq!(
            failure(ReadReason::NotJson(Some("text/html".into()))).message(Lang::En),
            "the file \"data/x.json\" could not be read: the server sent it as \"text/html\", not as application/json"
        );
        for reason in [
            ReadReason::Status(500),
            ReadReason::NotJson(None),
            ReadReason::Redirected,
            ReadReason::Network,
            ReadReason::Other("NotReadableError".into()),
        ] {
            for lang in Lang::ALL {
                let message = failure(reason.clone()).message(lang);
                assert!(message.contains("\"data/x.json\""), "{message}");
                assert!(!reason.describe(lang).is_empty(), "{message}");
            }
        }
        let refused = Problem::new("?data=", ProblemKind::NotOnThisSite("/uploads/x.json".into()));
        for lang in Lang::ALL {
            assert!(refused.message(lang).contains("data/"), "{}", refused.message(lang));
            assert!(
                refused.message(lang).contains("\"/uploads/x.json\""),
                "{}",
                refused.message(lang)
            );
        }
    }

    #[test]
    fn the_rest_of_a_long_list_is_counted_in_each_language() {
        assert_eq!(
            more_problems(1250, Lang::Vi),
            "…và 1.250 lỗi khác (lệnh validate liệt kê đầy đủ)."
        );
        assert_eq!(
            more_problems(1250, Lang::En),
            "…and 1,250 more (the validate command lists them all)."
        );
    }
}
